import { CueCountdown } from './CueCountdown'
import { formatClockTime } from './formatClockTime'
import type { ShowScreenProps } from './ShowScreenProps'

/** The monitor backstage: the running cue and its countdown, large, what comes next, and the clock. Read only. */
export function BackstageDisplay({ event, cues, runtime, projection, nowMs, offsetMs, timeZone }: ShowScreenProps) {
  const current = cues.find((cue) => cue.id === runtime?.current_cue_id) ?? null
  const next = cues.find((cue) => cue.id === projection.nextCueId) ?? null
  const late = Math.round(projection.lateMs / 60_000)
  return (
    <div className="show-display">
      <p className="show-display__clock">{formatClockTime(nowMs, timeZone)}</p>
      <h2 className="show-display__title">{current?.title ?? (runtime?.state === 'stop' ? 'Show over' : event.title)}</h2>
      <CueCountdown runtime={runtime} cue={current} offsetMs={offsetMs} size="huge" />
      <p className="show-display__next">{next ? `Next: ${next.title}` : ''}</p>
      <p className="show-display__late">{late > 0 ? `${late} min late` : late < 0 ? `${-late} min early` : 'On time'}</p>
    </div>
  )
}
