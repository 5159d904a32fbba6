import type { Json } from '../lib/supabase/types'

/** A row of the `custom_fields` table: one workspace-defined field of one module. */
export interface CustomFieldRow {
  id: string
  workspace_id: string
  /** The module's table ('project_tasks'), as in ModuleDefinition.table. */
  module: string
  /** The key of the value in a record's `custom_fields` object: ^[a-z][a-z0-9_]{0,62}$, never changes. */
  name: string
  label: string
  /** A FieldType id (a database check keeps it to the registry's custom types). */
  field_type: string
  /** Select choices `[{ value, label, color }]`; [] for other types. */
  options: Json
  /** The rest of the type's config (precision, currency, max stars...). */
  config: Json
  is_required: boolean
  /** Applied by the database to inserts that do not set the field. */
  default_value: Json | null
  /** Fractional-index key: the field's place among the module's custom fields. */
  position: string | null
  created_at?: string
  updated_at?: string
}
