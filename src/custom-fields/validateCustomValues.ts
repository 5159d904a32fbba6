import type { FieldDefinition } from './FieldDefinition'
import { getFieldType } from './registry'
import { canonicalInstant } from './shared/dates'

export interface CustomValueError {
  field: string
  label: string
  message: string
}

export interface CustomValuesValidation {
  ok: boolean
  /** The object to write: empty values removed, date-times in their canonical UTC form; unknown keys kept. */
  values: Record<string, unknown>
  errors: CustomValueError[]
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * Client-side check of a record's `custom_fields` object against the module's custom fields, with the rules and
 * messages of the database trigger (private.validate_custom_values), so a form can say what is wrong before a write
 * fails: each value must fit its type; required fields must have a value on insert, and cannot be cleared on update.
 * Keys without a definition (a deleted field) are left alone, as the database does.
 */
export function validateCustomValues(
  values: Record<string, unknown> | null | undefined,
  fields: readonly FieldDefinition[],
  options: { mode?: 'insert' | 'update'; previous?: Record<string, unknown> | null } = {},
): CustomValuesValidation {
  const mode = options.mode ?? 'insert'
  const out: Record<string, unknown> = { ...(values ?? {}) }
  const errors: CustomValueError[] = []
  for (const field of fields) {
    if (field.source !== 'custom') continue
    const type = getFieldType(field.type)
    if (!type) continue
    const value = out[field.key]
    if (isEmpty(value)) {
      delete out[field.key]
      const cleared = mode === 'update' && options.previous ? !isEmpty(options.previous[field.key]) : mode === 'insert'
      if (field.required && cleared) errors.push({ field: field.key, label: field.label, message: `${field.label} is required` })
      continue
    }
    if (mode === 'update' && options.previous && JSON.stringify(options.previous[field.key]) === JSON.stringify(value)) continue
    const parsed = type.valueSchema(field.config).safeParse(value)
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'not a valid value'
      errors.push({ field: field.key, label: field.label, message: `${field.label}: ${describeProblem(type.label, message)}` })
      continue
    }
    out[field.key] = type.id === 'date_time' ? (canonicalInstant(parsed.data) ?? parsed.data) : parsed.data
  }
  return { ok: errors.length === 0, values: out, errors }
}

/** zod's wording for a wrong JSON type is about JavaScript ("expected number, received string"); say it for people. */
function describeProblem(typeLabel: string, message: string): string {
  return /^Invalid input: expected/.test(message) ? `expected a ${typeLabel.toLowerCase()} value` : message
}
