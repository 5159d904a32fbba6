import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import type { FilterGroup, FilterNode } from '../query/filterTree'
import type { SavedView } from './savedView'

/** A part of a saved view that points at something gone (a deleted custom field, an operator the type lost). */
export interface ViewReferenceIssue {
  kind: 'condition' | 'sort' | 'groupBy' | 'field'
  /** The filter node id, for conditions. */
  nodeId?: string
  field: string
  message: string
}

export interface CheckedView {
  /** The view as it can apply now: dangling parts removed. The stored view is left as it was. */
  view: SavedView
  issues: ViewReferenceIssue[]
  /** True when anything was removed: the UI flags the view ("1 filter refers to a deleted field"). */
  hasDanglingReferences: boolean
}

/**
 * A deleted field or option never breaks a view. Against the module's current fields: conditions on unknown fields
 * or with unknown operators are dropped (flagged), as are groups they leave empty; sorts, the grouping and field
 * placements on unknown fields are ignored. Conditions on a deleted select option stay: they simply match nothing
 * (or everything, for "is not"), exactly as in the database, and the option may come back.
 * The query layer applies the same rules by itself, so an unchecked view still loads; this is for showing why.
 */
export function checkViewReferences(view: SavedView, fields: readonly FieldDefinition[]): CheckedView {
  const byKey = new Map(fields.map((f) => [f.key, f]))
  const issues: ViewReferenceIssue[] = []

  const visit = (node: FilterNode): FilterNode | null => {
    if (node.kind === 'group') {
      const children = node.children.map(visit).filter((c): c is FilterNode => c !== null)
      return children.length === 0 && node.children.length > 0 ? null : { ...node, children }
    }
    const field = byKey.get(node.field)
    const type = field && getFieldType(field.type)
    if (!field || !type) {
      issues.push({ kind: 'condition', nodeId: node.id, field: node.field, message: `A filter refers to a deleted field (${node.field})` })
      return null
    }
    if (!type.operators.some((op) => op.id === node.operator)) {
      issues.push({ kind: 'condition', nodeId: node.id, field: node.field, message: `${field.label} can no longer be filtered by "${node.operator}"` })
      return null
    }
    return node
  }
  const filter = view.filter ? ((visit(view.filter) as FilterGroup | null) ?? { ...view.filter, children: [] }) : null

  const sorts = view.sorts.filter((sort) => {
    if (byKey.has(sort.field)) return true
    issues.push({ kind: 'sort', field: sort.field, message: `A sort refers to a deleted field (${sort.field})` })
    return false
  })

  let groupBy = view.groupBy
  if (groupBy) {
    const field = byKey.get(groupBy.field)
    if (!field || !getFieldType(field.type)?.groupKeys) {
      issues.push({
        kind: 'groupBy',
        field: groupBy.field,
        message: field ? `${field.label} cannot group records` : `The grouping refers to a deleted field (${groupBy.field})`,
      })
      groupBy = null
    }
  }

  const placed = view.fields.filter((entry) => {
    if (byKey.has(entry.key)) return true
    issues.push({ kind: 'field', field: entry.key, message: `A column refers to a deleted field (${entry.key})` })
    return false
  })

  return {
    view: { ...view, filter, sorts, groupBy, fields: placed },
    issues,
    hasDanglingReferences: issues.length > 0,
  }
}
