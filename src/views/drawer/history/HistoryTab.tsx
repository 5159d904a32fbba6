import { useMemo } from 'react'
import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import { useWorkspaceMembers } from '../../../custom-fields/person/WorkspaceMembersProvider'
import type { ModuleDefinition } from '../../../modules/ModuleDefinition'
import { describeActivity } from '../../../realtime/activities/describeActivity'
import { useActivities } from '../../../realtime/activities/useActivities'
import { Button } from '../../../ui/Button'
import { Callout } from '../../../ui/Callout'
import { Spinner } from '../../../ui/Spinner'
import { ActivityItem } from '../../activity/ActivityItem'
import '../../activity/ActivityItem.css'

export interface HistoryTabProps {
  workspaceId: string | null
  module: ModuleDefinition
  fields: readonly FieldDefinition[]
  recordId: string
}

/** Everything that happened to the record, newest first and live: created, each field's change, comments, deletes. */
export function HistoryTab({ workspaceId, module, fields, recordId }: HistoryTabProps) {
  const query = useMemo(() => (workspaceId ? { scope: 'record' as const, workspaceId, table: module.table, recordId } : null), [workspaceId, module.table, recordId])
  const history = useActivities(query)
  const members = useWorkspaceMembers()
  const context = useMemo(
    () => ({ personName: (id: string) => members.byId.get(id)?.name, fields, singular: module.singular.toLowerCase(), withTitle: false }),
    [members, fields, module.singular],
  )

  return (
    <div className="record-history">
      {history.error && (
        <Callout tone="danger" actions={<Button onClick={history.reload}>Try again</Button>}>
          {history.error}
        </Callout>
      )}
      {history.status === 'loading' && <Spinner label="Loading history" />}
      {history.status === 'ready' && history.items.length === 0 && <p className="ui-muted">No history yet.</p>}
      {history.items.length > 0 && (
        <ol className="activity-list" aria-label="History">
          {history.items.map((activity) => (
            <ActivityItem key={activity.id} activity={activity} description={describeActivity(activity, context)} />
          ))}
        </ol>
      )}
      {history.hasMore && (
        <Button variant="ghost" busy={history.loadingMore} onClick={history.loadMore}>
          Show older
        </Button>
      )}
    </div>
  )
}
