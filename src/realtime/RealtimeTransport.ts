/** What the app knows of its live connection: shown in the header, and a return to `online` refetches open views. */
export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline'

/** One client's presence on a topic: its key (the user id) and the state it tracks. */
export interface PresenceEntry {
  key: string
  state: Record<string, unknown>
}

export type Unsubscribe = () => void

/**
 * The one door to realtime. Topics are private channels authorized by row-level security on the server; the app
 * never names a channel object, only topics (see topics.ts). Only the Supabase transport calls `supabase.channel`;
 * the fake one backs tests.
 */
export interface RealtimeTransport {
  /** Broadcast messages of `event` on `topic` ('*' for every event); the handler gets the event name too. */
  subscribe(topic: string, event: string, handler: (payload: unknown, event: string) => void): Unsubscribe
  /** An ephemeral broadcast to everyone else on the topic (dropped while the topic is not joined). */
  send(topic: string, event: string, payload: Record<string, unknown>): void
  /** Shows this client on the topic with `state`; calling it again replaces the state. Unsubscribing untracks. */
  trackPresence(topic: string, state: Record<string, unknown>): Unsubscribe
  /** Everyone present on the topic, this client included, after every join, leave or change. */
  onPresence(topic: string, handler: (entries: PresenceEntry[]) => void): Unsubscribe
  /** The connection's status now and after every change. */
  onStatus(handler: (status: ConnectionStatus) => void): Unsubscribe
}
