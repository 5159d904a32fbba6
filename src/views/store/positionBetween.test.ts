import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { positionBetween } from './positionBetween'

const between = (a: string | null, b: string | null) => {
  const key = positionBetween(a, b)
  if (a !== null) expect(a < key).toBe(true)
  if (b !== null) expect(key < b).toBe(true)
  return key
}

describe('positionBetween', () => {
  it('starts an empty list with a fractional-indexing key', () => {
    expect(positionBetween(null, null)).toBe('a0')
  })

  it('places a key between, before and after valid fractional keys', () => {
    expect(between('a0', 'a1')).toBe('a0V')
    between(null, 'a0')
    between('a0', null)
  })

  it('still finds a key between seeded keys that fractional-indexing rejects (trailing zeros)', () => {
    between('a0009', 'a0010')
    between('a0010', 'a0011')
    between(null, 'a0000')
    between('a0010', null)
    between('a', 'a0V')
  })

  it('always produces a key strictly between any two ordered keys', () => {
    const key = fc.stringMatching(/^[0-9A-Za-z]{1,8}$/)
    fc.assert(
      fc.property(key, key, (x, y) => {
        fc.pre(x !== y && !/^0*$/.test(x < y ? y : x))
        const [lo, hi] = x < y ? [x, y] : [y, x]
        const result = positionBetween(lo, hi)
        return lo < result && result < hi
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps inserting at the same spot without running out of room', () => {
    let hi = 'a1'
    for (let i = 0; i < 200; i++) hi = between('a0', hi)
  })
})
