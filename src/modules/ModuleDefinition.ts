import type { FieldDefinition } from '../custom-fields/FieldDefinition'
import type { ViewType } from '../views/engine/savedView'

/**
 * What the app knows about a module, as data. Pages, views and fields read from here; a module never
 * carries components. Adding a module is describing it: table, fields, and the views it starts with.
 */
export interface ModuleDefinition {
  /** Registry key and URL segment: /w/<workspaceId>/<key>. */
  key: string
  /** Navigation label, plural ("Productions"). */
  label: string
  /** One record, for buttons and the drawer ("Production"). */
  singular: string
  /** The Postgres table holding the module's records. */
  table: string
  /** Built-in columns described like custom fields (system columns read-only). */
  fields: readonly FieldDefinition[]
  /** The field shown as a record's title in cards, bars and the drawer. */
  titleField: string
  /** Date or date-time fields that calendar and timeline views can use. */
  dateFields: { start: string; end?: string }
  viewTypes: readonly ViewType[]
  /** Shared views created for a workspace that has none for this module. */
  defaultViews: ReadonlyArray<{ name: string; type: ViewType; groupBy?: string; options?: Record<string, unknown> }>
}
