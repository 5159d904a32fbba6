import type { MouseEvent } from 'react'
import { isPlainLeftClick } from '../../lib/isPlainLeftClick'
import type { ActivityRow } from '../../realtime/activities/activitySchema'
import type { ActivityDescription } from '../../realtime/activities/describeActivity'
import { formatWhen } from './formatWhen'

export interface ActivityItemProps {
  activity: ActivityRow
  description: ActivityDescription
  /** The record's link (the feed); the record's own history has none. */
  href?: string | null
  onNavigate?(href: string): void
}

/** One activity: the sentence, each field's change old → new, a comment's excerpt, and when. */
export function ActivityItem({ activity, description, href, onNavigate }: ActivityItemProps) {
  const excerpt = activity.action === 'commented' ? activity.metadata?.excerpt : undefined
  const showDiff = activity.action === 'updated' && description.changes.length > 1

  function follow(event: MouseEvent<HTMLAnchorElement>) {
    if (!href || !onNavigate || !isPlainLeftClick(event)) return
    event.preventDefault()
    onNavigate(href)
  }

  return (
    <li className="activity-item" data-action={activity.action}>
      <p className="activity-item__text">{href ? <a href={href} onClick={follow}>{description.text}</a> : description.text}</p>
      {showDiff && (
        <ul className="activity-item__changes" aria-label="Changes">
          {description.changes.map((change) => (
            <li key={change.key}>
              <span className="activity-item__field">{change.label}</span>: <del>{change.from ?? 'empty'}</del> → <ins>{change.to ?? 'empty'}</ins>
            </li>
          ))}
        </ul>
      )}
      {excerpt && <blockquote className="activity-item__excerpt">{excerpt}</blockquote>}
      <time className="activity-item__time" dateTime={activity.created_at}>
        {formatWhen(activity.created_at)}
      </time>
    </li>
  )
}
