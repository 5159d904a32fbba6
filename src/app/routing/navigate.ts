// The History API fires popstate only for back/forward, so our own pushes announce themselves with this event.
const NAVIGATE_EVENT = 'callboard:navigate'

/** Goes to `path` (pathname and optional `?query`); a no-op when the browser is already there. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === currentLocation()) return
  if (options.replace) window.history.replaceState(null, '', path)
  else window.history.pushState(null, '', path)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
}

/** The pathname and query string the router reads. */
export function currentLocation(): string {
  return window.location.pathname + window.location.search
}

/** Calls `onChange` whenever the location may have changed; returns the unsubscribe (the useSyncExternalStore contract). */
export function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE_EVENT, onChange)
  }
}
