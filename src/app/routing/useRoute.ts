import { useMemo, useSyncExternalStore } from 'react'
import { subscribeToLocation } from './navigate'
import { parseRoute, type Route } from './routes'

/** The current route, re-read on back/forward and on `navigate`. */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribeToLocation, readPathname)
  return useMemo(() => parseRoute(pathname), [pathname])
}

function readPathname(): string {
  return window.location.pathname
}
