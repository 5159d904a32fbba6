import type { FieldDefinition } from './FieldDefinition'
import { getFieldType } from './registry'

/**
 * A stored value as short text for sentences ("changed Status from To do to Done", "Yours: Done"), through the
 * field's own format; null when it is empty. People are stored as ids: `nameOf` names them (a person field, one
 * id or a list of them). A value the type cannot format (a stale shape) is shown plainly rather than failing.
 */
export function describeValue(value: unknown, field: FieldDefinition | undefined, nameOf?: (id: string) => string | undefined): string | null {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null
  if (field?.type === 'person') {
    const ids = Array.isArray(value) ? value : [value]
    return ids.map((id) => (typeof id === 'string' ? (nameOf?.(id) ?? 'someone') : String(id))).join(', ')
  }
  const type = field ? getFieldType(field.type) : undefined
  if (type && field) {
    try {
      const text = type.format(value as never, field.config as never)
      if (text) return text
    } catch {
      // fall through to the plain text
    }
  }
  return plain(value)
}

function plain(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(plain).join(', ')
  return JSON.stringify(value)
}
