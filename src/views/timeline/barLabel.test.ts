import { describe, expect, it } from 'vitest'
import { toDayNumber } from '../calendar/fieldDates'
import { barDateText } from './barLabel'

const d = (y: number, m: number, day: number, h = 0) => toDayNumber(new Date(y, m - 1, day, h))

describe('barDateText', () => {
  it('shows a date bar inclusive of its last day', () => {
    expect(barDateText({ start: d(2025, 3, 10), end: d(2025, 3, 13) }, true)).toBe('Mar 10 – 12, 2025')
    expect(barDateText({ start: d(2025, 3, 10), end: d(2025, 3, 11) }, true)).toBe('Mar 10, 2025')
  })

  it('shows times for a date-time bar', () => {
    expect(barDateText({ start: d(2025, 3, 10, 18), end: d(2025, 3, 10, 21) }, false)).toBe('Mar 10, 2025, 6:00 – 9:00 PM')
  })
})
