import { describe, expect, it } from 'vitest'
import { dateTimeFieldType } from '../date_time/dateTimeFieldType'
import { fieldOf, operatorOf } from '../shared/testing'
import { dateFieldType } from './dateFieldType'

describe('date', () => {
  it('reads ISO days and day-first dates, and refuses days that do not exist', () => {
    const parse = (t: string) => dateFieldType.parse(t, {})
    expect(parse('2026-03-14').value).toBe('2026-03-14')
    expect(parse('14/03/2026').value).toBe('2026-03-14')
    expect(parse('3 Mar 2026').value).toBe('2026-03-03')
    expect(parse('Mar 3, 2026').value).toBe('2026-03-03')
    expect(parse('2026-03-14T10:00:00Z').value).toBe('2026-03-14')
    expect(parse('2026-02-30')).toMatchObject({ ok: false })
  })

  it('resolves "today"-relative operands, so a saved view keeps its meaning', () => {
    const before = operatorOf(dateFieldType, 'before', { relative: 'today', days: 7 })!
    expect(before.compiled).toEqual({ path: 'probe', op: 'lt', value: '2026-11-30' })
    expect(['2026-11-29', '2026-11-30', null].map(before.matches)).toEqual([true, false, false])
  })

  it('"within the next N days" includes today and the last day', () => {
    const next = operatorOf(dateFieldType, 'within_next_days', 7)!
    expect(['2026-11-22', '2026-11-23', '2026-11-30', '2026-12-01'].map(next.matches)).toEqual([false, true, true, false])
    expect(next.compiled).toEqual({
      all: [
        { path: 'probe', op: 'gte', value: '2026-11-23' },
        { path: 'probe', op: 'lte', value: '2026-11-30' },
      ],
    })
    expect(operatorOf(dateFieldType, 'within_next_days', -1)).toBeUndefined()
  })

  it('reads custom days as text, which orders like dates', () => {
    const custom = fieldOf(dateFieldType, { key: 'note_date', source: 'custom' })
    expect(operatorOf(dateFieldType, 'eq', '2026-01-02', custom)!.compiled).toEqual({ path: 'custom_fields->>note_date', op: 'eq', value: '2026-01-02' })
  })

  it('groups by day', () => {
    expect(dateFieldType.groupKeys!('2026-03-14', {})).toEqual(['2026-03-14'])
  })
})

describe('date and time', () => {
  it('stores instants canonically in UTC', () => {
    expect(dateTimeFieldType.parse('2026-03-14T19:30:00+01:00', {})).toEqual({ ok: true, value: '2026-03-14T18:30:00.000Z' })
    expect(dateTimeFieldType.parse('next week', {})).toMatchObject({ ok: false })
  })

  it('"is on" a day means from its midnight to the next in the workspace zone', () => {
    const on = operatorOf(dateTimeFieldType, 'on_day', '2026-07-01')!
    expect(on.compiled).toEqual({
      all: [
        { path: 'probe', op: 'gte', value: '2026-06-30T23:00:00.000Z' },
        { path: 'probe', op: 'lt', value: '2026-07-01T23:00:00.000Z' },
      ],
    })
    expect(['2026-06-30T22:59:59.999999+00:00', '2026-06-30T23:00:00+00:00', '2026-07-01T23:00:00+00:00'].map(on.matches)).toEqual([
      false,
      true,
      false,
    ])
  })

  it('compares at microsecond precision, like timestamptz', () => {
    const a = '2026-11-23T18:18:01.123456+00:00'
    const b = '2026-11-23T18:18:01.123457+00:00'
    expect(dateTimeFieldType.compare(a, b, {})).toBeLessThan(0)
    expect(operatorOf(dateTimeFieldType, 'after', '2026-11-23T18:18:01.123Z')!.matches(a)).toBe(true)
  })
})
