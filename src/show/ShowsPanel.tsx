import type { ModulePanelProps } from '../scheduling/modulePanels'
import { useRefreshingFetch } from '../scheduling/useRefreshingFetch'
import { Button } from '../ui/Button'
import { Callout } from '../ui/Callout'
import { InPlaceLink } from '../ui/InPlaceLink'
import { Spinner } from '../ui/Spinner'
import { formatShowDay } from './formatClockTime'
import { showPath } from './showPath'
import type { ShowMode } from './showTypes'
import './ShowsPanel.css'

interface UpcomingShow {
  id: string
  title: string
  starts_at: string
}

const modes: { mode: ShowMode; label: string }[] = [
  { mode: 'call', label: 'Call' },
  { mode: 'follow', label: 'Follow' },
  { mode: 'display', label: 'Backstage display' },
]

/** How many shows the panel lists: the next few are the ones anyone opens on show day. */
const LISTED = 8

/** The next events with a rundown, each with links to call it, follow it or put it on the backstage monitor. */
export function ShowsPanel({ client, workspaceId, timeZone, revision, navigate }: ModulePanelProps) {
  const { state, reload } = useRefreshingFetch(
    workspaceId,
    async (): Promise<UpcomingShow[]> => {
      const rundowns = await client.from('run_of_show').select('event_id').eq('workspace_id', workspaceId).is('deleted_at', null).limit(5000)
      if (rundowns.error) throw new Error(rundowns.error.message)
      const ids = [...new Set((rundowns.data as { event_id: string }[]).map((row) => row.event_id))]
      if (ids.length === 0) return []
      // From a day back: a show that started this evening is still the one to open.
      const since = new Date(Date.now() - 86_400_000).toISOString()
      const events = await client.from('events').select('id, title, starts_at').in('id', ids).is('deleted_at', null)
        .gte('starts_at', since).order('starts_at').limit(LISTED)
      if (events.error) throw new Error(events.error.message)
      return events.data as UpcomingShow[]
    },
    revision,
  )
  if (state.status === 'loading' || state.status === 'idle') return <Spinner size="small" label="Looking for shows" />
  if (state.status === 'error') {
    return <Callout tone="danger" title="Could not list the shows" actions={<Button onClick={reload}>Try again</Button>}>{state.error}</Callout>
  }
  if (state.value.length === 0) return <p className="ui-muted">No show with a rundown is coming up.</p>
  return (
    <ul className="shows-panel" aria-label="Upcoming shows">
      {state.value.map((show) => (
        <li key={show.id} className="shows-panel__show">
          <span>{show.title}, {formatShowDay(Date.parse(show.starts_at), timeZone)}</span>
          {modes.map(({ mode, label }) => (
            <InPlaceLink key={mode} href={showPath(workspaceId, show.id, mode)} navigate={navigate}>{label}</InPlaceLink>
          ))}
        </li>
      ))}
    </ul>
  )
}
