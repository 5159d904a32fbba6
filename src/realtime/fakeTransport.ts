import type { ConnectionStatus, PresenceEntry, RealtimeTransport, Unsubscribe } from './RealtimeTransport'

interface Subscriber {
  transport: number
  event: string
  handler: (payload: unknown, event: string) => void
}

/**
 * Realtime in memory for tests: transports made by one hub reach each other as clients of one server do
 * (broadcast to everyone else on the topic, presence shared by all), and the test plays the server with `emit`.
 */
export interface FakeRealtimeHub {
  transport(presenceKey: string): RealtimeTransport
  /** A message from the server (a database trigger) to every subscriber of the topic. */
  emit(topic: string, event: string, payload: unknown): void
  setStatus(status: ConnectionStatus): void
  /** Everything clients broadcast, in order. */
  readonly sent: Array<{ topic: string; event: string; payload: Record<string, unknown>; from: string }>
}

export function createFakeRealtimeHub(): FakeRealtimeHub {
  const subscribers = new Map<string, Set<Subscriber>>()
  const presence = new Map<string, Map<number, PresenceEntry>>()
  const presenceListeners = new Map<string, Set<(entries: PresenceEntry[]) => void>>()
  const statusListeners = new Set<(status: ConnectionStatus) => void>()
  const sent: FakeRealtimeHub['sent'] = []
  let status: ConnectionStatus = 'online'
  let nextTransport = 0

  const setOf = <T>(map: Map<string, Set<T>>, topic: string) => {
    let set = map.get(topic)
    if (!set) map.set(topic, (set = new Set()))
    return set
  }
  const entries = (topic: string) => [...(presence.get(topic)?.values() ?? [])]
  const presenceChanged = (topic: string) => {
    for (const listener of presenceListeners.get(topic) ?? []) listener(entries(topic))
  }
  const deliver = (topic: string, event: string, payload: unknown, except?: number) => {
    for (const subscriber of [...(subscribers.get(topic) ?? [])]) {
      if (subscriber.transport === except) continue
      if (subscriber.event === '*' || subscriber.event === event) subscriber.handler(payload, event)
    }
  }

  return {
    sent,
    emit: (topic, event, payload) => deliver(topic, event, payload),
    setStatus(next) {
      status = next
      for (const listener of statusListeners) listener(status)
    },
    transport(presenceKey) {
      const id = nextTransport++
      return {
        subscribe(topic, event, handler): Unsubscribe {
          const subscriber = { transport: id, event, handler }
          setOf(subscribers, topic).add(subscriber)
          return () => void subscribers.get(topic)?.delete(subscriber)
        },
        send(topic, event, payload) {
          sent.push({ topic, event, payload, from: presenceKey })
          deliver(topic, event, payload, id)
        },
        trackPresence(topic, state) {
          let topicPresence = presence.get(topic)
          if (!topicPresence) presence.set(topic, (topicPresence = new Map()))
          const entry = { key: presenceKey, state }
          topicPresence.set(id, entry)
          presenceChanged(topic)
          return () => {
            if (presence.get(topic)?.get(id) !== entry) return
            presence.get(topic)?.delete(id)
            presenceChanged(topic)
          }
        },
        onPresence(topic, handler) {
          setOf(presenceListeners, topic).add(handler)
          handler(entries(topic))
          return () => void presenceListeners.get(topic)?.delete(handler)
        },
        onStatus(handler) {
          statusListeners.add(handler)
          handler(status)
          return () => void statusListeners.delete(handler)
        },
      }
    },
  }
}
