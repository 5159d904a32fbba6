import { useMemo, useState } from 'react'
import { listCustomFields } from '../../custom-fields/customFieldsApi'
import { moduleFields } from '../../custom-fields/moduleFields'
import { supabase } from '../../lib/supabase/client'
import { findModuleByTable } from '../../modules/registry'
import { describeActivity } from '../../realtime/activities/describeActivity'
import { noActivityFilter, type ActivityFilter } from '../../realtime/activities/activitySchema'
import { useActivities } from '../../realtime/activities/useActivities'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { SidePanel } from '../../ui/SidePanel'
import { Spinner } from '../../ui/Spinner'
import { useAsync } from '../engine/useAsync'
import { viewPath } from '../engine/viewPath'
import { fetchWorkspaceDirectory } from '../engine/workspaceDirectory'
import { ActivityFilters } from './ActivityFilters'
import { ActivityItem } from './ActivityItem'
import './ActivityItem.css'

export interface ActivityFeedPanelProps {
  workspaceId: string
  /** In-app navigation to a record's link (the panel then closes). */
  navigate(path: string): void
  onClose(): void
}

/** What happened in the workspace, newest first and live, filtered by person, module and action; each entry opens its record. */
export function ActivityFeedPanel({ workspaceId, navigate, onClose }: ActivityFeedPanelProps) {
  const [filter, setFilter] = useState<ActivityFilter>(noActivityFilter)
  const query = useMemo(() => ({ scope: 'workspace' as const, workspaceId, filter }), [workspaceId, filter])
  const feed = useActivities(query)
  const directory = useAsync(`directory:${workspaceId}`, () => fetchWorkspaceDirectory(supabase, workspaceId))
  const customFields = useAsync(`fields:${workspaceId}`, () => listCustomFields(supabase, workspaceId))
  const members = useMemo(() => (directory.status === 'ready' ? directory.value.members : []), [directory])
  const names = useMemo(() => new Map(members.map((member) => [member.id, member.name])), [members])
  const rows = customFields.status === 'ready' ? customFields.value : null

  const describe = useMemo(() => {
    const fieldsByTable = new Map<string, ReturnType<typeof moduleFields>>()
    return (activity: Parameters<typeof describeActivity>[0]) => {
      const module = findModuleByTable(activity.entity_type)
      let fields = fieldsByTable.get(activity.entity_type)
      if (!fields) fieldsByTable.set(activity.entity_type, (fields = module ? moduleFields(module, rows ?? []) : []))
      return describeActivity(activity, { personName: (id) => names.get(id), fields, singular: module?.singular.toLowerCase() ?? 'record', withTitle: true })
    }
  }, [names, rows])

  const hrefOf = (activity: { entity_type: string; entity_id: string | null }) => {
    const module = findModuleByTable(activity.entity_type)
    return module && activity.entity_id ? viewPath({ workspaceId, moduleKey: module.key, recordId: activity.entity_id }) : null
  }

  return (
    <SidePanel title="Activity" onClose={onClose}>
      <ActivityFilters filter={filter} members={members} onChange={setFilter} />
      {feed.error && (
        <Callout tone="danger" actions={<Button onClick={feed.reload}>Try again</Button>}>
          {feed.error}
        </Callout>
      )}
      {feed.status === 'loading' && <Spinner label="Loading activity" />}
      {feed.status === 'ready' && feed.items.length === 0 && <p className="ui-muted">No activity matches these filters.</p>}
      {feed.items.length > 0 && (
        <ol className="activity-list" aria-label="Workspace activity">
          {feed.items.map((activity) => (
            <ActivityItem
              key={activity.id}
              activity={activity}
              description={describe(activity)}
              href={hrefOf(activity)}
              onNavigate={(href) => {
                navigate(href)
                onClose()
              }}
            />
          ))}
        </ol>
      )}
      {feed.hasMore && (
        <Button variant="ghost" busy={feed.loadingMore} onClick={feed.loadMore}>
          Show older
        </Button>
      )}
    </SidePanel>
  )
}
