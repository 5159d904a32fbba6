import { useMemo, useSyncExternalStore } from 'react'
import { currentLocation, subscribeToLocation } from './navigate'
import { parseRoute, type Route } from './routes'

/** The current route, re-read on back/forward and on `navigate`. */
export function useRoute(): Route {
  const location = useSyncExternalStore(subscribeToLocation, currentLocation)
  return useMemo(() => {
    const queryStart = location.indexOf('?')
    return queryStart < 0 ? parseRoute(location) : parseRoute(location.slice(0, queryStart), location.slice(queryStart))
  }, [location])
}
