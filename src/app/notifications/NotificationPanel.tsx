import { useEffect } from 'react'
import type { Notifications } from '../../realtime/notifications/useNotifications'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { Spinner } from '../../ui/Spinner'
import { NotificationItem } from './NotificationItem'
import { NotificationPreferences } from './NotificationPreferences'
import { useActorNames } from './useActorNames'
import { useNow } from './useNow'
import './NotificationPanel.css'

export interface NotificationPanelProps {
  userId: string
  notifications: Notifications
  /** A notification was opened: the popover closes. */
  onNavigate(): void
}

/** The bell's panel: the list (read and unread, newest first), mark all read, paging and the mute settings. */
export function NotificationPanel({ userId, notifications, onNavigate }: NotificationPanelProps) {
  const { items, unreadCount, listStatus, hasMore, writeError, openList, loadMore, setRead, markAllRead, dismissError } = notifications
  const names = useActorNames(items.flatMap((item) => (item.actor_id ? [item.actor_id] : [])))
  const now = useNow()

  useEffect(() => openList(), [openList])

  return (
    <div className="notification-panel">
      <div className="notification-panel__header">
        <h2 className="notification-panel__title">Notifications</h2>
        <Button variant="ghost" disabled={unreadCount === 0} onClick={markAllRead}>
          Mark all read
        </Button>
      </div>
      {writeError && (
        <Callout tone="danger" actions={<Button onClick={dismissError}>Dismiss</Button>}>
          {writeError}
        </Callout>
      )}
      {listStatus === 'error' && (
        <Callout tone="danger" title="Could not load notifications" actions={<Button onClick={openList}>Try again</Button>} />
      )}
      {listStatus === 'loading' && items.length === 0 && <Spinner label="Loading notifications" />}
      {listStatus === 'ready' && items.length === 0 && (
        <p className="notification-panel__empty">No notifications yet. Mentions, assignments and changes to your records will show here.</p>
      )}
      {items.length > 0 && (
        <ul className="notification-panel__list" aria-label="Notifications">
          {items.map((item) => (
            <NotificationItem
              key={item.id}
              notification={item}
              actorName={item.actor_id ? (names.get(item.actor_id) ?? null) : null}
              now={now}
              onOpen={() => {
                setRead(item.id, true)
                onNavigate()
              }}
              onSetRead={(read) => setRead(item.id, read)}
            />
          ))}
        </ul>
      )}
      {hasMore && (
        <Button variant="ghost" className="notification-panel__more" busy={listStatus === 'loading'} onClick={loadMore}>
          Show older
        </Button>
      )}
      <NotificationPreferences userId={userId} />
    </div>
  )
}
