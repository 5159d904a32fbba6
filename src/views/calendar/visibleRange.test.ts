import { describe, expect, it } from 'vitest'
import { fetchRange, overlapsRange, visibleRange } from './visibleRange'

const day = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h)

describe('visible range', () => {
  it('a month view shows whole weeks around the month (Sunday start)', () => {
    // March 2025 starts on a Saturday and ends on a Monday.
    expect(visibleRange(day(2025, 3, 14), 'month', 0)).toEqual({ start: day(2025, 2, 23), end: day(2025, 4, 6) })
  })

  it('a week view starts on the week start and lasts seven days', () => {
    expect(visibleRange(day(2025, 3, 14, 15), 'week', 1)).toEqual({ start: day(2025, 3, 10), end: day(2025, 3, 17) })
  })

  it('a day view is that day; an agenda the next thirty days', () => {
    expect(visibleRange(day(2025, 3, 14, 15), 'day', 0)).toEqual({ start: day(2025, 3, 14), end: day(2025, 3, 15) })
    expect(visibleRange(day(2025, 3, 14, 15), 'agenda', 0)).toEqual({ start: day(2025, 3, 14), end: day(2025, 4, 13) })
  })

  it("the fetched range runs from the previous period's first visible day to the next period's last", () => {
    // February 2025 shows from Sunday 26 January; April 2025 up to Saturday 3 May.
    expect(fetchRange(day(2025, 3, 14), 'month', 0)).toEqual({ start: day(2025, 1, 26), end: day(2025, 5, 4) })
    expect(fetchRange(day(2025, 3, 14), 'agenda', 0)).toEqual({ start: day(2025, 2, 12), end: day(2025, 5, 13) })
    expect(fetchRange(day(2025, 3, 14), 'week', 0)).toEqual({ start: day(2025, 3, 2), end: day(2025, 3, 23) })
    expect(fetchRange(day(2025, 3, 14), 'day', 0)).toEqual({ start: day(2025, 3, 13), end: day(2025, 3, 16) })
  })

  it('an event overlaps a range when it starts before the end and ends after the start', () => {
    const range = { start: day(2025, 3, 10), end: day(2025, 3, 17) }
    expect(overlapsRange(day(2025, 3, 9), day(2025, 3, 11), range)).toBe(true)
    expect(overlapsRange(day(2025, 3, 9), day(2025, 3, 10), range)).toBe(false)
    expect(overlapsRange(day(2025, 3, 17), day(2025, 3, 18), range)).toBe(false)
    expect(overlapsRange(day(2025, 3, 1), day(2025, 4, 1), range)).toBe(true)
  })

  it('a zero-length event counts when its instant is inside', () => {
    const range = { start: day(2025, 3, 10), end: day(2025, 3, 17) }
    expect(overlapsRange(day(2025, 3, 10), day(2025, 3, 10), range)).toBe(true)
    expect(overlapsRange(day(2025, 3, 17), day(2025, 3, 17), range)).toBe(false)
  })
})
