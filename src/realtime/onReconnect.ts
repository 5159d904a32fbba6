import type { RealtimeTransport, Unsubscribe } from './RealtimeTransport'

/**
 * Calls `refetch` each time the connection comes back after it was lost (reconnecting or offline, then online): what
 * changed meanwhile was never delivered, so whatever a live list holds must be read again.
 */
export function onReconnect(transport: Pick<RealtimeTransport, 'onStatus'>, refetch: () => void): Unsubscribe {
  let lost = false
  return transport.onStatus((status) => {
    if (status === 'reconnecting' || status === 'offline') lost = true
    else if (status === 'online' && lost) {
      lost = false
      refetch()
    }
  })
}
