import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { FieldType } from '../../custom-fields/FieldType'
import type { RecordRow } from './ViewStore'

/**
 * Values keyed by FieldDefinition key, applied to a row as it is stored: built-in columns at the top level, custom
 * values inside `custom_fields`. Unknown keys are treated as columns (e.g. `position`, which no view shows).
 */
export function applyFieldValues(row: RecordRow, values: Record<string, unknown>, fields: readonly FieldDefinition[]): RecordRow {
  const next: RecordRow = { ...row }
  let custom: Record<string, unknown> | null = null
  for (const [key, value] of Object.entries(values)) {
    const field = fields.find((candidate) => candidate.key === key)
    if (field?.source === 'custom') {
      custom ??= { ...customObject(row) }
      custom[key] = value
    } else {
      next[key] = value
    }
  }
  if (custom) next.custom_fields = custom
  return next
}

/**
 * The body of one PATCH for `values` over the row the server last confirmed. Custom values are merged into the
 * confirmed `custom_fields` object: safe because the write is compare-and-set on sync_version, so a concurrent
 * change to another custom key makes this write fail instead of being overwritten.
 */
export function updateBody(confirmed: RecordRow, values: Record<string, unknown>, fields: readonly FieldDefinition[]): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  let custom: Record<string, unknown> | null = null
  for (const [key, value] of Object.entries(values)) {
    const field = fields.find((candidate) => candidate.key === key)
    if (field?.source === 'custom') {
      custom ??= { ...customObject(confirmed) }
      custom[key] = value
    } else {
      body[key] = value
    }
  }
  if (custom) body.custom_fields = custom
  return body
}

/** The group keys a record sits under for a group-by field ('' when it has no value). */
export function recordGroupKeys(record: RecordRow, field: FieldDefinition, type: FieldType | undefined): string[] {
  const value = readFieldValue(record, field)
  if (type?.groupKeys) {
    const keys = type.groupKeys(value, field.config)
    return keys.length > 0 ? keys : ['']
  }
  if (value === null || value === undefined || value === '') return ['']
  return [String(value)]
}

/**
 * The field value that puts a record in group `key` ('' = no value), replacing group `fromKey` for multi-valued
 * types. The field type answers when it can (valueForGroup); otherwise a key the value schema accepts as is (select
 * options, person ids) is the value, and anything else is parsed (a checkbox's 'true').
 */
export function groupKeyToValue(key: string, field: FieldDefinition, type: FieldType | undefined, current: unknown = null, fromKey?: string): unknown {
  if (type?.valueForGroup) return type.valueForGroup(key, field.config, current, fromKey)
  if (key === '') return null
  if (!type) return key
  if (type.valueSchema(field.config).safeParse(key).success) return key
  const parsed = type.parse(key, field.config)
  return parsed.ok ? parsed.value : key
}

function customObject(row: RecordRow): Record<string, unknown> {
  const custom = row.custom_fields
  return custom !== null && typeof custom === 'object' && !Array.isArray(custom) ? (custom as Record<string, unknown>) : {}
}
