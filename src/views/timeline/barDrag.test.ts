import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { toDayNumber } from '../calendar/fieldDates'
import { applyDrag, scheduleSpan, snapDelta, snapUnit, spanToPatch } from './barDrag'

function field(key: string, type: string): FieldDefinition {
  return { key, label: key, type, config: {}, source: 'column', required: false, readOnly: false }
}
const d = (y: number, m: number, day: number, h = 0) => toDayNumber(new Date(y, m - 1, day, h))
const dateFields = { start: field('start_date', 'date'), end: field('end_date', 'date') }
const timedFields = { start: field('starts_at', 'date_time'), end: field('ends_at', 'date_time') }

describe('snapping', () => {
  it('snaps to days, or to hours for date-time bars at day zoom', () => {
    expect(snapUnit('week', true)).toBe(1)
    expect(snapUnit('day', true)).toBe(1)
    expect(snapUnit('day', false)).toBe(1 / 24)
    expect(snapUnit('month', false)).toBe(1)
  })

  it('rounds a pointer movement to the nearest unit', () => {
    expect(snapDelta(40, 'week', 1)).toBe(3) // 16 px a day
    expect(snapDelta(-7, 'week', 1)).toBe(0)
    expect(snapDelta(-9, 'week', 1)).toBe(-1)
    expect(snapDelta(10, 'day', 1 / 24)).toBeCloseTo(5 / 24) // 2 px an hour
  })
})

describe('applyDrag', () => {
  const span = { start: 10, end: 13 }
  it('a move shifts both ends', () => {
    expect(applyDrag(span, 'move', 4, 1)).toEqual({ start: 14, end: 17 })
  })
  it('a resize moves one end and never past the other', () => {
    expect(applyDrag(span, 'end', 2, 1)).toEqual({ start: 10, end: 15 })
    expect(applyDrag(span, 'end', -5, 1)).toEqual({ start: 10, end: 11 })
    expect(applyDrag(span, 'start', -2, 1)).toEqual({ start: 8, end: 13 })
    expect(applyDrag(span, 'start', 9, 1)).toEqual({ start: 12, end: 13 })
  })
  it('a bar shorter than the unit keeps its length as the minimum', () => {
    expect(applyDrag({ start: 10, end: 10.25 }, 'end', -3, 1)).toEqual({ start: 10, end: 10.25 })
  })
})

describe('spanToPatch', () => {
  it('a move writes both dates, the date end inclusive', () => {
    expect(spanToPatch({ start: d(2025, 3, 17), end: d(2025, 3, 20) }, 'move', dateFields)).toEqual({
      start_date: '2025-03-17',
      end_date: '2025-03-19',
    })
  })

  it('a resize writes only the end it changed', () => {
    expect(spanToPatch({ start: d(2025, 3, 17), end: d(2025, 3, 22) }, 'end', dateFields)).toEqual({ end_date: '2025-03-21' })
    expect(spanToPatch({ start: d(2025, 3, 15), end: d(2025, 3, 22) }, 'start', dateFields)).toEqual({ start_date: '2025-03-15' })
  })

  it('date-time fields get ISO instants', () => {
    expect(spanToPatch({ start: d(2025, 3, 17, 19), end: d(2025, 3, 17, 22) }, 'move', timedFields)).toEqual({
      starts_at: new Date(2025, 2, 17, 19).toISOString(),
      ends_at: new Date(2025, 2, 17, 22).toISOString(),
    })
  })

  it('without an end field a move writes only the start', () => {
    expect(spanToPatch({ start: d(2025, 3, 17), end: d(2025, 3, 18) }, 'move', { start: dateFields.start })).toEqual({ start_date: '2025-03-17' })
  })
})

describe('scheduleSpan', () => {
  it('a record dropped on the timeline starts on that day and lasts one zoom unit', () => {
    expect(scheduleSpan(d(2025, 3, 17) + 0.6, 'week', true)).toEqual({ start: d(2025, 3, 17), end: d(2025, 3, 24) })
    expect(scheduleSpan(d(2025, 3, 17) + 0.6, 'day', true)).toEqual({ start: d(2025, 3, 17), end: d(2025, 3, 18) })
  })
})
