import { describe, expect, it } from 'vitest'
import { projectShow, type ProjectedCue } from './projectShow'
import { cueRow, iso, runtimeRow, s, T0 } from './showFixtures'
import type { Cue, ShowRuntime } from './showTypes'

// The show is scheduled for T0. Planned: cue-1 0–60 s, cue-2 60–180 s, cue-3 hard at 300 s (so it waits from 180 s)
// 300–360 s, cue-4 360–390 s.
const at = (seconds: number) => T0 + seconds * 1000
const cue = (id: string, planned_seconds: number, overrides: Partial<Cue> = {}) => cueRow({ id, title: id, planned_seconds, ...overrides })
const runtime = (overrides: Partial<ShowRuntime> = {}) => runtimeRow(overrides)

/** cue-2 running since `startedSeconds` (and, by GO, the show since 0 s). */
function playing(startedSeconds: number, overrides: Partial<ShowRuntime> = {}): ShowRuntime {
  return runtime({ state: 'play', current_cue_id: 'cue-2', show_started_at: iso(at(0)), cue_started_at: iso(at(startedSeconds)), ...overrides })
}

const rundown = [
  cue('cue-1', 60),
  cue('cue-2', 120),
  cue('cue-3', 60, { start_type: 'hard', hard_start_at: iso(at(300)) }),
  cue('cue-4', 30),
]

/** Each cue as [status, expected start s, expected end s, hard start missed by s], relative to T0, to read at a glance. */
const timeline = (cues: ProjectedCue[]) =>
  cues.map((c) => [c.status, (c.expectedStartMs - T0) / 1000, (c.expectedEndMs - T0) / 1000, c.hardStartMissedByMs === null ? null : c.hardStartMissedByMs / 1000])

