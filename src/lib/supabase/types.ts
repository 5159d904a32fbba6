// Hand-written from supabase/migrations until `supabase gen types` runs against them. The shape follows the
// generated file exactly (Database > public > Tables > Row/Insert/Update/Relationships), so the generated file
// can replace this one without touching callers, and supabase-js can already type embedded selects.
// Only the tables the app reads so far are listed.

export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

/** productions_status_check */
export type ProductionStatus =
  | 'planning'
  | 'pre_production'
  | 'in_production'
  | 'post_production'
  | 'completed'
  | 'cancelled'

export interface OrganizationRow {
  id: string
  name: string
  slug: string
  plan: 'free' | 'pro' | 'business' | 'enterprise'
  metadata: Json
  created_at: string
  updated_at: string
}

export interface WorkspaceRow {
  id: string
  organization_id: string
  name: string
  slug: string
  /** A JSON object; the seed sets `timezone` and `currency` (ISO 4217). */
  settings: Json
  created_at: string
  updated_at: string
}

/** The columns every module table starts with (private.module_row). */
export interface ModuleRowColumns {
  id: string
  workspace_id: string
  created_by: string | null
  created_at: string
  updated_at: string
  custom_fields: Json
  /** Bumped by every update; writes compare-and-set on it. */
  sync_version: number
  /** Soft delete: set hides the row. */
  deleted_at: string | null
}

export interface ProductionRow extends ModuleRowColumns {
  name: string
  code: string | null
  status: ProductionStatus
  venue: string | null
  /** Postgres `date`, sent as `YYYY-MM-DD` with no time zone. */
  start_date: string | null
  end_date: string | null
  /** Postgres `numeric(12, 2)`; PostgREST sends it as a JSON number. */
  budget: number | null
  description: string | null
}

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>
type ModuleRowDefaults = Exclude<keyof ModuleRowColumns, 'workspace_id'>

export interface Database {
  public: {
    Tables: {
      organizations: {
        Row: OrganizationRow
        Insert: Optional<OrganizationRow, 'id' | 'plan' | 'metadata' | 'created_at' | 'updated_at'>
        Update: Partial<OrganizationRow>
        Relationships: []
      }
      workspaces: {
        Row: WorkspaceRow
        Insert: Optional<WorkspaceRow, 'id' | 'settings' | 'created_at' | 'updated_at'>
        Update: Partial<WorkspaceRow>
        Relationships: [
          {
            foreignKeyName: 'workspaces_organization_id_fkey'
            columns: ['organization_id']
            isOneToOne: false
            referencedRelation: 'organizations'
            referencedColumns: ['id']
          },
        ]
      }
      productions: {
        Row: ProductionRow
        Insert: Optional<
          ProductionRow,
          ModuleRowDefaults | 'code' | 'status' | 'venue' | 'start_date' | 'end_date' | 'budget' | 'description'
        >
        Update: Partial<ProductionRow>
        Relationships: [
          {
            foreignKeyName: 'productions_workspace_id_fkey'
            columns: ['workspace_id']
            isOneToOne: false
            referencedRelation: 'workspaces'
            referencedColumns: ['id']
          },
        ]
      }
    }
    Views: { [_ in never]: never }
    Functions: { [_ in never]: never }
    Enums: { [_ in never]: never }
    CompositeTypes: { [_ in never]: never }
  }
}
