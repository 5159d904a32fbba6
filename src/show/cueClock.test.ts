import { describe, expect, it } from 'vitest'
import { estimateClockOffset, serverNow } from './clockOffset'
import { cueClock } from './cueClock'
import { cueRow, iso, runtimeRow, s, T0 } from './showFixtures'
import type { Cue, ShowRuntime } from './showTypes'

const cue = (overrides: Partial<Cue> = {}) => cueRow({ position: 'a0', title: 'Act 1 preset', ...overrides })
const runtime = (overrides: Partial<ShowRuntime> = {}) =>
  runtimeRow({ state: 'play', current_cue_id: 'cue-1', cue_started_at: iso(T0), show_started_at: iso(T0), updated_at: iso(T0), version: 2, ...overrides })

const armed = runtime({ state: 'armed', current_cue_id: null, cue_started_at: null, show_started_at: null })

describe('cueClock', () => {
  it('shows the full planned time, standing still, when nothing runs', () => {
    const idle = { elapsedMs: 0, remainingMs: s(60), overMs: 0, running: false }
    expect(cueClock(null, cue(), T0 + s(5))).toEqual(idle)
    expect(cueClock(armed, cue(), T0 + s(5))).toEqual(idle)
    expect(cueClock(runtime(), null, T0 + s(5))).toEqual({ elapsedMs: 0, remainingMs: 0, overMs: 0, running: false })
    expect(cueClock(null, null, T0)).toEqual({ elapsedMs: 0, remainingMs: 0, overMs: 0, running: false })
  })

  it('does not count down a cue that is not the current one with the current cue’s start', () => {
    expect(cueClock(runtime({ current_cue_id: 'cue-2' }), cue(), T0 + s(20))).toEqual({ elapsedMs: 0, remainingMs: s(60), overMs: 0, running: false })
  })

  it('counts down from cue_started_at while playing', () => {
    expect(cueClock(runtime(), cue(), T0 + s(20))).toEqual({ elapsedMs: s(20), remainingMs: s(40), overMs: 0, running: true })
  })

  it('freezes at paused_at while paused, however long the pause', () => {
    const paused = runtime({ state: 'pause', paused_at: iso(T0 + s(20)) })
    const expected = { elapsedMs: s(20), remainingMs: s(40), overMs: 0, running: false }
    expect(cueClock(paused, cue(), T0 + s(21))).toEqual(expected)
    expect(cueClock(paused, cue(), T0 + s(600))).toEqual(expected)
  })

  it('continues where it stood after a resume (cue_started_at moved on by the pause)', () => {
    // Paused at +20 s, resumed at +50 s: show_control moves the start on by the 30 s pause.
    const resumed = runtime({ cue_started_at: iso(T0 + s(30)) })
    expect(cueClock(resumed, cue(), T0 + s(50)).remainingMs).toBe(s(40))
    expect(cueClock(resumed, cue(), T0 + s(60))).toEqual({ elapsedMs: s(30), remainingMs: s(30), overMs: 0, running: true })
  })

  it('counts added time onto the cue, and time taken off out of it', () => {
    expect(cueClock(runtime({ added_seconds: 30 }), cue(), T0 + s(80))).toMatchObject({ elapsedMs: s(80), remainingMs: s(10), overMs: 0 })
    expect(cueClock(runtime({ added_seconds: -15 }), cue(), T0 + s(40))).toMatchObject({ remainingMs: s(5), overMs: 0 })
  })

  it('goes negative once over time, and says by how much', () => {
    expect(cueClock(runtime(), cue(), T0 + s(60))).toMatchObject({ remainingMs: 0, overMs: 0 })
    expect(cueClock(runtime(), cue(), T0 + s(75))).toEqual({ elapsedMs: s(75), remainingMs: -s(15), overMs: s(15), running: true })
    const pausedOver = runtime({ state: 'pause', paused_at: iso(T0 + s(70)) })
    expect(cueClock(pausedOver, cue(), T0 + s(300))).toMatchObject({ remainingMs: -s(10), overMs: s(10), running: false })
  })

  it('freezes at the stop, which the database holds in paused_at, however the row changes later', () => {
    const stopped = runtime({ state: 'stop', paused_at: iso(T0 + s(45)), updated_at: iso(T0 + s(900)) })
    expect(cueClock(stopped, cue(), T0 + s(3_600))).toEqual({ elapsedMs: s(45), remainingMs: s(15), overMs: 0, running: false })
    // A row stopped before the database held the stop: its last write is the best guess.
    const older = runtime({ state: 'stop', paused_at: null, updated_at: iso(T0 + s(45)) })
    expect(cueClock(older, cue(), T0 + s(3_600)).elapsedMs).toBe(s(45))
  })

  it('never shows more than the cue’s time when this device’s clock estimate is a little behind the GO', () => {
    expect(cueClock(runtime(), cue(), T0 - 30)).toEqual({ elapsedMs: 0, remainingMs: s(60), overMs: 0, running: true })
  })

  it('reads the same on two devices whose clocks disagree, once each knows its offset', () => {
    // The database is at T0 + 25 s; device A's clock is 7 minutes behind it, device B's 90 s ahead.
    const dbNow = T0 + s(25)
    const deviceA = (dbMs: number) => dbMs - s(420)
    const deviceB = (dbMs: number) => dbMs + s(90)
    // Each measures a round trip: A over a slow 300 ms link, B over a quick 20 ms one, the server read mid-trip.
    const offsetA = estimateClockOffset([{ sentMs: deviceA(dbNow - 150), serverMs: dbNow, receivedMs: deviceA(dbNow + 150) }]).offsetMs
    const offsetB = estimateClockOffset([{ sentMs: deviceB(dbNow - 10), serverMs: dbNow, receivedMs: deviceB(dbNow + 10) }]).offsetMs
    const later = dbNow + s(12)
    const onA = cueClock(runtime(), cue(), serverNow(offsetA, deviceA(later)))
    const onB = cueClock(runtime(), cue(), serverNow(offsetB, deviceB(later)))
    expect(onA).toEqual(onB)
    expect(onA.remainingMs).toBe(s(23))
    // On their own clocks, A would not have started the cue yet and B would already be over time.
    expect(cueClock(runtime(), cue(), deviceA(later)).remainingMs).toBe(s(60))
    expect(cueClock(runtime(), cue(), deviceB(later)).remainingMs).toBe(-s(67))
  })
})
