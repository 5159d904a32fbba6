import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { sortRecords } from '../query/sortRecords'
import { effectiveSorts } from '../query/effectiveSorts'
import type { Sort } from '../query/filterTree'
import { groupRecords } from '../query/groupRecords'
import type { ViewQuery } from './ViewQuery'
import type { RecordRow, ViewGroup } from './ViewStore'

/** The key of the manual-order column: a fractional-index string, byte-ordered. */
export const POSITION_KEY = 'position'

/** The order of a view that keeps records in manual order (a board): by position, where the module has one. */
export function manualOrderSorts(module: Pick<ModuleDefinition, 'fields'>): Sort[] | undefined {
  return module.fields.some((field) => field.key === POSITION_KEY) ? [{ field: POSITION_KEY, direction: 'asc' }] : undefined
}

/**
 * Whether records are in manual order: the view's effective order is the position column ascending. Then a drag
 * within a group writes a new position; under any other order a drop only changes the group.
 */
export function hasManualOrder(query: Pick<ViewQuery, 'sorts' | 'fields' | 'defaultSorts'>): boolean {
  const sorts = effectiveSorts(query.sorts, query.fields, query.defaultSorts)
  return sorts.length === 1 && sorts[0]?.field.key === POSITION_KEY && sorts[0].direction === 'asc'
}

export interface Layout {
  groupedIds: Record<string, string[]>
  groups: ViewGroup[]
}

/**
 * Orders the loaded records exactly as the server does (sortRecords, like compareRecords, mirrors the compiled `order=`) and groups them.
 * Re-run after every local change, so an edited record moves where a reload would put it.
 */
export function layoutRecords({
  records,
  order,
  module,
  query,
  collapsed,
}: {
  records: Readonly<Record<string, RecordRow>>
  order: readonly string[]
  module: ModuleDefinition
  query: ViewQuery
  collapsed: ReadonlySet<string>
}): Layout {
  const rows = order.map((id) => records[id]).filter((row): row is RecordRow => row !== undefined)
  const sorted = sortRecords(rows, query.sorts, query.fields, query.defaultSorts ? { defaultSorts: query.defaultSorts } : {})
  const groupBy = query.groupBy ? { field: query.groupBy.field, collapsed: [...collapsed] } : null
  const labelFor = query.labelFor
  const { groupedIds, groups } = groupRecords(sorted, groupBy, query.fields, labelFor ? { labelFor } : {})
  if (!groupBy) {
    // Ungrouped: one group named after the module ("All records" reads oddly above a list of tasks).
    return { groupedIds, groups: groups.map((group) => ({ ...group, label: module.label })) }
  }
  return { groupedIds, groups }
}

export type GroupLabeler = (field: FieldDefinition, key: string) => string | undefined
