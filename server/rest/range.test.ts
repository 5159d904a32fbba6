import { describe, expect, it } from 'vitest'
import { RestError } from './errors'
import { contentRange, parseRangeHeader, rangeStatus, restrictRange, topLevelRange } from './range'

describe('ranges', () => {
  it('intersects limit/offset with the Range header', () => {
    expect(topLevelRange({ offset: 0, limit: 10 }, parseRangeHeader('5-20'))).toEqual({ offset: 5, limit: 5 })
    expect(topLevelRange({ offset: 0, limit: null }, parseRangeHeader('0-9'))).toEqual({ offset: 0, limit: 10 })
    expect(topLevelRange({ offset: 3, limit: null }, parseRangeHeader('2-'))).toEqual({ offset: 3, limit: null })
  })

  it('ignores a malformed Range header', () => {
    expect(parseRangeHeader('bytes=a-b')).toBeUndefined()
  })

  it('allows limit=0 but refuses negative limits and reversed ranges with 416 PGRST103', () => {
    expect(topLevelRange({ offset: 0, limit: 0 }, undefined)).toEqual({ offset: 0, limit: 0 })
    expect(() => topLevelRange({ offset: 0, limit: -1 }, undefined)).toThrow(RestError)
    try {
      topLevelRange({ offset: 0, limit: null }, parseRangeHeader('9-2'))
    } catch (e) {
      expect(e).toMatchObject({ status: 416, code: 'PGRST103' })
    }
  })

  it('caps every range at max rows', () => {
    expect(restrictRange({ offset: 0, limit: null }, 100)).toEqual({ offset: 0, limit: 100 })
    expect(restrictRange({ offset: 0, limit: 5 }, 100)).toEqual({ offset: 0, limit: 5 })
  })

  it('formats Content-Range like PostgREST', () => {
    expect(contentRange(0, 9, null)).toBe('0-9/*')
    expect(contentRange(0, 9, 50)).toBe('0-9/50')
    expect(contentRange(0, -1, null)).toBe('*/*')
    expect(contentRange(0, -1, 0)).toBe('*/0')
    expect(contentRange(1, 0, 3)).toBe('*/3')
  })

  it('answers 200, 206 or 416 from the page and the total', () => {
    expect(rangeStatus({ offset: 0, limit: null }, 10, null)).toEqual({ status: 200, contentRange: '0-9/*' })
    expect(rangeStatus({ offset: 0, limit: null }, 10, 10)).toEqual({ status: 200, contentRange: '0-9/10' })
    expect(rangeStatus({ offset: 0, limit: 5 }, 5, 10)).toEqual({ status: 206, contentRange: '0-4/10' })
    expect(rangeStatus({ offset: 10, limit: null }, 0, 10)).toEqual({ status: 206, contentRange: '*/10' })
    expect(rangeStatus({ offset: 11, limit: null }, 0, 10)).toEqual({ status: 416, contentRange: '*/10' })
    expect(rangeStatus({ offset: 0, limit: null }, 0, 0)).toEqual({ status: 200, contentRange: '*/0' })
  })
})
