import { createContext, useContext, useEffect, useState } from 'react'
import type { ConnectionStatus, RealtimeTransport } from './RealtimeTransport'

/** The signed-in user's transport; null before sign-in and in tests that do not exercise realtime. */
export const RealtimeContext = createContext<RealtimeTransport | null>(null)

export function useRealtimeTransport(): RealtimeTransport | null {
  return useContext(RealtimeContext)
}

/** The connection's status, live; `online` when there is no transport (nothing to lose). */
export function useConnectionStatus(): ConnectionStatus {
  const transport = useRealtimeTransport()
  const [status, setStatus] = useState<ConnectionStatus>('online')
  useEffect(() => transport?.onStatus(setStatus), [transport])
  return status
}
