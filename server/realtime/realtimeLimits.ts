/**
 * Limits with Supabase's defaults (docs.supabase.com/guides/realtime/limits, Free plan; realtime's
 * `TENANT_MAX_*` settings). Supabase counts messages and joins per project; this backend serves one project on
 * one machine, so it counts them per connection: the point is that one client cannot starve the others.
 */
export interface RealtimeLimits {
  /** Channels one connection may join at once ("ChannelRateLimitReached: Too many channels"). */
  maxChannelsPerConnection: number
  /** Client messages (broadcast, presence, anything but heartbeats and joins) per second per connection. */
  maxEventsPerSecond: number
  /** Joins per second per connection ("ClientJoinRateLimitReached: Too many joins per second"). */
  maxJoinsPerSecond: number
  /** Broadcast and presence payloads, in bytes (Supabase: max_payload_size_in_kb * 1000 + 500). */
  maxPayloadBytes: number
  /** A postgres_changes record larger than this is sent with only its small fields and "Error 413". */
  maxPostgresChangeBytes: number
  /** Presence track/untrack calls per channel per window (realtime's CLIENT_PRESENCE_MAX_CALLS / _WINDOW_MS). */
  presenceCallsPerWindow: number
  presenceWindowMs: number
  /** A connection that sends nothing (not even a heartbeat, every 25 s) for this long is closed. */
  idleTimeoutMs: number
  /** A client that does not read its socket and lets this much pile up is disconnected rather than buffered. */
  maxBufferedBytes: number
}

export const DEFAULT_REALTIME_LIMITS: RealtimeLimits = {
  maxChannelsPerConnection: 100,
  maxEventsPerSecond: 100,
  maxJoinsPerSecond: 100,
  maxPayloadBytes: 256 * 1000 + 500,
  maxPostgresChangeBytes: 1024 * 1024,
  presenceCallsPerWindow: 5,
  presenceWindowMs: 30_000,
  idleTimeoutMs: 60_000,
  maxBufferedBytes: 16 * 1024 * 1024,
}

/**
 * The largest WebSocket frame read at all. Payloads between the payload limit and this get a clear error reply;
 * beyond it `ws` closes the socket with 1009 before buffering more.
 */
export function maxFrameBytes(limits: RealtimeLimits): number {
  return Math.max(2 * limits.maxPayloadBytes, 1024 * 1024)
}
