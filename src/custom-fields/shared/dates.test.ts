import { describe, expect, it } from 'vitest'
import { addDays, canonicalInstant, dayInZone, instantMicros, isDay, startOfDayInZone } from './dates'

describe('days', () => {
  it('accepts real calendar days only', () => {
    expect(isDay('2028-02-29')).toBe(true)
    expect(isDay('2026-02-29')).toBe(false)
    expect(isDay('2026-13-01')).toBe(false)
    expect(isDay('0000-01-01')).toBe(false)
    expect(isDay('2026-1-1')).toBe(false)
    expect(isDay(20260101)).toBe(false)
  })

  it('adds days across months, leap days and the first century', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28')
  })
})

describe('instants', () => {
  it('reads what PostgREST sends for timestamptz, at microsecond precision', () => {
    const a = instantMicros('2026-11-23T18:18:01.123456+00:00')
    const b = instantMicros('2026-11-23T18:18:01.123457+00:00')
    expect(b! - a!).toBe(1)
    expect(instantMicros('2026-11-23T19:18:01.123456+01:00')).toBe(a)
    expect(instantMicros('2026-11-23 18:18:01.123456Z')).toBe(a)
    expect(instantMicros('2026-11-23T18:18')).toBeNull()
    expect(instantMicros('2026-11-23T24:30:00Z')).toBeNull()
  })

  it('stores custom date-times in one UTC form, so text order is time order', () => {
    expect(canonicalInstant('2026-03-14T19:30:00.123456+01:00')).toBe('2026-03-14T18:30:00.123Z')
    expect(canonicalInstant('2026-03-14T19:30Z')).toBe('2026-03-14T19:30:00.000Z')
    expect(canonicalInstant('1969-12-31T23:59:59.9995Z')).toBe('1969-12-31T23:59:59.999Z')
    expect(canonicalInstant('14/03/2026')).toBeNull()
  })

  it('knows when a day starts in a time zone, summer time included', () => {
    expect(startOfDayInZone('2026-07-01', 'Europe/London')).toBe('2026-06-30T23:00:00.000Z')
    expect(startOfDayInZone('2026-12-01', 'Europe/London')).toBe('2026-12-01T00:00:00.000Z')
    expect(startOfDayInZone('2026-03-29', 'Europe/London')).toBe('2026-03-29T00:00:00.000Z')
    expect(startOfDayInZone('2026-03-30', 'Europe/London')).toBe('2026-03-29T23:00:00.000Z')
    expect(startOfDayInZone('2026-01-01', 'Asia/Kolkata')).toBe('2025-12-31T18:30:00.000Z')
    expect(dayInZone(new Date('2026-06-30T23:30:00Z'), 'Europe/London')).toBe('2026-07-01')
  })
})
