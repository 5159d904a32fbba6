import { cueClock } from './cueClock'
import { formatShowTime } from './formatShowTime'
import type { Cue, ShowRuntime } from './showTypes'

/** The current cue's countdown, large; over time it counts up, marked as over. */
export function CueCountdown({ runtime, cue, nowMs, size = 'large' }: { runtime: ShowRuntime | null; cue: Cue | null; nowMs: number; size?: 'large' | 'huge' }) {
  const clock = cueClock(runtime, cue, nowMs)
  const over = clock.overMs > 0
  const held = runtime?.state === 'pause'
  return (
    <div className={`show-countdown show-countdown--${size}${over ? ' show-countdown--over' : ''}`} data-testid="cue-countdown">
      <span className="show-countdown__time" aria-label={over ? `${formatShowTime(clock.overMs)} over time` : `${formatShowTime(clock.remainingMs)} left`}>
        {over ? `+${formatShowTime(clock.overMs)}` : formatShowTime(clock.remainingMs)}
      </span>
      {held && <span className="show-countdown__held">Hold</span>}
      {over && !held && <span className="show-countdown__held">Over</span>}
    </div>
  )
}
