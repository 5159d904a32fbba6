import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { RecordRow } from '../store/ViewStore'
import { eventsInRange, recordToEvent, type CalendarEvent } from './recordToEvent'

function field(key: string, type: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { key, label: key, type, config: {}, source: 'column', required: false, readOnly: false, ...extra }
}

const title = field('name', 'text')
const status = field('status', 'single_select', {
  config: { options: [{ value: 'go', label: 'Go', color: 'green' }, { value: 'red', label: 'Red', color: '#c00' }] },
})
const dateFields = { start: field('start_date', 'date'), end: field('end_date', 'date'), title, color: status }
const timedFields = { start: field('starts_at', 'date_time'), end: field('ends_at', 'date_time'), title }

describe('recordToEvent', () => {
  it('a record with date fields is an all-day event whose end is the midnight after its last day', () => {
    const event = recordToEvent({ id: 'a', name: 'Run', start_date: '2025-03-01', end_date: '2025-03-03', status: 'go' }, dateFields)
    expect(event).toEqual({ id: 'a', title: 'Run', start: new Date(2025, 2, 1), end: new Date(2025, 2, 4), allDay: true, color: { palette: 'green' } })
  })

  it('a record with date-time fields is a timed event', () => {
    const event = recordToEvent({ id: 'a', name: 'Show', starts_at: '2025-03-01T19:30:00Z', ends_at: '2025-03-01T22:00:00Z' }, timedFields)
    expect(event).toMatchObject({ allDay: false, start: new Date('2025-03-01T19:30:00Z'), end: new Date('2025-03-01T22:00:00Z') })
  })

  it('without a start there is no event', () => {
    expect(recordToEvent({ id: 'a', name: 'x', start_date: null, end_date: '2025-03-01' }, dateFields)).toBeNull()
  })

  it('without an end, a date event lasts its day and a timed event an hour', () => {
    expect(recordToEvent({ id: 'a', start_date: '2025-03-01', end_date: null }, dateFields)?.end).toEqual(new Date(2025, 2, 2))
    expect(recordToEvent({ id: 'a', starts_at: '2025-03-01T19:00:00Z' }, { start: timedFields.start })?.end).toEqual(new Date('2025-03-01T20:00:00Z'))
  })

  it('an end before the start shows the start day rather than nothing', () => {
    expect(recordToEvent({ id: 'a', start_date: '2025-03-05', end_date: '2025-03-01' }, dateFields)?.end).toEqual(new Date(2025, 2, 6))
  })

  it('an empty title reads "Untitled"; the colour comes from the select option', () => {
    const event = recordToEvent({ id: 'a', name: '  ', start_date: '2025-03-05', status: 'red' }, dateFields)
    expect(event?.title).toBe('Untitled')
    expect(event?.color).toEqual({ css: '#c00' })
  })

  it('reads custom fields from custom_fields', () => {
    const start = field('opening', 'date', { source: 'custom' })
    expect(recordToEvent({ id: 'a', custom_fields: { opening: '2025-06-01' } }, { start })?.start).toEqual(new Date(2025, 5, 1))
  })
})

describe('eventsInRange', () => {
  const records: Record<string, RecordRow> = {
    a: { id: 'a', start_date: '2025-03-10', end_date: '2025-03-12' },
    b: { id: 'b', start_date: '2025-05-20', end_date: '2025-05-21' },
    c: { id: 'c', start_date: null },
    d: { id: 'd', start_date: '2025-02-25', end_date: '2025-03-02' },
  }
  const range = { start: new Date(2025, 2, 1), end: new Date(2025, 3, 1) }

  it('keeps only the events touching the range, in the given order, once each', () => {
    const events = eventsInRange(['d', 'a', 'b', 'c', 'a', 'missing'], records, dateFields, range)
    expect(events.map((event) => event.id)).toEqual(['d', 'a'])
  })

  it('reuses the cached event of an unchanged record and rebuilds a replaced one', () => {
    const cache = new WeakMap<RecordRow, CalendarEvent | null>()
    const first = eventsInRange(['a'], records, dateFields, range, cache)
    expect(eventsInRange(['a'], records, dateFields, range, cache)[0]).toBe(first[0])
    const changed = { ...records, a: { ...records.a!, start_date: '2025-03-11' } }
    const next = eventsInRange(['a'], changed, dateFields, range, cache)
    expect(next[0]).not.toBe(first[0])
    expect(next[0]?.start).toEqual(new Date(2025, 2, 11))
  })
})
