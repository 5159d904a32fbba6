import { Avatar } from '../../ui/Avatar'
import type { PresentUser } from './presenceState'

/** A row of avatars of people present somewhere, named for screen readers ("In this view: Bob Okafor"). */
export function PeopleHere({ users, label, detail }: { users: readonly PresentUser[]; label: string; detail?: string }) {
  if (users.length === 0) return null
  return (
    <span className="ui-avatar-stack" role="group" aria-label={`${label}: ${users.map((user) => user.name).join(', ')}`} data-people-here={label}>
      {users.map((user) => (
        <Avatar key={user.userId} id={user.userId} name={user.name} size="small" status={user.status} {...(detail ? { detail } : {})} />
      ))}
    </span>
  )
}
