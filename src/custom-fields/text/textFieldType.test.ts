import { describe, expect, it } from 'vitest'
import { fieldOf, operatorOf } from '../shared/testing'
import { textFieldType } from './textFieldType'

describe('text', () => {
  it('parses trimmed text and refuses text over the configured length', () => {
    expect(textFieldType.parse('  Hamlet  ', { maxLength: 10 })).toEqual({ ok: true, value: 'Hamlet' })
    expect(textFieldType.parse('A very long title', { maxLength: 5 })).toMatchObject({ ok: false, error: 'Too long: at most 5 characters' })
  })

  it('"contains" ignores case the way Postgres ILIKE does', () => {
    const contains = operatorOf(textFieldType, 'contains', 'istanbul')!
    expect(contains.matches('İstanbul tour')).toBe(true)
    expect(contains.matches(null)).toBe(false)
    expect(operatorOf(textFieldType, 'contains', 'SS')!.matches('Straße')).toBe(false)
    expect(contains.compiled).toEqual({ path: 'probe', op: 'ilike', value: '*istanbul*' })
  })

  it('escapes LIKE wildcards and pins a literal * down with a regex, since PostgREST turns * into %', () => {
    expect(operatorOf(textFieldType, 'contains', '50%_off')!.compiled).toEqual({ path: 'probe', op: 'ilike', value: '*50\\%\\_off*' })
    expect(operatorOf(textFieldType, 'starts_with', 'a*b')!.compiled).toEqual({
      all: [
        { path: 'probe', op: 'ilike', value: 'a_b*' },
        { path: 'probe', op: 'imatch', value: '^a\\*b' },
      ],
    })
  })

  it('"does not contain" and "is not" keep records without a value', () => {
    expect(operatorOf(textFieldType, 'not_contains', 'rig')!.matches(null)).toBe(true)
    expect(operatorOf(textFieldType, 'neq', 'Hamlet')!.matches(null)).toBe(true)
    expect(operatorOf(textFieldType, 'neq', 'Hamlet')!.compiled).toEqual({
      any: [
        { path: 'probe', op: 'is', value: 'null' },
        { path: 'probe', op: 'neq', value: 'Hamlet' },
      ],
    })
  })

  it('counts the empty string as empty, as a text column may hold one', () => {
    const isEmpty = operatorOf(textFieldType, 'is_empty')!
    expect([null, '', 'x'].map(isEmpty.matches)).toEqual([true, true, false])
    expect(operatorOf(textFieldType, 'is_not_empty')!.matches('')).toBe(false)
  })

  it('reads custom values as text (->>)', () => {
    const custom = fieldOf(textFieldType, { key: 'serial_number', source: 'custom' })
    expect(operatorOf(textFieldType, 'eq', 'SN-1', custom)!.compiled).toEqual({ path: 'custom_fields->>serial_number', op: 'eq', value: 'SN-1' })
  })

  it('leaves a condition incomplete while its input is empty', () => {
    expect(operatorOf(textFieldType, 'contains', '')).toBeUndefined()
    expect(operatorOf(textFieldType, 'contains', undefined)).toBeUndefined()
    // text no query can carry unchanged (NUL, a lone surrogate) counts as unfinished too
    expect(operatorOf(textFieldType, 'contains', 'a\u0000b')).toBeUndefined()
    expect(operatorOf(textFieldType, 'contains', 'a\ud800')).toBeUndefined()
    expect(operatorOf(textFieldType, 'contains', '😀')).toBeDefined()
  })

  it('sorts by code point, like the "C" collation', () => {
    expect(['b', 'B', 'a'].sort((a, b) => textFieldType.compare(a, b, textFieldType.defaultConfig))).toEqual(['B', 'a', 'b'])
  })
})
