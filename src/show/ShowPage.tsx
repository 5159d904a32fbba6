import { useMemo } from 'react'
import type { CallboardClient } from '../lib/supabase/client'
import { departmentOptions } from '../modules/departments'
import { useRealtimeTransport } from '../realtime/RealtimeContext'
import { useProfileName } from '../realtime/presence/useProfileName'
import { Callout } from '../ui/Callout'
import { InPlaceLink } from '../ui/InPlaceLink'
import { Spinner } from '../ui/Spinner'
import { viewPath } from '../views/engine/viewPath'
import { anchorShow } from './anchorShow'
import { BackstageDisplay } from './BackstageDisplay'
import { CallerDesk } from './CallerDesk'
import { serverNow } from './clockOffset'
import { DepartmentFollow } from './DepartmentFollow'
import { formatShowDay } from './formatClockTime'
import { IncidentButton } from './IncidentButton'
import { projectShow } from './projectShow'
import type { ShowScreenProps } from './ShowScreenProps'
import type { ShowMode } from './showTypes'
import { useNow } from './useNow'
import { useServerClock } from './useServerClock'
import { useShowControls } from './useShowControls'
import { useShowCrew } from './useShowCrew'
import { useShowRuntime } from './useShowRuntime'
import './ShowPage.css'

export interface ShowPageProps {
  client: CallboardClient
  userId: string
  workspaceId: string
  timeZone: string
  eventId: string
  mode: ShowMode
  department: string | null
  /** The URL of this show in another mode (or department). */
  showHref(mode: ShowMode, department?: string | null): string
  navigate(href: string): void
}

const modeLabels: Record<ShowMode, string> = { call: 'Call', follow: 'Follow', display: 'Backstage display' }

/** An event's show, live, as the caller's desk, a department's follow view or the backstage display. */
export function ShowPage({ client, userId, workspaceId, timeZone, eventId, mode, department, showHref, navigate }: ShowPageProps) {
  const transport = useRealtimeTransport()
  const { data, applyRuntime, reload } = useShowRuntime(client, transport, workspaceId, eventId)
  const runtime = data.status === 'ready' ? data.runtime : null
  const clock = useServerClock(client)
  // The page (timings, lateness, the wall clock) moves once a second; the countdown ticks on its own (CueCountdown).
  const localNow = useNow(true, 1000)
  const offsetMs = clock.offsetMs ?? 0
  const nowMs = serverNow(offsetMs, localNow)
  const name = useProfileName(client, userId) ?? 'Someone'
  const callerName = useProfileName(client, runtime?.caller_id ?? userId)
  const me = useMemo(() => ({ userId, name, mode, department: mode === 'follow' ? department : null }), [userId, name, mode, department])
  const crew = useShowCrew(transport, workspaceId, eventId, me)
  const controls = useShowControls(client, eventId, runtime, applyRuntime, reload)

  if (data.status === 'loading') return <main className="show-page show-page--message"><Spinner label="Opening the show" /></main>
  if (data.status === 'error') return <main className="show-page show-page--message"><Callout tone="danger" title="The show could not be opened">{data.error}</Callout></main>
  if (data.status === 'missing') return <main className="show-page show-page--message"><Callout tone="warning" title="No such show">This event does not exist, or you are not a member of its workspace.</Callout></main>

  const run = anchorShow(data.cues, Date.parse(data.event.starts_at), data.runtime, nowMs)
  const projection = projectShow(run.cues, data.runtime, nowMs, run.plannedStartMs)
  const props: ShowScreenProps = {
    client, event: data.event, cues: data.cues, runtime: data.runtime, projection, nowMs, offsetMs, timeZone, userId,
    callerName: data.runtime?.caller_id ? callerName : null, department, controls, screens: crew.screens, acks: crew.acks,
    acknowledge: crew.acknowledge,
  }
  const current = data.cues.find((cue) => cue.id === data.runtime?.current_cue_id) ?? null

  return (
    <main className={`show-page show-page--${mode}`} aria-label={`${data.event.title}: ${modeLabels[mode]}`}
      data-clock-offset-ms={clock.offsetMs ?? undefined} data-runtime-version={data.runtime?.version}>
      <header className="show-page__header">
        <div>
          <p className="show-page__eyebrow">Show · {formatShowDay(Date.parse(data.event.starts_at), timeZone)}{clock.offsetMs === null ? ' · syncing clock…' : ''}</p>
          <h1 className="show-page__title">{data.event.title}</h1>
        </div>
        <nav className="show-page__modes" aria-label="Show screens">
          {(['call', 'follow', 'display'] as const).map((m) => (
            <InPlaceLink key={m} href={showHref(m, m === 'follow' ? department : null)} navigate={navigate} aria-current={m === mode ? 'page' : undefined}>
              {modeLabels[m]}
            </InPlaceLink>
          ))}
          {mode === 'follow' && (
            <select aria-label="Department" value={department ?? ''} onChange={(event) => navigate(showHref('follow', event.target.value || null))}>
              <option value="">Every department</option>
              {departmentOptions.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
            </select>
          )}
        </nav>
        {mode !== 'display' && (
          <IncidentButton client={client} workspaceId={workspaceId} eventId={eventId} department={department} cueTitle={current?.title ?? null}
            incidentHref={(id) => viewPath({ workspaceId, moduleKey: 'incidents', recordId: id })} />
        )}
      </header>
      {mode === 'call' ? <CallerDesk {...props} /> : mode === 'follow' ? <DepartmentFollow {...props} /> : <BackstageDisplay {...props} />}
    </main>
  )
}
