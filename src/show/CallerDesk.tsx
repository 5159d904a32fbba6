import { useEffect, useRef } from 'react'
import { Button } from '../ui/Button'
import { Callout } from '../ui/Callout'
import { CueCountdown } from './CueCountdown'
import { cueNumbers, departmentLabel } from './departmentCue'
import { RundownList } from './RundownList'
import { ShowLateness } from './ShowLateness'
import type { ShowScreenProps } from './ShowScreenProps'

/** Whether a key press belongs to a field (Space types a space there, it does not call GO). */
function typingInto(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

/**
 * The stage manager's desk: the seat (claim, take over, hand back), GO / back / hold / resume / time / stop / arm
 * with Space as GO, the current cue counting down, the next cue with its standby and who has acknowledged it, and
 * how late the show runs. Only the seat's holder can press; the database refuses anyone else.
 */
export function CallerDesk(props: ShowScreenProps) {
  const { client, event, cues, runtime, projection, offsetMs, timeZone, userId, callerName, controls, acks, screens } = props
  const isCaller = runtime?.caller_id === userId
  const state = runtime?.state ?? 'armed'
  const current = cues.find((cue) => cue.id === runtime?.current_cue_id) ?? null
  const next = cues.find((cue) => cue.id === projection.nextCueId) ?? null
  const canGo = isCaller && state !== 'stop' && next !== null

  // Space = GO, for the caller, anywhere on the page but in a field; a held key does not repeat GOs.
  const press = useRef(controls.press)
  press.current = controls.press
  useEffect(() => {
    if (!canGo) return
    const onKey = (event: KeyboardEvent) => {
      if (event.code !== 'Space' || event.repeat || typingInto(event.target) || event.metaKey || event.ctrlKey || event.altKey) return
      event.preventDefault()
      void press.current('go')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [canGo])

  const standing = next ? acks.filter((ack) => ack.cueId === next.id) : []
  // Everyone else's screens, as Shoflo's live list has them: who, and on what.
  const followers = screens.filter((screen) => screen.mode !== 'call')
  const screenLabel = (screen: (typeof screens)[number]) =>
    screen.mode === 'display' ? 'backstage display' : departmentLabel(screen.department).toLowerCase()
  const awaited = next ? next.departments.filter((d) => !standing.some((ack) => ack.department === d)) : []

  return (
    <div className="show-desk">
      <section className="show-desk__seat" aria-label="Show caller">
        {isCaller ? (
          <>
            <span>You are calling this show.</span>
            <Button variant="ghost" busy={controls.pending === 'release'} onClick={() => void controls.release()}>Hand back</Button>
          </>
        ) : runtime?.caller_id ? (
          <>
            <span>{callerName ?? 'Someone'} is calling this show.</span>
            <Button busy={controls.pending === 'claim'} onClick={() => void controls.claim(true)}>Take over</Button>
          </>
        ) : (
          <>
            <span>Nobody is calling this show.</span>
            <Button variant="primary" busy={controls.pending === 'claim'} onClick={() => void controls.claim(false)}>Call this show</Button>
          </>
        )}
      </section>
      {controls.error && <Callout tone="danger" title="Not done">{controls.error}</Callout>}

      <div className="show-desk__cues">
        <section className="show-cue show-cue--current" aria-label="Current cue">
          <p className="show-cue__label">{state === 'armed' ? 'Armed: waiting for the first GO' : state === 'stop' ? 'Show over' : 'Now'}</p>
          <h2 className="show-cue__title">{current?.title ?? event.title}</h2>
          {current && <p className="show-cue__numbers">{cueNumbers(current).join(' · ')}</p>}
          {current?.go_note && <p className="show-cue__note">{current.go_note}</p>}
          <CueCountdown runtime={runtime} cue={current} offsetMs={offsetMs} />
        </section>
        <section className="show-cue show-cue--next" aria-label="Next cue">
          <p className="show-cue__label">Next</p>
          <h2 className="show-cue__title">{next?.title ?? 'Nothing after this'}</h2>
          {next && <p className="show-cue__numbers">{cueNumbers(next).join(' · ')}</p>}
          {next?.standby_note && <p className="show-cue__note">Standby: {next.standby_note}</p>}
          {next && (
            <ul className="show-acks" aria-label="Standing by">
              {standing.map((ack) => (
                <li key={`${ack.userId}:${ack.department}`} className="show-acks__ack">✓ {departmentLabel(ack.department)} ({ack.name})</li>
              ))}
              {awaited.map((department) => (
                <li key={department} className="show-acks__awaited">… {departmentLabel(department)}</li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div className="show-desk__controls" role="group" aria-label="Show controls">
        <Button className="show-go" variant="primary" disabled={!canGo} busy={controls.pending === 'go'} onClick={() => void controls.press('go')}
          aria-keyshortcuts="Space">
          GO
        </Button>
        <Button disabled={!isCaller || !current || state === 'stop'} busy={controls.pending === 'back'} onClick={() => void controls.press('back')}>Back</Button>
        {state === 'pause' ? (
          <Button disabled={!isCaller} busy={controls.pending === 'resume'} onClick={() => void controls.press('resume')}>Resume</Button>
        ) : (
          <Button disabled={!isCaller || state !== 'play'} busy={controls.pending === 'pause'} onClick={() => void controls.press('pause')}>Hold</Button>
        )}
        <Button disabled={!isCaller || !current || state === 'stop'} busy={controls.pending === 'add_time'} onClick={() => void controls.press('add_time', 60)}>+1 min</Button>
        <Button disabled={!isCaller || !current || state === 'stop'} onClick={() => void controls.press('add_time', -60)}>−1 min</Button>
        <Button disabled={!isCaller || state === 'stop' || state === 'armed'} busy={controls.pending === 'stop'} onClick={() => void controls.press('stop')}>Stop</Button>
        <Button disabled={!isCaller || state === 'armed'} busy={controls.pending === 'arm'} onClick={() => void controls.press('arm')}>Reset</Button>
      </div>
      <p className="show-desk__followers" aria-label="Following">
        {followers.length === 0 ? 'Nobody is following yet.' : `Following: ${followers.map((s) => `${s.name} (${screenLabel(s)})`).join(', ')}`}
      </p>

      <ShowLateness client={client} eventId={event.id} cues={cues} projection={projection} timeZone={timeZone} showCrewCost />
      <RundownList cues={cues} projection={projection} timeZone={timeZone} department={null} />
    </div>
  )
}
