import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import { aggregate, aggregatesFor, groupAggregates } from './aggregates'

const field = (key: string, type: string, config: unknown, source: 'column' | 'custom' = 'column'): FieldDefinition => ({
  key,
  label: key,
  type,
  config,
  source,
  required: false,
  readOnly: false,
})

const hours = field('estimate_hours', 'number', { precision: null, min: null, max: null, suffix: '' })
const due = field('due_date', 'date', {})
const title = field('title', 'text', { maxLength: 1000 })
const score = field('score', 'number', { precision: null, min: null, max: null, suffix: '' }, 'custom')

const rows = [
  { id: '1', estimate_hours: 1.5, due_date: '2025-03-05', title: 'A', custom_fields: { score: 2 } },
  { id: '2', estimate_hours: null, due_date: '2025-01-31', title: '', custom_fields: {} },
  { id: '3', estimate_hours: 0.1, due_date: null, title: 'C', custom_fields: { score: 4 } },
  { id: '4', estimate_hours: 0.2, due_date: '2025-02-10', title: 'D', custom_fields: { score: null } },
]

describe('footer aggregates', () => {
  it('offers what fits the field type: sums for numbers, earliest and latest for dates, a count for anything', () => {
    expect(aggregatesFor(hours, getFieldType('number'))).toEqual(['count', 'sum', 'average', 'min', 'max'])
    expect(aggregatesFor(due, getFieldType('date'))).toEqual(['count', 'earliest', 'latest'])
    expect(aggregatesFor(title, getFieldType('text'))).toEqual(['count'])
  })

  it('counts filled values and sums without floating-point drift', () => {
    expect(aggregate('count', rows, title, getFieldType('text'))).toBe('3')
    expect(aggregate('sum', rows, hours, getFieldType('number'))).toBe(getFieldType('number')!.format(1.8, hours.config))
    expect(aggregate('average', rows, hours, getFieldType('number'))).toBe('0.6')
  })

  it('uses the field type’s own order for min, max, earliest and latest', () => {
    expect(aggregate('earliest', rows, due, getFieldType('date'))).toBe(getFieldType('date')!.format('2025-01-31', {}))
    expect(aggregate('latest', rows, due, getFieldType('date'))).toBe(getFieldType('date')!.format('2025-03-05', {}))
    expect(aggregate('min', rows, hours, getFieldType('number'))).toBe(getFieldType('number')!.format(0.1, hours.config))
  })

  it('aggregates a custom field exactly like a built-in column', () => {
    expect(aggregate('sum', rows, score, getFieldType('number'))).toBe(getFieldType('number')!.format(6, score.config))
    expect(aggregate('max', rows, score, getFieldType('number'))).toBe(getFieldType('number')!.format(4, score.config))
  })

  it('shows nothing rather than 0 when no record has a value', () => {
    expect(aggregate('sum', [rows[1]!], hours, getFieldType('number'))).toBe('')
  })

  it('per group, each column gets the footer’s aggregate over that group’s records only', () => {
    const records = Object.fromEntries(rows.map((row) => [row.id, row]))
    const columns = [title, hours, due].map((f) => ({ field: f, type: getFieldType(f.type) }))
    const summaries = groupAggregates(
      [{ key: 'a' }, { key: 'b' }, { key: 'empty' }],
      { a: ['1', '3'], b: ['2', '4', 'gone'] },
      records,
      columns,
      { estimate_hours: 'sum', due_date: 'earliest' },
    )
    expect(summaries.get('a')).toEqual([null, { kind: 'sum', value: '1.6' }, { kind: 'earliest', value: aggregate('earliest', [rows[0]!], due, getFieldType('date')) }])
    expect(summaries.get('b')?.[1]).toEqual({ kind: 'sum', value: '0.2' })
    expect(summaries.get('b')?.[2]?.value).toBe(aggregate('earliest', [rows[1]!], due, getFieldType('date')))
    expect(summaries.get('empty')).toEqual([null, { kind: 'sum', value: '' }, { kind: 'earliest', value: '' }])
  })
})
