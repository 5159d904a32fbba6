import { lazy, Suspense } from 'react'
import { useNotifications } from '../../realtime/notifications/useNotifications'
import { Popover } from '../../ui/Popover'
import { Spinner } from '../../ui/Spinner'
import { BellIcon } from './BellIcon'
import './NotificationBell.css'

// The list, preferences and their styles are not part of the first screen: they load on first open (or when
// the pointer or focus reaches the bell, so the panel is usually there by the click).
const loadPanel = () => import('./NotificationPanel')
const NotificationPanel = lazy(() => loadPanel().then((m) => ({ default: m.NotificationPanel })))

/** The header's bell: the unread count from the start, live, and the notifications panel under it. */
export function NotificationBell({ userId }: { userId: string }) {
  const notifications = useNotifications(userId)
  const unread = notifications.unreadCount
  const name = unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'

  return (
    <div className="notification-bell" onPointerEnter={() => void loadPanel()} onFocus={() => void loadPanel()}>
      <Popover
        variant="ghost"
        align="end"
        panelLabel="Notifications"
        label={
          <>
            <BellIcon />
            <span className="ui-visually-hidden">{name}</span>
            {unread > 0 && (
              <span className="notification-bell__badge" aria-hidden="true">
                {unread > 99 ? '99+' : unread}
              </span>
            )}
          </>
        }
      >
        {(close) => (
          <Suspense fallback={<Spinner label="Loading notifications" />}>
            <NotificationPanel userId={userId} notifications={notifications} onNavigate={close} />
          </Suspense>
        )}
      </Popover>
    </div>
  )
}
