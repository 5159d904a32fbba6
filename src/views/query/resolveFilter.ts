import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { FilterContext, FilterOperator } from '../../custom-fields/FieldType'
import { getFieldType, type AnyFieldType } from '../../custom-fields/registry'
import type { FilterGroup, FilterNode } from './filterTree'

export interface ResolvedCondition {
  kind: 'condition'
  id: string
  field: FieldDefinition
  fieldType: AnyFieldType
  operator: FilterOperator
  /** The operand after the operator checked and resolved it (undefined for operators without one). */
  operand: unknown
}

export interface ResolvedGroup {
  kind: 'group'
  id: string
  conjunction: 'and' | 'or'
  children: ResolvedNode[]
}

export type ResolvedNode = ResolvedCondition | ResolvedGroup

/** Why a saved condition takes no part in the query. The view still opens; the UI can flag the condition. */
export interface FilterIssue {
  nodeId: string
  field: string
  kind: 'unknown_field' | 'unknown_operator' | 'incomplete'
  message: string
}

export interface ResolvedFilter {
  /** null when nothing is left to filter on (no filter, or only dropped conditions). */
  root: ResolvedGroup | null
  issues: FilterIssue[]
}

/**
 * Binds a stored filter tree to the module's current fields, once, for both interpreters. Conditions on deleted
 * fields, with operators the type no longer has, or with incomplete operands are dropped (and reported); groups left
 * empty are dropped too. Dropping is the same for PostgREST and in memory, so both still agree.
 */
export function resolveFilter(
  filter: FilterGroup | null | undefined,
  fields: readonly FieldDefinition[],
  context: FilterContext,
): ResolvedFilter {
  const issues: FilterIssue[] = []
  if (!filter) return { root: null, issues }
  const byKey = new Map(fields.map((f) => [f.key, f]))

  const visit = (node: FilterNode): ResolvedNode | null => {
    if (node.kind === 'group') {
      const children = node.children.map(visit).filter((c): c is ResolvedNode => c !== null)
      return children.length === 0 ? null : { kind: 'group', id: node.id, conjunction: node.conjunction, children }
    }
    const field = byKey.get(node.field)
    const fieldType = field && getFieldType(field.type)
    if (!field || !fieldType) {
      issues.push({ nodeId: node.id, field: node.field, kind: 'unknown_field', message: `The field "${node.field}" no longer exists` })
      return null
    }
    const operator = fieldType.operators.find((op) => op.id === node.operator)
    if (!operator) {
      issues.push({
        nodeId: node.id,
        field: node.field,
        kind: 'unknown_operator',
        message: `${field.label} cannot be filtered with "${node.operator}"`,
      })
      return null
    }
    let operand: unknown
    if (operator.arity !== 0) {
      operand = operator.operand
        ? operator.operand(node.value, field.config, context)
        : node.value === null
          ? undefined
          : node.value
      if (operand === undefined) {
        issues.push({ nodeId: node.id, field: node.field, kind: 'incomplete', message: `${field.label} ${operator.label}: no value yet` })
        return null
      }
    }
    return { kind: 'condition', id: node.id, field, fieldType, operator, operand }
  }

  const root = visit(filter)
  if (root === null) return { root: null, issues }
  return { root: root.kind === 'group' ? root : { kind: 'group', id: filter.id, conjunction: 'and', children: [root] }, issues }
}
