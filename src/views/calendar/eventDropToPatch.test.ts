import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { eventDropToPatch, patchChangesRecord, slotToValues } from './eventDropToPatch'

function field(key: string, type: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { key, label: key, type, config: {}, source: 'column', required: false, readOnly: false, ...extra }
}

const dateFields = { start: field('start_date', 'date'), end: field('end_date', 'date') }
const timedFields = { start: field('starts_at', 'date_time'), end: field('ends_at', 'date_time') }

describe('eventDropToPatch', () => {
  it('an all-day event dropped on other days stores both days, the end inclusive', () => {
    const patch = eventDropToPatch({ start: new Date(2025, 2, 17), end: new Date(2025, 2, 20) }, dateFields)
    expect(patch).toEqual({ start_date: '2025-03-17', end_date: '2025-03-19' })
  })

  it('a one-day event stays one day', () => {
    expect(eventDropToPatch({ start: new Date(2025, 2, 17), end: new Date(2025, 2, 18) }, dateFields)).toEqual({
      start_date: '2025-03-17',
      end_date: '2025-03-17',
    })
  })

  it('an all-day event dropped into a time slot keeps whole days', () => {
    const patch = eventDropToPatch({ start: new Date(2025, 2, 17, 10), end: new Date(2025, 2, 17, 10, 30) }, dateFields)
    expect(patch).toEqual({ start_date: '2025-03-17', end_date: '2025-03-17' })
  })

  it('a timed event stores ISO instants', () => {
    const start = new Date(2025, 2, 17, 19, 30)
    const end = new Date(2025, 2, 17, 22)
    expect(eventDropToPatch({ start, end }, timedFields)).toEqual({ starts_at: start.toISOString(), ends_at: end.toISOString() })
  })

  it('accepts the string dates react-big-calendar may pass', () => {
    const start = new Date(2025, 2, 17, 19, 30)
    const end = new Date(2025, 2, 17, 22)
    expect(eventDropToPatch({ start: start.toISOString(), end: end.toISOString() }, timedFields)).toEqual({
      starts_at: start.toISOString(),
      ends_at: end.toISOString(),
    })
  })

  it('without an end field only the start is sent', () => {
    expect(eventDropToPatch({ start: new Date(2025, 2, 17), end: new Date(2025, 2, 18) }, { start: dateFields.start })).toEqual({
      start_date: '2025-03-17',
    })
  })

  it('writes custom fields by their key; the store knows where they live', () => {
    const custom = { start: field('opening', 'date', { source: 'custom' }) }
    expect(eventDropToPatch({ start: new Date(2025, 2, 17), end: new Date(2025, 2, 18) }, custom)).toEqual({ opening: '2025-03-17' })
  })
})

describe('patchChangesRecord', () => {
  it('a drop back on the same days or instants changes nothing', () => {
    const record = { id: 'a', start_date: '2025-03-17', end_date: '2025-03-19', starts_at: '2025-03-17T19:30:00+00:00', ends_at: null }
    expect(patchChangesRecord(record, { start_date: '2025-03-17', end_date: '2025-03-19' }, dateFields)).toBe(false)
    expect(patchChangesRecord(record, { starts_at: '2025-03-17T19:30:00.000Z' }, timedFields)).toBe(false)
  })

  it('a different day, instant or a newly set end is a change', () => {
    const record = { id: 'a', start_date: '2025-03-17', end_date: '2025-03-19', starts_at: '2025-03-17T19:30:00Z', ends_at: null }
    expect(patchChangesRecord(record, { start_date: '2025-03-17', end_date: '2025-03-20' }, dateFields)).toBe(true)
    expect(patchChangesRecord(record, { starts_at: '2025-03-17T19:30:00Z', ends_at: '2025-03-17T21:00:00Z' }, timedFields)).toBe(true)
  })
})

describe('slotToValues', () => {
  it('a click on a day of a date calendar creates a one-day record with the default title', () => {
    const values = slotToValues({ start: new Date(2025, 2, 17), end: new Date(2025, 2, 18) }, { ...dateFields, title: field('name', 'text') }, 'New rehearsal')
    expect(values).toEqual({ start_date: '2025-03-17', end_date: '2025-03-17', name: 'New rehearsal' })
  })

  it('a selection over several days spans them', () => {
    expect(slotToValues({ start: new Date(2025, 2, 17), end: new Date(2025, 2, 20) }, dateFields, 'x')).toEqual({
      start_date: '2025-03-17',
      end_date: '2025-03-19',
    })
  })

  it('a time-slot selection on date-time fields keeps its times', () => {
    const start = new Date(2025, 2, 17, 14)
    const end = new Date(2025, 2, 17, 15, 30)
    expect(slotToValues({ start, end }, timedFields, 'x')).toEqual({ starts_at: start.toISOString(), ends_at: end.toISOString() })
  })

  it('a whole-day click on date-time fields creates 09:00–10:00, not a 24-hour event', () => {
    expect(slotToValues({ start: new Date(2025, 2, 17), end: new Date(2025, 2, 18) }, timedFields, 'x')).toEqual({
      starts_at: new Date(2025, 2, 17, 9).toISOString(),
      ends_at: new Date(2025, 2, 17, 10).toISOString(),
    })
  })

  it('a read-only title field is left to the database default', () => {
    const values = slotToValues({ start: new Date(2025, 2, 17), end: new Date(2025, 2, 18) }, { ...dateFields, title: field('code', 'text', { readOnly: true }) }, 'x')
    expect(values).not.toHaveProperty('code')
  })
})
