import { useCallback, useEffect, useState } from 'react'
import { errorMessage } from '../../lib/errorMessage'

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string }

/**
 * Runs `load` whenever `key` changes and keeps only the answer to the latest request, so a late reply for a previous
 * workspace or module never shows. `reload` runs it again with the same key.
 */
export function useAsync<T>(key: string, load: () => Promise<T>): AsyncState<T> & { reload(): void } {
  const [attempt, setAttempt] = useState(0)
  const requestKey = `${key}#${attempt}`
  const [settled, setSettled] = useState<{ key: string; state: AsyncState<T> } | null>(null)
  useEffect(() => {
    let current = true
    load().then(
      (value) => current && setSettled({ key: requestKey, state: { status: 'ready', value } }),
      (error: unknown) => current && setSettled({ key: requestKey, state: { status: 'error', error: errorMessage(error) } }),
    )
    return () => {
      current = false
    }
    // `load` is read fresh for each key: callers pass an inline function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requestKey])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  // While a reload is under way the previous answer stays on screen (no flash of a spinner).
  const state: AsyncState<T> = settled && (settled.key === requestKey || settled.key.startsWith(`${key}#`)) ? settled.state : { status: 'loading' }
  return { ...state, reload }
}
