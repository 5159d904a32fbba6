import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { calendarOptionsSchema } from './calendarOptions'
import { canWriteDates, resolveDateFields, titleText } from './resolveDateFields'
import { timelineOptionsSchema } from '../timeline/timelineOptions'

function field(key: string, type: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { key, label: key, type, config: {}, source: 'column', required: false, readOnly: false, ...extra }
}
const fields = [field('name', 'text'), field('start_date', 'date'), field('end_date', 'date'), field('created_at', 'date_time', { readOnly: true })]

describe('resolveDateFields', () => {
  it('finds the start, end and title fields', () => {
    const resolved = resolveDateFields({ startField: 'start_date', endField: 'end_date' }, fields, { titleField: 'name' })
    expect(resolved.ok && [resolved.start.key, resolved.end?.key, resolved.title?.key]).toEqual(['start_date', 'end_date', 'name'])
  })

  it('a missing start field is a message; a missing end field is ignored', () => {
    expect(resolveDateFields({ startField: 'gone' }, fields, { titleField: 'name' })).toMatchObject({ ok: false })
    const resolved = resolveDateFields({ startField: 'start_date', endField: 'gone' }, fields, { titleField: 'name' })
    expect(resolved.ok && resolved.end).toBeUndefined()
  })

  it('dates are writable only with edit rights and when neither field is a system column', () => {
    const start = fields[1]!
    expect(canWriteDates(true, { start })).toBe(true)
    expect(canWriteDates(false, { start })).toBe(false)
    expect(canWriteDates(true, { start: fields[3]! })).toBe(false)
  })

  it('titles fall back to "Untitled"', () => {
    expect(titleText('Hamlet')).toBe('Hamlet')
    expect(titleText(42)).toBe('42')
    expect(titleText(null)).toBe('Untitled')
  })
})

describe('options schemas', () => {
  it('fill in the default view and zoom', () => {
    expect(calendarOptionsSchema.parse({ startField: 'start_date' })).toEqual({ startField: 'start_date', defaultView: 'month' })
    expect(timelineOptionsSchema.parse({ startField: 'start_date' })).toEqual({ startField: 'start_date', zoom: 'week' })
  })

  it('reject an unknown view or zoom', () => {
    expect(calendarOptionsSchema.safeParse({ startField: 's', defaultView: 'year' }).success).toBe(false)
    expect(timelineOptionsSchema.safeParse({ startField: 's', zoom: 'hour' }).success).toBe(false)
  })
})
