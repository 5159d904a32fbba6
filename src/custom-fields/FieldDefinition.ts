/**
 * One field of a module, built-in column or workspace custom field alike: sorting, filtering, grouping and editing
 * read this and the field's FieldType, never where the value is stored.
 */
export interface FieldDefinition<Config = unknown> {
  /** Unique within the module: the column name, or the custom field's `name` (its key in `custom_fields`). */
  key: string
  label: string
  /** A FieldType id from the registry, e.g. 'text', 'single_select', 'date'. */
  type: string
  config: Config
  /** Where the value lives: a table column, or a key of the row's `custom_fields` JSONB. */
  source: 'column' | 'custom'
  required: boolean
  /** System columns the user cannot edit (created_at, created_by...). */
  readOnly: boolean
  /** Kept out of field pickers and new views (a manual-order key): still sortable and filterable. */
  hidden?: boolean
  /** The custom_fields row id, for custom fields. */
  customFieldId?: string
}

/** Reads a field's value from a record as the FieldType sees it (custom values come from `custom_fields`). */
export function readFieldValue(record: Record<string, unknown>, field: FieldDefinition): unknown {
  if (field.source === 'column') return record[field.key] ?? null
  const custom = record.custom_fields
  if (custom === null || typeof custom !== 'object' || Array.isArray(custom)) return null
  return (custom as Record<string, unknown>)[field.key] ?? null
}

/**
 * The PostgREST column path of a field: `status`, or for a custom value `custom_fields->priority_score` (typed jsonb:
 * numbers compare as numbers) or `custom_fields->>department` (text). A FieldType's `jsonAccess` says which.
 */
export function fieldPath(field: FieldDefinition, asText = false): string {
  if (field.source === 'column') return field.key
  return `custom_fields${asText ? '->>' : '->'}${field.key}`
}
