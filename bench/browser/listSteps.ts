import type { Sort } from '../../src/views/query/filterTree'

// The sort and filter changes both list pages apply, in order: the renderer and the bare-library baseline do the
// same work on the same 100k rows.

export const INITIAL_SORT: Sort = { field: 'due_date', direction: 'asc' }

export const SORT_STEPS: readonly Sort[] = [
  { field: 'title', direction: 'asc' },
  { field: 'estimate_hours', direction: 'desc' },
  { field: 'status', direction: 'asc' },
  { field: 'created_at', direction: 'desc' },
  { field: 'start_date', direction: 'asc' },
  { field: 'priority', direction: 'desc' },
  { field: 'title', direction: 'desc' },
  { field: 'due_date', direction: 'asc' },
]

export interface FilterStep {
  field: string
  op: 'eq' | 'contains' | 'any_of'
  value: string | string[]
}

/** null clears the filter (all 100k rows come back, which is the heaviest repaint of all). */
export const FILTER_STEPS: readonly (FilterStep | null)[] = [
  { field: 'status', op: 'eq', value: 'done' },
  null,
  { field: 'title', op: 'contains', value: 'rig' },
  null,
  { field: 'priority', op: 'any_of', value: ['high', 'urgent'] },
  { field: 'title', op: 'contains', value: '7' },
  null,
  { field: 'status', op: 'eq', value: 'todo' },
]
