import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../lib/errorMessage'

/** How long rows must stay still before a report is asked again: live rows arrive in bursts (an import, a drag). */
export const REFRESH_DELAY_MS = 500

export type FetchState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: string }

/**
 * Runs `load` for `key` (null: nothing to load) and again whenever `key` or `revision` changes, the last answer
 * winning. The first load starts at once; later ones wait until nothing has changed for `delayMs`, so a scroll or a
 * burst of live rows costs one request, not one per step. A refresh keeps showing the previous answer until the new
 * one arrives. The first load still goes through a timer, so that React's strict-mode remount cancels it rather than
 * sending it twice.
 */
export function useRefreshingFetch<T>(
  key: string | null,
  load: () => Promise<T>,
  revision: unknown,
  delayMs = REFRESH_DELAY_MS,
): { state: FetchState<T>; reload(): void } {
  const [state, setState] = useState<FetchState<T>>(() => (key === null ? { status: 'idle' } : { status: 'loading' }))
  // The effect runs on key and revision only: `load` is usually a fresh closure every render.
  const latestLoad = useRef(load)
  latestLoad.current = load
  const started = useRef(false)
  // "Try again": one more turn of the effect, at once (the user asked; nothing is bursting).
  const [attempt, setAttempt] = useState(0)
  const reload = useCallback(() => {
    started.current = false
    setAttempt((n) => n + 1)
  }, [])

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' })
      return
    }
    let current = true
    const timer = setTimeout(
      () => {
        started.current = true
        latestLoad.current().then(
          (value) => current && setState({ status: 'ready', value }),
          (error: unknown) => current && setState({ status: 'error', error: errorMessage(error) }),
        )
      },
      started.current ? delayMs : 0,
    )
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [key, revision, delayMs, attempt])

  return { state, reload }
}
