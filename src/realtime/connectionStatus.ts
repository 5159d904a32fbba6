import type { ConnectionStatus } from './RealtimeTransport'

/** What one channel is doing: joining for the first time, joined, or lost and rejoining. */
export type RoomState = 'joining' | 'joined' | 'rejoining'

/**
 * The status a person sees, from every open channel and the browser's own view of the network. Reconnecting turns
 * into offline after `offlineAfterMs` without a join, while the transport keeps retrying underneath.
 */
export function connectionStatus(
  rooms: Iterable<RoomState>,
  { browserOnline, lostForMs, offlineAfterMs }: { browserOnline: boolean; lostForMs: number | null; offlineAfterMs: number },
): ConnectionStatus {
  if (!browserOnline) return 'offline'
  let joining = false
  let rejoining = false
  for (const state of rooms) {
    if (state === 'rejoining') rejoining = true
    else if (state === 'joining') joining = true
  }
  if (rejoining) return lostForMs !== null && lostForMs >= offlineAfterMs ? 'offline' : 'reconnecting'
  return joining ? 'connecting' : 'online'
}
