import { describe, expect, it } from 'vitest'
import { anchorShow } from './anchorShow'
import { cueRow, iso, runtimeRow, s, T0 } from './showFixtures'

const rundown = [cueRow({ id: 'opening' }), cueRow({ id: 'curtain', start_type: 'hard', hard_start_at: iso(T0 + s(600)) })]
const startedAt = (ms: number) => runtimeRow({ state: 'play', current_cue_id: 'opening', show_started_at: iso(ms), cue_started_at: iso(ms) })

describe('anchorShow', () => {
  it('times a run on show day against the scheduled start, so a late curtain up is late', () => {
    const run = anchorShow(rundown, T0, startedAt(T0 + s(25 * 60)), T0 + s(30 * 60))
    expect(run.plannedStartMs).toBe(T0)
    expect(run.cues).toBe(rundown)
    // Armed on show day, before or after the scheduled start.
    expect(anchorShow(rundown, T0, runtimeRow(), T0 - s(3 * 3600)).plannedStartMs).toBe(T0)
  })

  it('times a run on another day from its first GO, its hard starts moved with it', () => {
    const dress = T0 - s(2 * 86_400) // two days before
    const run = anchorShow(rundown, T0, startedAt(dress), dress + s(60))
    expect(run.plannedStartMs).toBe(dress)
    expect(run.cues.map((c) => c.hard_start_at)).toEqual([null, iso(dress + s(600))])
    // Armed days ahead: from now.
    const now = T0 - s(86_400)
    expect(anchorShow(rundown, T0, null, now).plannedStartMs).toBe(now)
  })
})
