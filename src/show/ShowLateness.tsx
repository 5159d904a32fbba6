import type { CallboardClient } from '../lib/supabase/client'
import { formatClockTime } from './formatClockTime'
import { formatShowTime } from './formatShowTime'
import type { ShowProjection } from './projectShow'
import { useRunningLate } from './useRunningLate'
import type { Cue } from './showTypes'

/**
 * Over or under for the show (the projected end against the planned one), the hard starts that can no longer be
 * made, and, when late, what it costs the crew in overtime.
 */
export function ShowLateness({ client, eventId, cues, projection, timeZone, showCrewCost }: {
  client: CallboardClient
  eventId: string
  cues: Cue[]
  projection: ShowProjection
  timeZone: string
  showCrewCost: boolean
}) {
  const late = projection.lateMs
  const minutes = Math.round(Math.abs(late) / 60_000)
  const missed = projection.cues.filter((p) => p.hardStartMissedByMs !== null)
  const titles = new Map(cues.map((cue) => [cue.id, cue.title]))
  return (
    <section className="show-lateness" aria-label="Show timing">
      <p className={`show-lateness__status show-lateness__status--${late > 59_000 ? 'late' : late < -59_000 ? 'early' : 'on-time'}`}>
        {minutes === 0 ? 'On time' : late > 0 ? `Running ${minutes} min late` : `Running ${minutes} min early`}
        <span className="show-lateness__end"> · ends {formatClockTime(projection.expectedEndMs, timeZone)} (planned {formatClockTime(projection.plannedEndMs, timeZone)})</span>
      </p>
      {missed.map((p) => (
        <p key={p.id} className="show-lateness__missed" role="alert">
          Hard start missed: {titles.get(p.id)} by {formatShowTime(p.hardStartMissedByMs!)}
        </p>
      ))}
      {showCrewCost && <CrewCost client={client} eventId={eventId} lateMs={late} minutes={minutes} />}
    </section>
  )
}

function CrewCost({ client, eventId, lateMs, minutes }: { client: CallboardClient; eventId: string; lateMs: number; minutes: number }) {
  const state = useRunningLate(client, eventId, lateMs)
  if (state.status !== 'ready') return state.status === 'error' ? <p className="show-lateness__cost">Crew overtime unknown: {state.error}</p> : null
  const { intoOvertime, deeper } = state.value
  if (intoOvertime.length === 0 && deeper.length === 0) return <p className="show-lateness__cost">Crew: {minutes} min more, and still no one in overtime</p>
  const names = [...intoOvertime, ...deeper].map((c) => c.full_name).join(', ')
  return (
    <p className="show-lateness__cost">
      Crew: {intoOvertime.length} {intoOvertime.length === 1 ? 'person' : 'people'} into overtime
      {deeper.length > 0 && `, ${deeper.length} more in overtime`} ({names})
    </p>
  )
}
