import { vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import type { RecordRow, ViewGroup, ViewStoreApi, ViewStoreState } from '../../../src/views/store/ViewStore'

export interface FixtureViewStore {
  store: ViewStoreApi
  patch: ReturnType<typeof vi.fn>
  create: ReturnType<typeof vi.fn>
  /** When set, the next patch is applied optimistically, then rejected and rolled back as the real store does. */
  rejectNextPatch: (message: string) => void
}

/**
 * A view store for renderer tests: renderers never fetch, so a store holding fixed rows is their whole world.
 * `patch` behaves like the real store's optimistic write (apply, then keep or roll back with `writeError`).
 */
export function fixtureViewStore(
  rows: RecordRow[],
  grouping?: { groups: ViewGroup[]; groupedIds: Record<string, string[]> },
): FixtureViewStore {
  let rejection: string | null = null
  const store = createStore<ViewStoreState>()(() => ({
    status: 'ready',
    error: null,
    records: Object.fromEntries(rows.map((row) => [row.id, row])),
    groupedIds: grouping?.groupedIds ?? { '': rows.map((row) => row.id) },
    groups: grouping?.groups ?? [{ key: '', label: '', count: rows.length, collapsed: false }],
    writeError: null,
    conflicts: [],
    resolveConflict: () => {},
    patch: async () => {},
    move: async () => {},
    create: async () => null,
    toggleGroup: (key: string) =>
      store.setState({
        groups: store.getState().groups.map((group) => (group.key === key ? { ...group, collapsed: !group.collapsed } : group)),
      }),
    reload: async () => {},
  }))
  const patch = vi.fn(async (recordId: string, values: Record<string, unknown>) => {
    const before = store.getState().records[recordId]!
    store.setState({ records: { ...store.getState().records, [recordId]: { ...before, ...values } } })
    await Promise.resolve()
    if (rejection) {
      const message = rejection
      rejection = null
      store.setState({ records: { ...store.getState().records, [recordId]: before }, writeError: message })
      throw new Error(message)
    }
    store.setState({ writeError: null })
  })
  const create = vi.fn(async (_values: Record<string, unknown>) => 'new-1')
  store.setState({ patch, create })
  return { store, patch, create, rejectNextPatch: (message) => (rejection = message) }
}
