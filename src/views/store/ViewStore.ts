import type { StoreApi } from 'zustand'
import type { FieldConflict } from '../../realtime/conflictingFields'

export type RecordRow = Record<string, unknown> & { id: string; sync_version?: number }

export interface ViewGroup {
  /** The group key ('' for records without a value). */
  key: string
  label: string
  count: number
  collapsed: boolean
}

/** A write the store has applied optimistically and not yet confirmed. */
export interface PendingWrite {
  id: string
  recordId: string
  error?: string
}

export interface ViewStoreState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  error: string | null
  /** Normalized records by id. */
  records: Record<string, RecordRow>
  /** Ids in display order per group key (a single '' group when the view is not grouped). */
  groupedIds: Record<string, string[]>
  groups: ViewGroup[]
  /** The last write error, shown to the user and cleared on the next success. */
  writeError: string | null
  /** Fields this user and someone else changed at once, waiting for the user to choose; never resolved silently. */
  conflicts: FieldConflict[]
  /** Keep mine writes my value over theirs (on their version); take theirs forgets mine. */
  resolveConflict(recordId: string, field: string, choice: 'mine' | 'theirs'): void
  /** Patch fields of one record (values keyed by FieldDefinition key): optimistic, compare-and-set on sync_version. */
  patch(recordId: string, values: Record<string, unknown>): Promise<void>
  /**
   * Move a record to a group (and before/after neighbours for manual order): one write of group field + position.
   * `beforeId`: the record it now sits just before (its new next neighbour); `afterId`: the record it now sits just
   * after. Neither: the end of the group. `fromGroupKey` names the group it was dragged out of when a multi-valued
   * field puts it in several.
   */
  move(
    recordId: string,
    to: {
      groupKey?: string
      beforeId?: string | null
      afterId?: string | null
      values?: Record<string, unknown>
      fromGroupKey?: string
    },
  ): Promise<void>
  create(values: Record<string, unknown>): Promise<string | null>
  toggleGroup(key: string): void
  reload(): Promise<void>
}

export type ViewStoreApi = StoreApi<ViewStoreState>
