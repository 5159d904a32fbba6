import { serverNow } from './clockOffset'
import { cueClock } from './cueClock'
import { formatShowTime } from './formatShowTime'
import type { Cue, ShowRuntime } from './showTypes'
import { useNow } from './useNow'

/**
 * The current cue's countdown, large; over time it counts up, marked as over. It keeps its own clock, ticking ten
 * times a second while the show plays (so its second changes within 100 ms of every other screen's), and re-renders
 * alone: the rest of the page moves once a second.
 */
export function CueCountdown({ runtime, cue, offsetMs, size = 'large' }: { runtime: ShowRuntime | null; cue: Cue | null; offsetMs: number; size?: 'large' | 'huge' }) {
  const localNow = useNow(runtime?.state === 'play', 100)
  const clock = cueClock(runtime, cue, serverNow(offsetMs, localNow))
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
