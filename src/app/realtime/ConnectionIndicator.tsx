import { useConnectionStatus } from '../../realtime/RealtimeContext'
import type { ConnectionStatus } from '../../realtime/RealtimeTransport'
import './ConnectionIndicator.css'

const labels: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  online: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline: changes will show when the connection is back',
}

/** Whether what you see is live: a dot and a word, announced politely when it changes. */
export function ConnectionIndicator() {
  const status = useConnectionStatus()
  return (
    <span className={`connection-indicator connection-indicator--${status}`} role="status" aria-live="polite" data-connection={status}>
      <span className="connection-indicator__dot" aria-hidden="true" />
      {labels[status]}
    </span>
  )
}
