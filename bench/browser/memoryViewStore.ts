import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ModuleDefinition } from '../../src/modules/ModuleDefinition'
import type { ViewQuery } from '../../src/views/store/ViewQuery'
import { layoutRecords } from '../../src/views/store/layoutRecords'
import { viewRecordMatcher } from '../../src/views/store/viewRecordMatcher'
import type { RecordRow, ViewStoreState } from '../../src/views/store/ViewStore'
import { BENCH_WORKSPACE } from './generateRows'

export type MemoryViewStore = StoreApi<ViewStoreState> & {
  /**
   * A new filter/sort/grouping, applied as the real store applies rows that arrive from a reload: the same in-memory
   * filter interpreter (viewRecordMatcher) and layout (layoutRecords), with the server round trip left out.
   */
  configure(query: ViewQuery): void
  /** Replaces every row the "server" holds (the calendar's range loads). */
  setRows(rows: readonly RecordRow[]): void
}

/**
 * The view store a renderer reads, filled from generated rows instead of PostgREST. Renderers only read state and
 * call actions, so the real ones run unchanged on it; writes are no-ops (a benchmark never commits a drop).
 */
export function memoryViewStore(module: ModuleDefinition, rows: readonly RecordRow[], initial: ViewQuery): MemoryViewStore {
  let all = rows
  let query = initial
  const collapsed = new Set<string>()

  function compute(): Pick<ViewStoreState, 'records' | 'groupedIds' | 'groups'> {
    const matches = viewRecordMatcher(query, BENCH_WORKSPACE)
    const records: Record<string, RecordRow> = {}
    const order: string[] = []
    for (const row of all) {
      if (!matches(row)) continue
      records[row.id] = row
      order.push(row.id)
    }
    return { records, ...layoutRecords({ records, order, module, query, collapsed }) }
  }

  const store = createStore<ViewStoreState>()((set, get) => ({
    status: 'ready',
    error: null,
    ...compute(),
    writeError: null,
    conflicts: [],
    resolveConflict: () => {},
    patch: async () => {},
    move: async () => {},
    create: async () => null,
    toggleGroup: (key) => {
      if (!collapsed.delete(key)) collapsed.add(key)
      set({ groups: get().groups.map((group) => (group.key === key ? { ...group, collapsed: collapsed.has(key) } : group)) })
    },
    reload: async () => {},
  }))
  return Object.assign(store, {
    configure(next: ViewQuery) {
      query = next
      store.setState(compute())
    },
    setRows(next: readonly RecordRow[]) {
      all = next
      store.setState(compute())
    },
  })
}
