import { PeopleHere } from './PeopleHere'
import { useOthersInView, useOthersPresent } from './PresenceContext'

// Each reads presence itself, so a presence change re-renders these few avatars, not the page around them.

/** Everyone else in the workspace. */
export function WorkspacePeopleHere() {
  return <PeopleHere users={useOthersPresent()} label="In this workspace" />
}

/** Everyone else in this view, in a row of its own when there is anyone. */
export function ViewPeopleHere({ viewId }: { viewId: string }) {
  const users = useOthersInView(viewId)
  if (users.length === 0) return null
  return (
    <div className="view-mount__presence">
      <PeopleHere users={users} label="In this view" />
    </div>
  )
}