describe('projectShow', () => {
  it('plans each cue after the one before, a hard cue waiting for its time', () => {
    const show = projectShow(rundown, null, at(-600), T0)
    expect(show.cues.map((c) => (c.plannedStartMs - T0) / 1000)).toEqual([0, 60, 300, 360])
    expect(show.plannedEndMs).toBe(at(390))
  })

  it('keeps an armed show on its plan before the start time: all upcoming, GO starts the first cue', () => {
    for (const armed of [null, runtime()]) {
      const show = projectShow(rundown, armed, at(-600), T0)
      expect(timeline(show.cues)).toEqual([
        ['upcoming', 0, 60, null],
        ['upcoming', 60, 180, null],
        ['upcoming', 300, 360, null],
        ['upcoming', 360, 390, null],
      ])
      expect(show).toMatchObject({ expectedEndMs: at(390), lateMs: 0, nextCueId: 'cue-1' })
    }
  })

  it('projects an armed show past its start time late, from now', () => {
    const soft = rundown.filter((c) => c.start_type === 'soft')
    expect(projectShow(soft, runtime(), at(10), T0).lateMs).toBe(s(10))
    // Four minutes late: the slack before the hard cue absorbs two, then it misses its time by two.
    const show = projectShow(rundown, runtime(), at(240), T0)
    expect(timeline(show.cues)).toEqual([
      ['upcoming', 240, 300, null],
      ['upcoming', 300, 420, null],
      ['upcoming', 420, 480, 120],
      ['upcoming', 480, 510, null],
    ])
    expect(show).toMatchObject({ expectedEndMs: at(510), lateMs: s(120), nextCueId: 'cue-1' })
  })

  it('lets a hard cue absorb lateness when the show is still early enough to wait for it', () => {
    expect(projectShow(rundown, runtime(), at(120), T0)).toMatchObject({ lateMs: 0 })
    const show = projectShow(rundown, playing(70), at(100), T0)
    expect(timeline(show.cues)).toEqual([
      ['done', 0, 60, null],
      ['current', 70, 190, null],
      ['upcoming', 300, 360, null],
      ['upcoming', 360, 390, null],
    ])
    expect(show).toMatchObject({ expectedEndMs: at(390), lateMs: 0, nextCueId: 'cue-3' })
  })

  it('projects early and late from the current cue through soft cues', () => {
    const soft = rundown.filter((c) => c.start_type === 'soft')
    const early = projectShow(soft, runtime({ state: 'play', current_cue_id: 'cue-1', cue_started_at: iso(at(-20)) }), at(10), T0)
    expect(timeline(early.cues)).toEqual([
      ['current', -20, 40, null],
      ['upcoming', 40, 160, null],
      ['upcoming', 160, 190, null],
    ])
    expect(early.lateMs).toBe(-s(20))
    expect(projectShow(soft, runtime({ state: 'play', current_cue_id: 'cue-1', cue_started_at: iso(at(5)) }), at(10), T0).lateMs).toBe(s(5))
  })

  it('ends a cue over time no earlier than now, and flags the hard cue that can no longer make its time', () => {
    const show = projectShow(rundown, playing(70), at(400), T0)
    expect(timeline(show.cues)).toEqual([
      ['done', 0, 60, null],
      ['current', 70, 400, null],
      ['upcoming', 400, 460, 100],
      ['upcoming', 460, 490, null],
    ])
    expect(show.lateMs).toBe(s(100))
    expect(projectShow(rundown, playing(70), at(430), T0).lateMs).toBe(s(130))
  })

  it('counts added time onto the current cue', () => {
    expect(timeline(projectShow(rundown, playing(70, { added_seconds: 60 }), at(100), T0).cues).slice(1, 3)).toEqual([
      ['current', 70, 250, null],
      ['upcoming', 300, 360, null],
    ])
    expect(timeline(projectShow(rundown, playing(70, { added_seconds: 200 }), at(100), T0).cues).slice(1, 3)).toEqual([
      ['current', 70, 390, null],
      ['upcoming', 390, 450, 90],
    ])
  })

  it('moves the current cue’s end on with now while paused', () => {
    // Paused at 100 s with 90 s of the cue left: it ends 90 s after whenever the pause ends.
    const paused = playing(70, { state: 'pause', paused_at: iso(at(100)) })
    expect(projectShow(rundown, paused, at(160), T0).cues[1]!.expectedEndMs).toBe(at(250))
    expect(projectShow(rundown, paused, at(260), T0).cues[1]!.expectedEndMs).toBe(at(350))
    expect(projectShow(rundown, paused, at(260), T0).cues[2]!.hardStartMissedByMs).toBe(s(50))
    // Paused already over time: the cue still cannot end in the past.
    const pausedOver = playing(70, { state: 'pause', paused_at: iso(at(250)) })
    expect(projectShow(rundown, pausedOver, at(300), T0).cues[1]!.expectedEndMs).toBe(at(300))
  })

  it('has no next cue while the last cue runs', () => {
    const show = projectShow(rundown, playing(370, { current_cue_id: 'cue-4' }), at(380), T0)
    expect(show.cues.map((c) => c.status)).toEqual(['done', 'done', 'done', 'current'])
    expect(show).toMatchObject({ expectedEndMs: at(400), lateMs: s(10), nextCueId: null })
  })

  it('ends a stopped show at the stop: the current cue ran until then, the cues after it stay on plan, nothing is next', () => {
    const stopped = playing(70, { state: 'stop', updated_at: iso(at(150)) })
    const show = projectShow(rundown, stopped, at(1_000), T0)
    expect(timeline(show.cues)).toEqual([
      ['done', 0, 60, null],
      ['done', 70, 150, null],
      ['upcoming', 300, 360, null],
      ['upcoming', 360, 390, null],
    ])
    expect(show).toMatchObject({ plannedEndMs: at(390), expectedEndMs: at(150), lateMs: -s(240), nextCueId: null })
    // Stopped from armed: nothing ran.
    const never = projectShow(rundown, runtime({ state: 'stop', updated_at: iso(at(30)) }), at(60), T0)
    expect(never.cues.map((c) => c.status)).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming'])
    expect(never).toMatchObject({ expectedEndMs: at(30), nextCueId: null })
  })

  it('projects from now, with GO on the first cue, when the running cue has been deleted', () => {
    const show = projectShow(rundown, playing(70, { current_cue_id: 'deleted-cue' }), at(100), T0)
    expect(timeline(show.cues)).toEqual([
      ['upcoming', 100, 160, null],
      ['upcoming', 160, 280, null],
      ['upcoming', 300, 360, null],
      ['upcoming', 360, 390, null],
    ])
    expect(show.nextCueId).toBe('cue-1')
  })

  it('treats a hard cue without a time as soft', () => {
    const show = projectShow([cue('cue-1', 60), cue('cue-2', 60, { start_type: 'hard', hard_start_at: null })], runtime(), at(-60), T0)
    expect(timeline(show.cues)).toEqual([
      ['upcoming', 0, 60, null],
      ['upcoming', 60, 120, null],
    ])
  })

  it('ends an empty rundown where it starts', () => {
    for (const state of [null, runtime(), playing(70), playing(70, { state: 'stop' })]) {
      expect(projectShow([], state, at(500), T0)).toEqual({ cues: [], plannedEndMs: T0, expectedEndMs: T0, lateMs: 0, nextCueId: null })
    }
  })
})
