import type { NotificationRow } from '../../realtime/notifications/notificationSchema'
import { Avatar } from '../../ui/Avatar'
import { Button } from '../../ui/Button'
import { classNames } from '../../ui/classNames'
import { RouteLink } from '../routing/RouteLink'
import { notificationHref } from './notificationHref'
import { relativeTime } from './relativeTime'

export interface NotificationItemProps {
  notification: NotificationRow
  actorName: string | null
  now: Date
  /** Clicked: mark it read (when unread) and go to what it is about. */
  onOpen(): void
  onSetRead(read: boolean): void
}

/** One notification: what happened, who did it, when, whether it is unread, and a link to the record. */
export function NotificationItem({ notification, actorName, now, onOpen, onSetRead }: NotificationItemProps) {
  const unread = notification.read_at === null
  const href = notificationHref(notification)
  const body = (
    <>
      <span className="notification-item__title">
        {unread && <span className="ui-visually-hidden">Unread: </span>}
        {notification.title}
      </span>
      {notification.message && <span className="notification-item__message">{notification.message}</span>}
      <span className="notification-item__meta">
        {actorName && <span>{actorName}</span>}
        <time dateTime={notification.created_at} title={new Date(notification.created_at).toLocaleString()}>
          {relativeTime(notification.created_at, now)}
        </time>
      </span>
    </>
  )

  return (
    <li className={classNames('notification-item', unread && 'notification-item--unread')} data-notification-id={notification.id}>
      <span className="notification-item__marker" aria-hidden="true" />
      {notification.actor_id && actorName ? (
        <Avatar id={notification.actor_id} name={actorName} size="small" />
      ) : (
        <span className="notification-item__avatar-space" aria-hidden="true" />
      )}
      {href ? (
        <RouteLink className="notification-item__body" href={href} onClick={onOpen}>
          {body}
        </RouteLink>
      ) : (
        <button type="button" className="notification-item__body" onClick={onOpen}>
          {body}
        </button>
      )}
      <Button variant="ghost" className="notification-item__toggle" onClick={() => onSetRead(unread)} aria-label={`${unread ? 'Mark read' : 'Mark unread'}: ${notification.title}`}>
        {unread ? 'Mark read' : 'Mark unread'}
      </Button>
    </li>
  )
}
