import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import type { FilterGroup, FilterNode, Sort } from './filterTree'

export interface DescribeOptions {
  /** How a value is shown: defaults to the field type's format (option labels for selects). */
  formatValue?(field: FieldDefinition, value: unknown): string
}

/** `today`, `yesterday`, `3 days ago`, `in 2 days`, `now`, `1 day before now`: the words the filter builder offers. */
function describeRelative({ relative, days: rawDays }: { relative?: unknown; days?: unknown }): string | null {
  if (relative !== 'today' && relative !== 'now') return null
  const days = typeof rawDays === 'number' ? rawDays : 0
  const count = `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'}`
  if (relative === 'now') return days === 0 ? 'now' : `${count} ${days < 0 ? 'before' : 'after'} now`
  if (days === 0) return 'today'
  if (days === -1) return 'yesterday'
  if (days === 1) return 'tomorrow'
  return days < 0 ? `${count} ago` : `${count} from now`
}

/** One operand as text: option labels, people's names (through `formatValue`), relative days in words. */
export function describeOperand(field: FieldDefinition, value: unknown, options: DescribeOptions = {}): string {
  if (value === null || value === undefined || value === '') return '…'
  if (Array.isArray(value)) return value.map((v) => describeOperand(field, v, options)).join(', ')
  if (typeof value === 'object') {
    const relative = describeRelative(value as { relative?: unknown; days?: unknown })
    return relative ?? JSON.stringify(value)
  }
  if (value === 'me' && field.type === 'person') return 'me'
  if (options.formatValue) return options.formatValue(field, value)
  const type = getFieldType(field.type)
  // Multi-select operands are single options, which its format expects as a list.
  const formatted = type?.format(field.type === 'multi_select' ? [value] : value, field.config)
  return formatted || String(value)
}

function describeNode(node: FilterNode, fields: readonly FieldDefinition[], options: DescribeOptions, nested: boolean): string {
  if (node.kind === 'group') {
    const parts = node.children.map((c) => describeNode(c, fields, options, true)).filter((p) => p !== '')
    if (parts.length === 0) return ''
    const text = parts.join(node.conjunction === 'and' ? ' and ' : ' or ')
    return nested && parts.length > 1 ? `(${text})` : text
  }
  const field = fields.find((f) => f.key === node.field)
  if (!field) return `${node.field} (deleted field)`
  const operator = getFieldType(field.type)?.operators.find((op) => op.id === node.operator)
  if (!operator) return `${field.label} ${node.operator}`
  if (operator.arity === 0) return `${field.label} ${operator.label}`
  const label = operator.label.includes('…') ? operator.label.replace('…', describeOperand(field, node.value, options)) : `${operator.label} ${describeOperand(field, node.value, options)}`
  return `${field.label} ${label}`
}

/** A one-line summary of a filter for toolbars and tooltips: `Status is any of To do, Done and (Priority is High or …)`. */
export function describeFilter(filter: FilterGroup | null | undefined, fields: readonly FieldDefinition[], options: DescribeOptions = {}): string {
  if (!filter) return ''
  return describeNode(filter, fields, options, false)
}

/** `Due date ↑, Title ↓` */
export function describeSorts(sorts: readonly Sort[], fields: readonly FieldDefinition[]): string {
  return sorts
    .map((s) => `${fields.find((f) => f.key === s.field)?.label ?? s.field} ${s.direction === 'asc' ? '↑' : '↓'}`)
    .join(', ')
}
