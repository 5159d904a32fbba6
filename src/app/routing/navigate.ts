// The History API fires popstate only for back/forward, so our own pushes announce themselves with this event.
const NAVIGATE_EVENT = 'callboard:navigate'

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return
  if (options.replace) window.history.replaceState(null, '', path)
  else window.history.pushState(null, '', path)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
}

/** Calls `onChange` whenever the path may have changed; returns the unsubscribe (the useSyncExternalStore contract). */
export function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE_EVENT, onChange)
  }
}
