import { describe, expect, it } from 'vitest'
import { parsePrefer, preferenceApplied } from './preferParser'

describe('parsePrefer', () => {
  it('reads the comma-joined header postgrest-js sends', () => {
    expect(parsePrefer('return=representation, count=exact, missing=default, resolution=merge-duplicates')).toEqual({
      representation: 'representation',
      count: 'exact',
      missing: 'default',
      resolution: 'merge-duplicates',
      invalid: [],
    })
  })

  it('keeps the first value of each preference', () => {
    expect(parsePrefer('return=minimal,return=representation').representation).toBe('minimal')
  })

  it('reads tx, handling, max-affected and timezone, and collects unknown values', () => {
    expect(parsePrefer('tx=rollback,handling=strict,max-affected=5,timezone=UTC,foo=bar,count=maybe')).toEqual({
      transaction: 'rollback',
      handling: 'strict',
      maxAffected: 5,
      timezone: 'UTC',
      invalid: ['foo=bar', 'count=maybe'],
    })
  })

  it('reads a missing header as no preferences', () => {
    expect(parsePrefer(undefined)).toEqual({ invalid: [] })
  })
})

describe('preferenceApplied', () => {
  const all = parsePrefer(
    'resolution=ignore-duplicates,missing=default,return=representation,count=exact,tx=rollback,handling=strict,max-affected=2',
  )

  it('lists, in PostgREST order, what an insert applied', () => {
    expect(preferenceApplied(all, 'insert', true)).toBe(
      'resolution=ignore-duplicates, missing=default, return=representation, count=exact, tx=rollback, handling=strict',
    )
  })

  it('omits resolution when there is no key to conflict on', () => {
    expect(preferenceApplied(all, 'insert', false)).not.toContain('resolution')
  })

  it('reports max-affected only for update, delete and rpc under handling=strict', () => {
    expect(preferenceApplied(all, 'delete', false)).toBe('return=representation, count=exact, tx=rollback, handling=strict, max-affected=2')
    expect(preferenceApplied(parsePrefer('max-affected=2'), 'delete', false)).toBeUndefined()
  })

  it('reports only count, tx and handling for reads', () => {
    expect(preferenceApplied(all, 'read', false)).toBe('count=exact, tx=rollback, handling=strict')
  })
})
