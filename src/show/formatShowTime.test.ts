import { describe, expect, it } from 'vitest'
import { formatShowTime } from './formatShowTime'

describe('formatShowTime', () => {
  it('rounds time left up, so a countdown reads 0:00 only when time is really up', () => {
    expect(formatShowTime(0)).toBe('0:00')
    expect(formatShowTime(1)).toBe('0:01')
    expect(formatShowTime(999)).toBe('0:01')
    expect(formatShowTime(1000)).toBe('0:01')
    expect(formatShowTime(5900)).toBe('0:06')
    expect(formatShowTime(59_000)).toBe('0:59')
  })

  it('turns to minutes at 60 s, and 59.9 s left already reads as a full minute', () => {
    expect(formatShowTime(59_900)).toBe('1:00')
    expect(formatShowTime(60_000)).toBe('1:00')
    expect(formatShowTime(60_001)).toBe('1:01')
    expect(formatShowTime(599_000)).toBe('9:59')
    expect(formatShowTime(754_000)).toBe('12:34')
  })

  it('shows hours from an hour on', () => {
    expect(formatShowTime(3_599_000)).toBe('59:59')
    expect(formatShowTime(3_599_001)).toBe('1:00:00')
    expect(formatShowTime(3_600_000)).toBe('1:00:00')
    expect(formatShowTime(3_661_000)).toBe('1:01:01')
    expect(formatShowTime(36_000_000)).toBe('10:00:00')
  })

  it('shows time over as its absolute value with a minus, counting up in whole seconds', () => {
    expect(formatShowTime(-1)).toBe('-0:00')
    expect(formatShowTime(-999)).toBe('-0:00')
    expect(formatShowTime(-1000)).toBe('-0:01')
    expect(formatShowTime(-59_900)).toBe('-0:59')
    expect(formatShowTime(-61_900)).toBe('-1:01')
    expect(formatShowTime(-3_600_000)).toBe('-1:00:00')
  })

  it('treats negative zero as zero and shows a reading that is not a number as dashes', () => {
    expect(formatShowTime(-0)).toBe('0:00')
    expect(formatShowTime(Number.NaN)).toBe('--:--')
    expect(formatShowTime(Number.POSITIVE_INFINITY)).toBe('--:--')
  })
})
