import type { Cue, ShowRuntime } from './showTypes'

/** The current cue's clock: how long it has run and how much of its time is left, all in database time. */
export interface CueClock {
  elapsedMs: number
  /** Planned plus added time minus elapsed; negative once the cue is over time. */
  remainingMs: number
  /** How far past its time the cue is (0 while time remains). */
  overMs: number
  /** True only while the show plays: a screen animates the clock then, and holds it otherwise. */
  running: boolean
}

/**
 * The countdown of `cue` under `runtime` at `serverNowMs` (the database's clock, see serverNow): remaining =
 * planned_seconds + added_seconds − (now − cue_started_at), with now held at paused_at while paused and at the stop
 * once the show is over (stopTimeMs).
 *
 * A cue that is not the runtime's current one, an armed show, or no runtime shows the cue's full planned time:
 * the runtime's start and added time belong to its current cue only, and a screen whose cue list lags the runtime
 * by a moment must not count another cue down from the wrong start.
 */
export function cueClock(runtime: ShowRuntime | null, cue: Cue | null, serverNowMs: number): CueClock {
  const plannedMs = cue ? cue.planned_seconds * 1000 : 0
  if (!runtime || !cue || runtime.current_cue_id !== cue.id || runtime.cue_started_at === null) return idle(plannedMs)
  const heldAt = clockReading(runtime, serverNowMs)
  if (heldAt === null) return idle(plannedMs)
  // Never below zero: a clock offset a few milliseconds off right after GO would otherwise show more than the cue's
  // time (and, rounded up on a stage clock, a second too many).
  const elapsedMs = Math.max(0, heldAt - Date.parse(runtime.cue_started_at))
  const remainingMs = plannedMs + runtime.added_seconds * 1000 - elapsedMs
  return { elapsedMs, remainingMs, overMs: Math.max(0, -remainingMs), running: runtime.state === 'play' }
}

/** The instant the cue's clock reads: now while playing, held while paused or stopped; null when nothing runs. */
function clockReading(runtime: ShowRuntime, serverNowMs: number): number | null {
  switch (runtime.state) {
    case 'play':
      return serverNowMs
    case 'pause':
      // show_control always sets paused_at with the pause; now is only a fallback for a row written some other way.
      return runtime.paused_at === null ? serverNowMs : Date.parse(runtime.paused_at)
    case 'stop':
      return stopTimeMs(runtime)
    default:
      return null
  }
}

function idle(plannedMs: number): CueClock {
  return { elapsedMs: 0, remainingMs: plannedMs, overMs: 0, running: false }
}

/**
 * When a stopped show stopped: the database holds it in paused_at (the pause it was stopped from, or the moment of
 * the stop); updated_at only for a row stopped before it did, since later presses (a new caller) move updated_at.
 */
export function stopTimeMs(runtime: ShowRuntime): number {
  return Date.parse(runtime.paused_at ?? runtime.updated_at)
}
