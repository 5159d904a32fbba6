import { useEffect, useRef } from 'react'
import type { FullViewStoreApi } from '../store/createViewStore'
import type { ViewQuery } from '../store/ViewQuery'

/**
 * Keeps the store's query in step with the saved view: the first load on mount, then configure() on every change
 * (a new filter or sort reloads, a new grouping only regroups). Date renderers wait for their first range.
 */
export function ViewQueryEffect({ store, query, waitForRange }: { store: FullViewStoreApi; query: ViewQuery; waitForRange: boolean }) {
  const loaded = useRef(false)
  useEffect(() => {
    const state = store.getState()
    if (waitForRange && !query.range) return
    state.configure(query)
    // The first time, load unless configure already started a load (a date renderer's first range does).
    if (!loaded.current) {
      loaded.current = true
      if (store.getState().status === 'idle') void store.getState().reload()
    }
  }, [store, query, waitForRange])
  return null
}
