import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../lib/errorMessage'
import type { CallboardClient } from '../lib/supabase/client'
import { parseRowChange } from '../realtime/recordEvents'
import type { RealtimeTransport } from '../realtime/RealtimeTransport'
import { rowsTopic, showTopic } from '../realtime/topics'
import { compareCues, withCue } from './orderCues'
import type { Cue, ShowRuntime } from './showTypes'

/** The event a show belongs to, as the show pages need it. */
export interface ShowEvent {
  id: string
  title: string
  starts_at: string
  ends_at: string | null
}

export type ShowData =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'missing' }
  | { status: 'ready'; event: ShowEvent; cues: Cue[]; runtime: ShowRuntime | null }

/** A runtime replaces the one held only when it is as new or newer: broadcasts and answers may arrive out of order. */
export function newerRuntime(held: ShowRuntime | null, incoming: ShowRuntime): ShowRuntime {
  return held && held.event_id === incoming.event_id && Number(held.version) > Number(incoming.version) ? held : incoming
}

/**
 * An event's show, live: the event, its rundown in running order and its runtime. The runtime comes from the
 * database's broadcast on the show topic (every GO, in the transaction that made it) and the rundown from the rows
 * topic; both are read again whenever the connection is back online (the first join included), so a late joiner or
 * a tab that lost its connection shows the right cue at once. `applyRuntime` takes a runtime an RPC answered with.
 */
export function useShowRuntime(
  client: CallboardClient,
  transport: RealtimeTransport | null,
  workspaceId: string,
  eventId: string,
): { data: ShowData; applyRuntime(runtime: ShowRuntime): void; reload(): void } {
  const [data, setData] = useState<ShowData>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const loaded = useRef(0)

  const applyRuntime = useCallback((runtime: ShowRuntime) => {
    if (runtime.event_id !== eventId) return
    setData((held) => (held.status === 'ready' ? { ...held, runtime: newerRuntime(held.runtime, runtime) } : held))
  }, [eventId])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])

  useEffect(() => {
    let current = true
    const load = ++loaded.current
    void (async () => {
      try {
        const [event, cues, runtime] = await Promise.all([
          client.from('events').select('id, title, starts_at, ends_at').eq('id', eventId).is('deleted_at', null).maybeSingle(),
          client.from('run_of_show').select('*').eq('event_id', eventId).is('deleted_at', null),
          client.from('show_runtimes').select('*').eq('event_id', eventId).maybeSingle(),
        ])
        const failure = event.error ?? cues.error ?? runtime.error
        if (failure) throw failure
        if (!current || load !== loaded.current) return
        const found = event.data
        if (!found) {
          setData({ status: 'missing' })
          return
        }
        const fresh = runtime.data
        const rundown = [...(cues.data ?? [])].sort(compareCues)
        setData((held) => {
          // A broadcast that arrived while this read was on its way may be newer than what the read saw.
          const heldRuntime = held.status === 'ready' ? held.runtime : null
          return { status: 'ready', event: found, cues: rundown, runtime: fresh && heldRuntime ? newerRuntime(heldRuntime, fresh) : fresh ?? heldRuntime }
        })
      } catch (error) {
        if (current) setData({ status: 'error', error: errorMessage(error) })
      }
    })()
    return () => {
      current = false
    }
  }, [client, eventId, attempt])

  useEffect(() => {
    if (!transport) return
    const offRuntime = transport.subscribe(showTopic(workspaceId, eventId), 'runtime', (payload) => {
      if (payload && typeof payload === 'object' && 'event_id' in payload && 'version' in payload) applyRuntime(payload as ShowRuntime)
    })
    const offRows = transport.subscribe(rowsTopic(workspaceId), '*', (payload) => {
      const change = parseRowChange(payload)
      if (!change || change.table !== 'run_of_show') return
      setData((held) => {
        if (held.status !== 'ready') return held
        if (change.kind === 'delete') return { ...held, cues: held.cues.filter((cue) => cue.id !== change.id) }
        const cue = change.row as unknown as Cue
        if (cue.event_id !== eventId && !held.cues.some((c) => c.id === cue.id)) return held
        return { ...held, cues: cue.event_id === eventId ? withCue(held.cues, cue) : held.cues.filter((c) => c.id !== cue.id) }
      })
    })
    // Back online (after the first join too): what was sent meanwhile never arrived.
    let wasOnline = true
    const offStatus = transport.onStatus((status) => {
      if (status === 'online' && !wasOnline) reload()
      wasOnline = status === 'online'
    })
    return () => {
      offRuntime()
      offRows()
      offStatus()
    }
  }, [transport, workspaceId, eventId, applyRuntime, reload])

  return { data, applyRuntime, reload }
}
