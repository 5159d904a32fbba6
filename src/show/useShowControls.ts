import { useCallback, useRef, useState } from 'react'
import type { CallboardClient } from '../lib/supabase/client'
import type { ShowAction, ShowRuntime } from './showTypes'

export interface ShowControls {
  press(action: ShowAction, seconds?: number): Promise<void>
  claim(takeOver?: boolean): Promise<void>
  release(): Promise<void>
  /** The press under way, if any: its button shows busy, and a second press of any button waits for it. */
  pending: string | null
  /** Why the last press was refused, in the database's words; cleared by the next one. */
  error: string | null
}

/**
 * The caller's buttons, as RPCs the database judges (only the caller may press them; a press from a screen that has
 * not seen the latest change is refused with 40001 and the runtime read again). Each answer is applied at once, so
 * the caller's own screen does not wait for the broadcast.
 */
export function useShowControls(
  client: CallboardClient,
  eventId: string,
  runtime: ShowRuntime | null,
  applyRuntime: (runtime: ShowRuntime) => void,
  reload: () => void,
): ShowControls {
  const [pending, setPending] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const busy = useRef(false)
  const latest = useRef(runtime)
  latest.current = runtime

  const run = useCallback(
    async (name: string, call: () => PromiseLike<{ data: ShowRuntime | null; error: { message: string; code?: string } | null }>) => {
      // One press at a time: a double tap must not become two GOs on one screen's version.
      if (busy.current) return
      busy.current = true
      setPending(name)
      setError(null)
      try {
        const { data, error: refused } = await call()
        if (refused) {
          setError(refused.message)
          if (refused.code === '40001') reload()
        } else if (data) {
          applyRuntime(data)
        }
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure))
      } finally {
        busy.current = false
        setPending(null)
      }
    },
    [applyRuntime, reload],
  )

  const press = useCallback(
    (action: ShowAction, seconds?: number) =>
      run(action, () =>
        client.rpc('show_control', {
          p_event_id: eventId,
          p_action: action,
          ...(seconds === undefined ? {} : { p_seconds: seconds }),
          ...(latest.current ? { p_version: Number(latest.current.version) } : {}),
        }),
      ),
    [client, eventId, run],
  )
  const claim = useCallback(
    (takeOver = false) => run('claim', () => client.rpc('claim_show_caller', { p_event_id: eventId, p_take_over: takeOver })),
    [client, eventId, run],
  )
  const release = useCallback(() => run('release', () => client.rpc('release_show_caller', { p_event_id: eventId })), [client, eventId, run])

  return { press, claim, release, pending, error }
}
