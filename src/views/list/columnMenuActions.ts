import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { FieldType } from '../../custom-fields/FieldType'
import type { SavedView } from '../engine/savedView'
import { addNode, emptyFilter, newCondition } from '../engine/filterEditing'
import type { FilterCondition, Sort } from '../query/filterTree'

/** Sorts with `field` first in `direction`; the other sorts follow as they were (a header sort refines, not resets). */
export function sortFirstBy(sorts: readonly Sort[], field: string, direction: Sort['direction']): Sort[] {
  return [{ field, direction }, ...sorts.filter((sort) => sort.field !== field)]
}

export function withoutSort(sorts: readonly Sort[], field: string): Sort[] {
  return sorts.filter((sort) => sort.field !== field)
}

/** Grouping needs a type that knows its groups (as in the toolbar's Group by); hidden keys stay out of pickers. */
export function canGroupBy(field: FieldDefinition, type: FieldType | undefined): boolean {
  return Boolean(type?.groupKeys) && !field.hidden
}

/**
 * "Filter by this field" only where a new condition can simply narrow the view: a filter that is empty, one
 * condition, or "all of" at the top. An "any of" filter would be widened by it, so that stays with the Filter panel.
 */
export function canAddFilterFor(view: Pick<SavedView, 'filter'>, type: FieldType | undefined): boolean {
  if (!type || type.operators.length === 0) return false
  return !view.filter || view.filter.conjunction === 'and' || view.filter.children.length <= 1
}

/** The view's filter with a new condition on `field` (its type's first operator), all-of at the top. */
export function addFieldCondition(view: Pick<SavedView, 'filter'>, field: FieldDefinition, type: FieldType): { filter: SavedView['filter']; condition: FilterCondition } {
  const tree = view.filter ? { ...view.filter, conjunction: 'and' as const } : emptyFilter()
  const condition = newCondition(field.key, type.operators[0]?.id ?? 'eq')
  return { filter: addNode(tree, tree.id, condition), condition }
}
