import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { ViewStoreApi, ViewStoreState } from './ViewStore'

const ViewStoreContext = createContext<ViewStoreApi | null>(null)

/** Makes a mounted view's store available below it (the drawer, toolbar widgets); renderers also get it as a prop. */
export function ViewStoreProvider({ store, children }: { store: ViewStoreApi; children: ReactNode }) {
  return <ViewStoreContext.Provider value={store}>{children}</ViewStoreContext.Provider>
}

export function useViewStoreApi(): ViewStoreApi {
  const store = useContext(ViewStoreContext)
  if (!store) throw new Error('useViewStore must be used inside a mounted view (ViewStoreProvider)')
  return store
}

/** A slice of the nearest view's state; re-renders only when the selected slice changes. */
export function useViewStore<T>(selector: (state: ViewStoreState) => T): T {
  return useStore(useViewStoreApi(), selector)
}
