import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'

/**
 * A stored value as a short text for messages ("Yours: Done"), through the field's own format. People and related
 * records are named by the caller's `nameOf`, since their stored value is an id.
 */
export function describeValue(value: unknown, field: FieldDefinition | undefined, nameOf?: (id: string) => string | undefined): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return 'empty'
  if (typeof value === 'string' && nameOf?.(value)) return nameOf(value)!
  const type = field ? getFieldType(field.type) : undefined
  if (!type || !field) return typeof value === 'string' ? value : JSON.stringify(value)
  try {
    return type.format(value as never, field.config as never) || 'empty'
  } catch {
    return JSON.stringify(value)
  }
}
