import type { Cue, ShowRuntime } from './showTypes'

/** How far from its scheduled start a run still counts as the show itself rather than a rehearsal or a test. */
export const SHOW_DAY_WINDOW_MS = 12 * 3_600_000

/**
 * The start a run is timed against, and the cues with their hard starts on that footing. On show day (the first GO,
 * or now while armed, within 12 h of the event's start) that is the event's start: a late curtain up is late. A run
 * on another day (a dress run, a test the day before) is timed from its own first GO, or from now while armed, and
 * its hard starts move with it, so it is not "three days early" and no hard start three days off holds it up.
 */
export function anchorShow(cues: readonly Cue[], eventStartMs: number, runtime: ShowRuntime | null, nowMs: number): { plannedStartMs: number; cues: readonly Cue[] } {
  const startedMs = runtime?.show_started_at ? Date.parse(runtime.show_started_at) : nowMs
  if (Math.abs(startedMs - eventStartMs) <= SHOW_DAY_WINDOW_MS) return { plannedStartMs: eventStartMs, cues }
  const shiftMs = startedMs - eventStartMs
  return {
    plannedStartMs: startedMs,
    cues: cues.map((cue) => (cue.hard_start_at === null ? cue : { ...cue, hard_start_at: new Date(Date.parse(cue.hard_start_at) + shiftMs).toISOString() })),
  }
}
