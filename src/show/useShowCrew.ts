import { useCallback, useEffect, useRef, useState } from 'react'
import type { RealtimeTransport } from '../realtime/RealtimeTransport'
import { showCrewTopic } from '../realtime/topics'
import type { ShowMode } from './showTypes'

/** One screen following the show: whose, and how (the caller's desk, a department's cues, the backstage display). */
export interface CrewScreen {
  userId: string
  name: string
  mode: ShowMode
  department: string | null
}

/** A department's "standing by" for a cue. */
export interface StandbyAck {
  cueId: string
  userId: string
  name: string
  department: string | null
}

export const STANDBY_ACK_EVENT = 'standby-ack'

function isAck(value: unknown): value is StandbyAck {
  if (!value || typeof value !== 'object') return false
  const ack = value as Record<string, unknown>
  return typeof ack.cueId === 'string' && typeof ack.userId === 'string' && typeof ack.name === 'string'
}

function isScreen(value: Record<string, unknown>): boolean {
  return typeof value.userId === 'string' && typeof value.name === 'string' && typeof value.mode === 'string'
}

/**
 * Who follows the show on which screen (presence on the show's crew topic, tracked once per screen: Supabase allows
 * a channel 5 presence calls in 30 s), and the standby acknowledgements (broadcasts). Acknowledgements are not
 * stored: each screen says its own again whenever someone new arrives, so a caller who joins late still sees them.
 */
export function useShowCrew(
  transport: RealtimeTransport | null,
  workspaceId: string,
  eventId: string,
  me: CrewScreen,
): { screens: CrewScreen[]; acks: StandbyAck[]; acknowledge(cueId: string): void } {
  const topic = showCrewTopic(workspaceId, eventId)
  const [screens, setScreens] = useState<CrewScreen[]>([])
  const [acks, setAcks] = useState<StandbyAck[]>([])
  const mine = useRef<StandbyAck | null>(null)
  const { userId, name, mode, department } = me

  const remember = useCallback((ack: StandbyAck) => {
    // One standing acknowledgement per person and department: the latest replaces the one before.
    setAcks((held) => [...held.filter((a) => !(a.userId === ack.userId && a.department === ack.department)), ack])
  }, [])

  useEffect(() => {
    if (!transport) return
    const untrack = transport.trackPresence(topic, { userId, name, mode, department })
    const offPresence = transport.onPresence(topic, (entries) => {
      setScreens(entries.map((entry) => entry.state).filter(isScreen) as unknown as CrewScreen[])
      if (mine.current) transport.send(topic, STANDBY_ACK_EVENT, { ...mine.current })
    })
    const offAcks = transport.subscribe(topic, STANDBY_ACK_EVENT, (payload) => {
      if (isAck(payload)) remember(payload)
    })
    return () => {
      untrack()
      offPresence()
      offAcks()
    }
  }, [transport, topic, userId, name, mode, department, remember])

  const acknowledge = useCallback(
    (cueId: string) => {
      const ack: StandbyAck = { cueId, userId, name, department }
      mine.current = ack
      remember(ack)
      transport?.send(topic, STANDBY_ACK_EVENT, { ...ack })
    },
    [transport, topic, userId, name, department, remember],
  )

  return { screens, acks, acknowledge }
}
