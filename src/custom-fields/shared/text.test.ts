import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareCodePoints, escapeLike, escapeRegex, lowerCodePoints } from './text'

describe('compareCodePoints', () => {
  it('orders as UTF-8 bytes do, which is the "C" collation (UTF-16 order differs above U+FFFF)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))))
      }),
    )
    expect(compareCodePoints('ｚ', '😀')).toBeLessThan(0)
    expect('ｚ' < '😀').toBe(false)
  })

  it('puts capitals before lower case and shorter prefixes first', () => {
    expect(['b', 'a', 'B', 'ab', 'A'].sort(compareCodePoints)).toEqual(['A', 'B', 'a', 'ab', 'b'])
  })
})

describe('lowerCodePoints', () => {
  it('lowers one code point into one, as Postgres lower() does', () => {
    expect(lowerCodePoints('İSTANBUL')).toBe('istanbul')
    expect(lowerCodePoints('ΣΑΣ')).toBe('σασ')
    expect(lowerCodePoints('ẞ GROSSE')).toBe('ß grosse')
    expect(lowerCodePoints('😀 ÉCOLE')).toBe('😀 école')
  })
})

describe('escaping', () => {
  it('escapes LIKE wildcards and its escape character', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\')
  })

  it('escapes every regular-expression metacharacter', () => {
    expect(escapeRegex('a.b*(c)[d]{e}+?^$|\\')).toBe('a\\.b\\*\\(c\\)\\[d\\]\\{e\\}\\+\\?\\^\\$\\|\\\\')
  })
})
