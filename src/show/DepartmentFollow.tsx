import { Button } from '../ui/Button'
import { CueCountdown } from './CueCountdown'
import { concerns, departmentCue, departmentLabel } from './departmentCue'
import { RundownList } from './RundownList'
import type { ShowScreenProps } from './ShowScreenProps'

/**
 * One department's view of the show: the running cue, the department's next cue with its own number and standby
 * note, "Standing by" to tell the caller, and the department's cues in order.
 */
export function DepartmentFollow({ cues, runtime, projection, offsetMs, timeZone, department, acks, userId, acknowledge, callerName }: ShowScreenProps) {
  const current = cues.find((cue) => cue.id === runtime?.current_cue_id) ?? null
  const currentIndex = current ? cues.indexOf(current) : -1
  // The department's next cue: the first after the running one that concerns it (from the top when armed).
  const next = cues.slice(currentIndex + 1).find((cue) => concerns(cue, department)) ?? null
  const acknowledged = next !== null && acks.some((ack) => ack.cueId === next.id && ack.userId === userId && ack.department === department)
  const number = (cue: typeof next) => (cue && department ? departmentCue(cue, department) : null)

  return (
    <div className="show-follow">
      <p className="show-follow__who">
        Following as {departmentLabel(department)} · {callerName ? `called by ${callerName}` : 'no caller yet'}
      </p>
      <section className={`show-cue show-cue--current${current && !concerns(current, department) ? ' show-cue--other' : ''}`} aria-label="Current cue">
        <p className="show-cue__label">{runtime?.state === 'stop' ? 'Show over' : current ? 'Now' : 'Waiting for GO'}</p>
        <h2 className="show-cue__title">{current?.title ?? 'Not started'}</h2>
        {number(current) && <p className="show-cue__numbers">{number(current)}</p>}
        <CueCountdown runtime={runtime} cue={current} offsetMs={offsetMs} />
      </section>
      <section className="show-cue show-cue--next" aria-label="Your next cue">
        <p className="show-cue__label">Your next cue</p>
        <h2 className="show-cue__title">{next?.title ?? 'Nothing more for you'}</h2>
        {number(next) && <p className="show-cue__numbers">{number(next)}</p>}
        {next?.standby_note && <p className="show-cue__note">Standby: {next.standby_note}</p>}
        {next && department && (
          <Button variant={acknowledged ? 'secondary' : 'primary'} disabled={acknowledged} onClick={() => acknowledge(next.id)}>
            {acknowledged ? 'Standing by ✓' : 'Standing by'}
          </Button>
        )}
      </section>
      <RundownList cues={cues} projection={projection} timeZone={timeZone} department={department} />
    </div>
  )
}
