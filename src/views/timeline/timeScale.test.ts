import { describe, expect, it } from 'vitest'
import { toDayNumber } from '../calendar/fieldDates'
import { dayToX, scaleTicks, startOfMonthDay, startOfWeekDay, timelineWindow, windowWidth, xToDay } from './timeScale'

const d = (y: number, m: number, day: number) => toDayNumber(new Date(y, m - 1, day))

describe('time scale', () => {
  it('weeks start on Sunday, like the calendar', () => {
    // 2025-03-14 is a Friday.
    expect(startOfWeekDay(d(2025, 3, 14))).toBe(d(2025, 3, 9))
    expect(startOfWeekDay(d(2025, 3, 9))).toBe(d(2025, 3, 9))
    expect(startOfWeekDay(d(1969, 12, 31))).toBe(d(1969, 12, 28))
  })

  it('months start on the first, also going back across a year', () => {
    expect(startOfMonthDay(d(2025, 3, 14))).toBe(d(2025, 3, 1))
    expect(startOfMonthDay(d(2025, 1, 14), -1)).toBe(d(2024, 12, 1))
  })

  it('the window covers today and every bar, padded and aligned to weeks', () => {
    const window = timelineWindow([{ start: d(2025, 3, 10), end: d(2025, 4, 2) }], d(2025, 3, 14), 'week')
    expect(window.startDay).toBe(startOfWeekDay(d(2025, 3, 10) - 56))
    expect(window.endDay).toBe(startOfWeekDay(d(2025, 4, 2) + 56) + 7)
    expect((window.endDay - window.startDay) % 7).toBe(0)
  })

  it('at month zoom the window is whole months', () => {
    const window = timelineWindow([], d(2025, 3, 14), 'month')
    expect(new Date(window.startDay * 86_400_000).getUTCDate()).toBe(1)
    expect(new Date(window.endDay * 86_400_000).getUTCDate()).toBe(1)
  })

  it('x and day convert both ways at the zoom scale', () => {
    const window = { startDay: 100, endDay: 200 }
    expect(dayToX(110, window, 'day')).toBe(480)
    expect(xToDay(480, window, 'day')).toBe(110)
    expect(dayToX(110, window, 'month')).toBe(40)
    expect(windowWidth(window, 'week')).toBe(1600)
  })

  it('day zoom: a tick per day under month headers, only for the scrolled-to days', () => {
    const window = { startDay: d(2025, 2, 23), endDay: d(2025, 4, 6) }
    const scale = scaleTicks(window, 'day', d(2025, 2, 27), d(2025, 3, 3))
    expect(scale.minor.map((tick) => tick.label)).toEqual(['Thu 27', 'Fri 28', 'Sat 1', 'Sun 2'])
    expect(scale.major.map((tick) => tick.label)).toEqual(['February 2025', 'March 2025'])
    expect(scale.major[0]?.startDay).toBe(window.startDay)
  })

  it('week zoom: a tick per week; month zoom: a tick per month under years', () => {
    const window = { startDay: d(2024, 12, 1), endDay: d(2025, 3, 1) }
    expect(scaleTicks(window, 'week', d(2025, 1, 1), d(2025, 1, 20)).minor.map((tick) => tick.label)).toEqual(['Dec 29', 'Jan 5', 'Jan 12', 'Jan 19'])
    const monthly = scaleTicks(window, 'month', window.startDay, window.endDay)
    expect(monthly.minor.map((tick) => tick.label)).toEqual(['Dec', 'Jan', 'Feb'])
    expect(monthly.major.map((tick) => tick.label)).toEqual(['2024', '2025'])
  })
})
