import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import type { FilterGroup, FilterNode, Sort } from './filterTree'

export interface DescribeOptions {
  /** How a value is shown: defaults to the field type's format (option labels for selects). */
  formatValue?(field: FieldDefinition, value: unknown): string
}

function describeOperand(field: FieldDefinition, value: unknown, options: DescribeOptions): string {
  if (value === null || value === undefined || value === '') return '…'
  if (Array.isArray(value)) return value.map((v) => describeOperand(field, v, options)).join(', ')
  if (typeof value === 'object') {
    const rel = value as { relative?: string; days?: number }
    if (rel.relative === 'today' || rel.relative === 'now') {
      const base = rel.relative === 'today' ? 'today' : 'now'
      const days = rel.days ?? 0
      if (days === 0) return base
      return `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'} ${base}`
    }
    return JSON.stringify(value)
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
