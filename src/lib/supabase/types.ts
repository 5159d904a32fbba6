// Names for the generated database types (database.types.ts, written by `npm run gen:types`; never edit that file).
// Rows come from the generated Tables<>; what the catalog cannot express as a type (a check constraint's values,
// which Postgres only knows as `text`) is written here, next to the constraint's name.
import type { Tables } from './database.types'

export type { Database, Json, Tables, TablesInsert, TablesUpdate } from './database.types'

/** productions_status_check */
export type ProductionStatus =
  | 'planning'
  | 'pre_production'
  | 'in_production'
  | 'post_production'
  | 'completed'
  | 'cancelled'

export type OrganizationRow = Tables<'organizations'>
export type WorkspaceRow = Tables<'workspaces'>
export type ProductionRow = Tables<'productions'>
