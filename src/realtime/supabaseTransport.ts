import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js'
import { connectionStatus, type RoomState } from './connectionStatus'
import type { ConnectionStatus, PresenceEntry, RealtimeTransport, Unsubscribe } from './RealtimeTransport'

/** A channel kept this long after its last user leaves, so a remount (React strict mode, a quick view switch) reuses it. */
const LINGER_MS = 2_000
const OFFLINE_AFTER_MS = 15_000

interface Room {
  topic: string
  /** Null until an earlier channel of the same topic has finished leaving (see `leaving`). */
  channel: RealtimeChannel | null
  users: number
  state: RoomState
  lingering: ReturnType<typeof setTimeout> | null
  listeners: Set<{ event: string; handler: (payload: unknown, event: string) => void }>
  presenceListeners: Set<(entries: PresenceEntry[]) => void>
  /** What this client tracks here (the latest call wins), and the token of the call that set it. */
  tracked: { state: Record<string, unknown>; token: number } | null
  /** Presence writes go one at a time: untrack-then-track (a second track leaves a ghost in realtime-js 2.109). */
  presenceChain: Promise<unknown>
  /** A write is waiting in the chain: later changes ride on it (it reads `tracked` when it runs). */
  presenceQueued: boolean
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = SupabaseClient<any, any, any>

/**
 * Channels still leaving, per client and topic. realtime-js keys channels by topic and hands back a channel that is
 * leaving instead of a new one, which then never joins: a new channel for the topic waits until the old one is gone.
 * Shared by every transport of a client (a transport closed and another made for the next user or a remount).
 */
const leaving = new WeakMap<AnyClient, Map<string, Promise<unknown>>>()

function leave(client: AnyClient, channel: RealtimeChannel, topic: string) {
  let topics = leaving.get(client)
  if (!topics) leaving.set(client, (topics = new Map()))
  const done: Promise<unknown> = client.removeChannel(channel).catch(() => undefined).finally(() => {
    if (topics.get(topic) === done) topics.delete(topic)
  })
  topics.set(topic, done)
}

/**
 * The transport over supabase-js: one private channel per topic, shared by everyone in the app who uses the topic
 * and closed shortly after the last one leaves. Presence is keyed by `presenceKey` (the user id), so two tabs of one
 * person are one entry with two states.
 */
export function createSupabaseTransport(client: AnyClient, { presenceKey }: { presenceKey: string }): RealtimeTransport & { close(): void } {
  const rooms = new Map<string, Room>()
  const statusListeners = new Set<(status: ConnectionStatus) => void>()
  let status: ConnectionStatus = 'online'
  let lostSince: number | null = null
  let offlineTimer: ReturnType<typeof setTimeout> | null = null
  let trackTokens = 0

  function browserOnline(): boolean {
    return typeof navigator === 'undefined' || navigator.onLine !== false
  }

  function refreshStatus() {
    const states = [...rooms.values()].map((room) => room.state)
    const anyLost = states.includes('rejoining') || !browserOnline()
    if (anyLost && lostSince === null) {
      lostSince = Date.now()
      offlineTimer = setTimeout(refreshStatus, OFFLINE_AFTER_MS)
    } else if (!anyLost && lostSince !== null) {
      lostSince = null
      if (offlineTimer) clearTimeout(offlineTimer)
      offlineTimer = null
    }
    const next = connectionStatus(states, {
      browserOnline: browserOnline(),
      lostForMs: lostSince === null ? null : Date.now() - lostSince,
      offlineAfterMs: OFFLINE_AFTER_MS,
    })
    if (next === status) return
    status = next
    for (const listener of statusListeners) listener(status)
  }

  function presenceEntries(room: Room): PresenceEntry[] {
    const entries: PresenceEntry[] = []
    if (!room.channel) return entries
    for (const [key, metas] of Object.entries(room.channel.presenceState())) {
      for (const meta of metas as Array<Record<string, unknown>>) {
        const { presence_ref: _ref, ...state } = meta
        entries.push({ key, state })
      }
    }
    return entries
  }

  function writePresence(room: Room) {
    if (room.presenceQueued) return
    room.presenceQueued = true
    room.presenceChain = room.presenceChain
      .then(async () => {
        room.presenceQueued = false
        const channel = room.channel
        if (room.state !== 'joined' || !channel) return
        await channel.untrack()
        if (room.tracked) await channel.track(room.tracked.state)
      })
      .catch(() => undefined)
  }

  function open(topic: string): Room {
    const room: Room = {
      topic,
      channel: null,
      users: 0,
      state: 'joining',
      lingering: null,
      listeners: new Set(),
      presenceListeners: new Set(),
      tracked: null,
      presenceChain: Promise.resolve(),
      presenceQueued: false,
    }
    rooms.set(topic, room)
    const previous = leaving.get(client)?.get(topic)
    if (previous) void previous.then(() => join(room))
    else join(room)
    refreshStatus()
    return room
  }

  function join(room: Room) {
    if (rooms.get(room.topic) !== room) return
    const channel = client.channel(room.topic, {
      config: { private: true, broadcast: { self: false }, presence: { key: presenceKey, enabled: true } },
    })
    room.channel = channel
    channel
      .on('broadcast', { event: '*' }, (message: { event: string; payload?: unknown }) => {
        for (const listener of room.listeners) {
          if (listener.event === '*' || listener.event === message.event) listener.handler(message.payload, message.event)
        }
      })
      .on('presence', { event: 'sync' }, () => {
        const entries = presenceEntries(room)
        for (const listener of room.presenceListeners) listener(entries)
      })
      .subscribe((state) => {
        if (rooms.get(room.topic) !== room) return
        if (state === 'SUBSCRIBED') {
          room.state = 'joined'
          // A rejoin starts with an empty presence on the server: show this client again.
          if (room.tracked) writePresence(room)
        } else if (state === 'CHANNEL_ERROR' || state === 'TIMED_OUT') {
          room.state = 'rejoining'
        }
        refreshStatus()
      })
  }

  function acquire(topic: string): Room {
    const room = rooms.get(topic) ?? open(topic)
    room.users += 1
    if (room.lingering) clearTimeout(room.lingering)
    room.lingering = null
    return room
  }

  function release(room: Room) {
    room.users -= 1
    if (room.users > 0) return
    room.lingering = setTimeout(() => {
      if (room.users > 0 || rooms.get(room.topic) !== room) return
      rooms.delete(room.topic)
      if (room.channel) leave(client, room.channel, room.topic)
      refreshStatus()
    }, LINGER_MS)
  }

  const onBrowserNetworkChange = () => refreshStatus()
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onBrowserNetworkChange)
    window.addEventListener('offline', onBrowserNetworkChange)
  }

  return {
    subscribe(topic, event, handler) {
      const room = acquire(topic)
      const listener = { event, handler }
      room.listeners.add(listener)
      return once(() => {
        room.listeners.delete(listener)
        release(room)
      })
    },
    send(topic, event, payload) {
      const room = rooms.get(topic)
      if (room?.state !== 'joined' || !room.channel) return
      void room.channel.send({ type: 'broadcast', event, payload })
    },
    trackPresence(topic, state) {
      const room = acquire(topic)
      const token = ++trackTokens
      room.tracked = { state, token }
      writePresence(room)
      return once(() => {
        if (room.tracked?.token === token) {
          room.tracked = null
          writePresence(room)
        }
        release(room)
      })
    },
    onPresence(topic, handler) {
      const room = acquire(topic)
      room.presenceListeners.add(handler)
      if (room.state === 'joined') handler(presenceEntries(room))
      return once(() => {
        room.presenceListeners.delete(handler)
        release(room)
      })
    },
    onStatus(handler) {
      statusListeners.add(handler)
      handler(status)
      return () => statusListeners.delete(handler)
    },
    close() {
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onBrowserNetworkChange)
        window.removeEventListener('offline', onBrowserNetworkChange)
      }
      if (offlineTimer) clearTimeout(offlineTimer)
      for (const room of rooms.values()) {
        if (room.lingering) clearTimeout(room.lingering)
        if (room.channel) leave(client, room.channel, room.topic)
      }
      rooms.clear()
      statusListeners.clear()
    },
  }
}

function once(run: () => void): Unsubscribe {
  let done = false
  return () => {
    if (done) return
    done = true
    run()
  }
}
