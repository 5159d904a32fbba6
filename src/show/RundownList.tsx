import { concerns, cueNumbers, departmentCue, departmentLabel } from './departmentCue'
import { formatClockTime } from './formatClockTime'
import { formatShowTime } from './formatShowTime'
import type { ShowProjection } from './projectShow'
import type { Cue } from './showTypes'

/** The rundown in running order with each cue's expected start, done cues dimmed, the current one marked. */
export function RundownList({ cues, projection, timeZone, department }: { cues: Cue[]; projection: ShowProjection; timeZone: string; department: string | null }) {
  const projected = new Map(projection.cues.map((p) => [p.id, p]))
  const shown = cues.filter((cue) => concerns(cue, department))
  return (
    <ol className="show-rundown" aria-label={department ? `${departmentLabel(department)} cues` : 'Rundown'}>
      {shown.map((cue) => {
        const p = projected.get(cue.id)
        const number = department ? departmentCue(cue, department) : cueNumbers(cue).join(' · ')
        return (
          <li key={cue.id} className={`show-rundown__cue show-rundown__cue--${p?.status ?? 'upcoming'}`} aria-current={p?.status === 'current' ? 'step' : undefined}>
            <span className="show-rundown__time">{p ? formatClockTime(p.expectedStartMs, timeZone) : ''}</span>
            <span className="show-rundown__title">{cue.title}</span>
            <span className="show-rundown__number">{number}</span>
            <span className="show-rundown__length">{formatShowTime(cue.planned_seconds * 1000)}</span>
            {p?.hardStartMissedByMs != null && <span className="show-rundown__missed">hard start missed</span>}
          </li>
        )
      })}
    </ol>
  )
}
