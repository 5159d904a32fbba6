import { describe, expect, it } from 'vitest'
import { estimateClockOffset, serverNow, type ClockSample } from './clockOffset'

// A round trip sent at `sentMs` that took `roundTripMs`, answered by a server whose clock is `offsetMs` ahead and read
// `serverDelayMs` after sending (half the trip when the route is symmetric).
function sample(sentMs: number, roundTripMs: number, offsetMs: number, serverDelayMs = roundTripMs / 2): ClockSample {
  return { sentMs, serverMs: sentMs + serverDelayMs + offsetMs, receivedMs: sentMs + roundTripMs }
}

describe('estimateClockOffset', () => {
  it('places the server reading in the middle of the round trip', () => {
    expect(estimateClockOffset([{ sentMs: 1_000, serverMs: 6_020, receivedMs: 1_040 }])).toEqual({ offsetMs: 5_000, roundTripMs: 40 })
    expect(estimateClockOffset([sample(10_000, 80, -3_000)])).toEqual({ offsetMs: -3_000, roundTripMs: 80 })
  })

  it('trusts the sample with the shortest round trip, whose error is bounded best', () => {
    // The slow trips were answered lopsidedly (a slow way back), so their midpoints are off by up to 200 ms.
    const samples = [sample(0, 400, 5_000, 0), sample(1_000, 30, 5_000), sample(2_000, 250, 5_000, 250)]
    expect(estimateClockOffset(samples)).toEqual({ offsetMs: 5_000, roundTripMs: 30 })
  })

  it('skips samples with a negative round trip, however short they look', () => {
    const jumped: ClockSample = { sentMs: 5_000, serverMs: 9_000, receivedMs: 4_000 }
    expect(estimateClockOffset([sample(0, 120, 700), jumped])).toEqual({ offsetMs: 700, roundTripMs: 120 })
    expect(estimateClockOffset([{ sentMs: 0, serverMs: 0, receivedMs: Number.NaN }, sample(0, 60, 10)]).offsetMs).toBe(10)
  })

  it('takes the later of two equally short samples, the fresher reading', () => {
    expect(estimateClockOffset([sample(0, 40, 100), sample(30_000, 40, 120)]).offsetMs).toBe(120)
  })

  it('throws a clear error when there is nothing to measure with', () => {
    expect(() => estimateClockOffset([])).toThrow('estimateClockOffset needs at least one clock sample')
    expect(() => estimateClockOffset([{ sentMs: 10, serverMs: 0, receivedMs: 5 }])).toThrow(/usable round trip/)
  })
})

describe('serverNow', () => {
  it('adds the offset to the local clock, Date.now() by default', () => {
    expect(serverNow(5_000, 1_000)).toBe(6_000)
    expect(serverNow(-250, 1_000)).toBe(750)
    const before = Date.now()
    const now = serverNow(60_000)
    expect(now).toBeGreaterThanOrEqual(before + 60_000)
    expect(now).toBeLessThanOrEqual(Date.now() + 60_000)
  })
})
