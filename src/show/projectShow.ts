import { cueClock, stopTimeMs } from './cueClock'
import type { Cue, ShowRuntime } from './showTypes'

/** One cue of the rundown on the planned and on the expected (live) timeline, in database milliseconds. */
export interface ProjectedCue {
  id: string
  status: 'done' | 'current' | 'upcoming'
  plannedStartMs: number
  expectedStartMs: number
  expectedEndMs: number
  /** How late an upcoming hard cue will begin after its hard_start_at; null when it makes it, or is not hard/upcoming. */
  hardStartMissedByMs: number | null
}

/** Where the show stands against its plan: each cue, when it ends as planned and as it goes, and what GO starts next. */
export interface ShowProjection {
  cues: ProjectedCue[]
  plannedEndMs: number
  expectedEndMs: number
  /** expectedEndMs − plannedEndMs: positive when running late, negative when early. */
  lateMs: number
  /** The cue GO would start; null when there is none or the show is over. */
  nextCueId: string | null
}

interface Slot {
  startMs: number
  endMs: number
}

/**
 * The planned and expected timeline of `cues` (already filtered and in running order) under `runtime` at
 * `serverNowMs`, for a show scheduled to start at `plannedStartMs`.
 *
 * Planned: each cue follows the one before from plannedStartMs; a hard cue waits for its hard_start_at when the chain
 * reaches it early. Expected: cues before the current one are done, and keep their planned times (the runtime holds
 * only the current cue's start, so when earlier cues really ran is not known here); the current cue ends when its
 * countdown runs out, never before now; the rest chain on from there, hard cues waiting as planned or flagged when
 * they can no longer make their time.
 *
 * Armed (or no runtime): nothing has run, so the show can begin no earlier than now; an armed show past its start
 * already projects late. Playing or paused with a current cue that is not in the list (deleted meanwhile): the same,
 * from now (the list no longer says where the deleted cue stood; show_control's GO goes on from its place).
 * Stopped: the show ended at the stop (stopTimeMs); the cues up to the current one are done, the current one ran
 * from cue_started_at to the stop, and the cues after it stay upcoming on their planned times, since nothing will
 * run them; GO is refused until re-armed.
 */
export function projectShow(cues: readonly Cue[], runtime: ShowRuntime | null, serverNowMs: number, plannedStartMs: number): ShowProjection {
  const planned = plannedSchedule(cues, plannedStartMs)
  const plannedEndMs = planned.at(-1)?.endMs ?? plannedStartMs
  if (cues.length === 0) return { cues: [], plannedEndMs, expectedEndMs: plannedStartMs, lateMs: 0, nextCueId: null }

  const currentIndex = runtime?.current_cue_id == null ? -1 : cues.findIndex((cue) => cue.id === runtime.current_cue_id)
  let projected: ProjectedCue[]
  let expectedEndMs: number
  let nextCueId: string | null

  if (runtime?.state === 'stop') {
    const stopMs = stopTimeMs(runtime)
    projected = cues.map((cue, index) => {
      const plan = planned[index]!
      if (index > currentIndex) return unrun(cue, plan, 'upcoming')
      if (index < currentIndex) return unrun(cue, plan, 'done')
      const startMs = runtime.cue_started_at === null ? plan.startMs : Date.parse(runtime.cue_started_at)
      return { id: cue.id, status: 'done', plannedStartMs: plan.startMs, expectedStartMs: startMs, expectedEndMs: stopMs, hardStartMissedByMs: null }
    })
    expectedEndMs = stopMs
    nextCueId = null
  } else if ((runtime?.state === 'play' || runtime?.state === 'pause') && currentIndex >= 0) {
    const current = cues[currentIndex]!
    const plan = planned[currentIndex]!
    const startMs = runtime.cue_started_at === null ? serverNowMs : Date.parse(runtime.cue_started_at)
    // The countdown is held while paused, so the paused time is added on; and a cue over time ends no earlier than now.
    const endMs = serverNowMs + Math.max(0, cueClock(runtime, current, serverNowMs).remainingMs)
    projected = [
      ...cues.slice(0, currentIndex).map((cue, index) => unrun(cue, planned[index]!, 'done')),
      { id: current.id, status: 'current', plannedStartMs: plan.startMs, expectedStartMs: startMs, expectedEndMs: endMs, hardStartMissedByMs: null },
      ...chainUpcoming(cues, planned, currentIndex + 1, endMs),
    ]
    expectedEndMs = projected.at(-1)!.expectedEndMs
    nextCueId = cues[currentIndex + 1]?.id ?? null
  } else {
    const running = runtime?.state === 'play' || runtime?.state === 'pause'
    projected = chainUpcoming(cues, planned, 0, running ? serverNowMs : Math.max(plannedStartMs, serverNowMs))
    expectedEndMs = projected.at(-1)!.expectedEndMs
    nextCueId = cues[0]!.id
  }

  return { cues: projected, plannedEndMs, expectedEndMs, lateMs: expectedEndMs - plannedEndMs, nextCueId }
}

/** The cues' planned slots: one after another, a hard cue held back to its time when the chain gets there early. */
function plannedSchedule(cues: readonly Cue[], plannedStartMs: number): Slot[] {
  const slots: Slot[] = []
  let chainMs = plannedStartMs
  for (const cue of cues) {
    const hardMs = hardStartMs(cue)
    const startMs = hardMs === null ? chainMs : Math.max(chainMs, hardMs)
    chainMs = startMs + cue.planned_seconds * 1000
    slots.push({ startMs, endMs: chainMs })
  }
  return slots
}

/** cues[from..] as upcoming, one after another from `startMs`, each hard cue waiting for its time or flagged as missing it. */
function chainUpcoming(cues: readonly Cue[], planned: readonly Slot[], from: number, startMs: number): ProjectedCue[] {
  const projected: ProjectedCue[] = []
  let chainMs = startMs
  for (let index = from; index < cues.length; index++) {
    const cue = cues[index]!
    const hardMs = hardStartMs(cue)
    const expectedStartMs = hardMs === null ? chainMs : Math.max(chainMs, hardMs)
    const hardStartMissedByMs = hardMs !== null && chainMs > hardMs ? chainMs - hardMs : null
    chainMs = expectedStartMs + cue.planned_seconds * 1000
    projected.push({ id: cue.id, status: 'upcoming', plannedStartMs: planned[index]!.startMs, expectedStartMs, expectedEndMs: chainMs, hardStartMissedByMs })
  }
  return projected
}

/** A cue whose real times are not known (done before the current one, or left unrun by a stop): its planned slot. */
function unrun(cue: Cue, plan: Slot, status: 'done' | 'upcoming'): ProjectedCue {
  return { id: cue.id, status, plannedStartMs: plan.startMs, expectedStartMs: plan.startMs, expectedEndMs: plan.endMs, hardStartMissedByMs: null }
}

// The database requires a time for every hard cue; one without it is treated as soft rather than placed at epoch 0.
function hardStartMs(cue: Cue): number | null {
  return cue.start_type === 'hard' && cue.hard_start_at !== null ? Date.parse(cue.hard_start_at) : null
}
