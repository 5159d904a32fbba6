import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  addLocalDays,
  formatFieldDate,
  formatFieldEnd,
  fromDayNumber,
  isDateOnlyField,
  parseFieldDate,
  parseFieldEnd,
  toDayNumber,
} from './fieldDates'

// London has a DST change on 2025-03-30: the cases below would break on a naive "+ 86 400 000 ms".
const originalTz = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'Europe/London'
})
afterAll(() => {
  process.env.TZ = originalTz
})

describe('field dates', () => {
  it('only a "date" field is date-only', () => {
    expect(isDateOnlyField({ type: 'date' })).toBe(true)
    expect(isDateOnlyField({ type: 'date_time' })).toBe(false)
  })

  it('a date value is local midnight of that day, whatever the zone', () => {
    const date = parseFieldDate('2025-03-14', true)!
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2025, 2, 14, 0])
    expect(formatFieldDate(date, true)).toBe('2025-03-14')
  })

  it('a date field tolerates a timestamp and keeps its day', () => {
    expect(formatFieldDate(parseFieldDate('2025-03-14T00:00:00+00:00', true)!, true)).toBe('2025-03-14')
  })

  it('a date-time value is the instant it names and is written back as ISO', () => {
    const date = parseFieldDate('2025-03-14T09:30:00.000Z', false)!
    expect(date.getTime()).toBe(Date.UTC(2025, 2, 14, 9, 30))
    expect(formatFieldDate(date, false)).toBe('2025-03-14T09:30:00.000Z')
  })

  it('empty and unreadable values are null', () => {
    for (const value of [null, undefined, '', 'soon', 42, {}]) {
      expect(parseFieldDate(value, true)).toBeNull()
      expect(parseFieldDate(value, false)).toBeNull()
    }
  })

  it('a date end is inclusive when stored and exclusive when drawn', () => {
    const end = parseFieldEnd('2025-04-12', true)!
    expect(formatFieldDate(end, true)).toBe('2025-04-13')
    expect(formatFieldEnd(end, true)).toBe('2025-04-12')
  })

  it('a date end inside a day stores that day, and never a day before the start', () => {
    expect(formatFieldEnd(new Date(2025, 3, 12, 15), true)).toBe('2025-04-12')
    expect(formatFieldEnd(new Date(2025, 3, 12), true, new Date(2025, 3, 12))).toBe('2025-04-12')
  })

  it('adding days across the DST change keeps local midnight', () => {
    expect(new Date(2025, 2, 31).getTimezoneOffset() - new Date(2025, 2, 29).getTimezoneOffset()).toBe(-60)
    const next = addLocalDays(new Date(2025, 2, 29), 2)
    expect([next.getDate(), next.getHours()]).toEqual([31, 0])
  })

  it('day numbers count local wall-clock days, so every day is one unit wide across DST', () => {
    expect(toDayNumber(new Date(2025, 2, 31)) - toDayNumber(new Date(2025, 2, 29))).toBe(2)
    expect(toDayNumber(new Date(2025, 2, 30, 12)) % 1).toBe(0.5)
    const back = fromDayNumber(toDayNumber(new Date(2025, 2, 30, 18, 15)))
    expect([back.getDate(), back.getHours(), back.getMinutes()]).toEqual([30, 18, 15])
  })
})
