import { describe, expect, it } from 'vitest'
import { currencyFieldType } from '../currency/currencyFieldType'
import { durationFieldType } from '../duration/durationFieldType'
import { percentFieldType } from '../percent/percentFieldType'
import { ratingFieldType } from '../rating/ratingFieldType'
import { fieldOf, operatorOf } from '../shared/testing'
import { numberFieldType } from './numberFieldType'

const config = numberFieldType.defaultConfig

describe('number', () => {
  it('parses what people paste: thousands separators, signs, exponents', () => {
    expect(numberFieldType.parse('1,234.50', config)).toEqual({ ok: true, value: 1234.5 })
    expect(numberFieldType.parse(' -12 ', config)).toEqual({ ok: true, value: -12 })
    expect(numberFieldType.parse('3.5e3', config)).toEqual({ ok: true, value: 3500 })
    expect(numberFieldType.parse('twelve', config)).toMatchObject({ ok: false, error: '"twelve" is not a number' })
  })

  it('applies the configured bounds and suffix', () => {
    const hours = { ...config, min: 0, suffix: 'h' }
    expect(numberFieldType.parse('7.5h', hours)).toEqual({ ok: true, value: 7.5 })
    expect(numberFieldType.parse('-1', hours)).toMatchObject({ ok: false, error: 'Must be at least 0' })
    expect(numberFieldType.format(7.5, { ...hours, precision: 1 })).toMatch(/^7\.5 h$/)
  })

  it('compares numerically, custom values as typed jsonb (->)', () => {
    const custom = fieldOf(numberFieldType, { key: 'box_office_target', source: 'custom' })
    const gt = operatorOf(numberFieldType, 'gt', '100000', custom)!
    expect(gt.compiled).toEqual({ path: 'custom_fields->box_office_target', op: 'gt', value: '100000' })
    expect([99_999, 100_001, null].map(gt.matches)).toEqual([false, true, false])
    expect(operatorOf(numberFieldType, 'neq', 5)!.matches(null)).toBe(true)
    expect(operatorOf(numberFieldType, 'eq', 'abc')).toBeUndefined()
  })
})

describe('currency', () => {
  const gbp = { currency: 'GBP', precision: 2, allowNegative: false }
  it('strips currency symbols and codes and refuses negative amounts unless allowed', () => {
    expect(currencyFieldType.parse('£1,200', gbp)).toEqual({ ok: true, value: 1200 })
    expect(currencyFieldType.parse('99.50 GBP', gbp)).toEqual({ ok: true, value: 99.5 })
    expect(currencyFieldType.parse('-5', gbp)).toMatchObject({ ok: false, error: 'Must be at least 0' })
    expect(currencyFieldType.parse('-5', { ...gbp, allowNegative: true })).toEqual({ ok: true, value: -5 })
  })

  it('formats whole amounts without cents', () => {
    expect(currencyFieldType.format(250000, gbp)).toContain('250,000')
    expect(currencyFieldType.format(250000, gbp)).not.toContain('.00')
    expect(currencyFieldType.format(12.5, gbp)).toContain('12.50')
  })
})

describe('percent', () => {
  it('reads typed text as percent and stores a fraction', () => {
    expect(percentFieldType.parse('42%', { precision: 0 })).toEqual({ ok: true, value: 0.42 })
    expect(percentFieldType.parse('33.3', { precision: 0 })).toEqual({ ok: true, value: 0.333 })
    expect(percentFieldType.format(0.425, { precision: 1 })).toMatch(/42\.5\s?%/)
  })
})

describe('rating', () => {
  it('reads numbers, "3/5" and stars, within the maximum', () => {
    expect(ratingFieldType.parse('★★★', { max: 5 })).toEqual({ ok: true, value: 3 })
    expect(ratingFieldType.parse('4/5', { max: 5 })).toEqual({ ok: true, value: 4 })
    expect(ratingFieldType.parse('0', { max: 5 })).toEqual({ ok: true, value: null })
    expect(ratingFieldType.parse('6', { max: 5 })).toMatchObject({ ok: false })
    expect(ratingFieldType.valueSchema({ max: 5 }).safeParse(2.5).success).toBe(false)
  })

  it('groups by star count, every count shown even when empty', () => {
    expect(ratingFieldType.groupOptions!({ max: 3 }).map((g) => g.key)).toEqual(['1', '2', '3'])
    expect(ratingFieldType.groupKeys!(2, { max: 3 })).toEqual(['2'])
    expect(ratingFieldType.valueForGroup!('3', { max: 3 }, null)).toBe(3)
  })
})

describe('duration', () => {
  it('reads minutes, clock times and units', () => {
    const minutes = (text: string) => durationFieldType.parse(text, {}).value
    expect(['90', '1:30', '1h 30m', '1h30m', '1.5h', '90 min'].map(minutes)).toEqual([90, 90, 90, 90, 90, 90])
    expect(minutes('2 hours')).toBe(120)
    expect(minutes('1d')).toBe(480)
    expect(durationFieldType.parse('soon', {})).toMatchObject({ ok: false })
  })

  it('shows hours and minutes', () => {
    expect([0, 45, 60, 90].map((v) => durationFieldType.format(v, {}))).toEqual(['0m', '45m', '1h', '1h 30m'])
  })
})
