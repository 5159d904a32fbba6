import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { RecordRow } from '../store/ViewStore'
import { groupValueColor, type EventColor } from './eventColor'
import { addLocalDays, isDateOnlyField, parseFieldDate, parseFieldEnd } from './fieldDates'
import { titleText, type DateFieldSet } from './resolveDateFields'
import { overlapsRange, type DateRange } from './visibleRange'

/** What react-big-calendar is given: plain fields, so its accessors are property reads, never parsing. */
export interface CalendarEvent {
  id: string
  title: string
  start: Date
  /** Exclusive; all-day events end at midnight after their last day. */
  end: Date
  allDay: boolean
  color: EventColor | null
}

export interface CalendarFieldSet extends DateFieldSet {
  color?: FieldDefinition
}

const HOUR_MS = 3_600_000

/** A record as an event, or null when it has no start date (it is not on the calendar). */
export function recordToEvent(record: RecordRow, fields: CalendarFieldSet): CalendarEvent | null {
  const allDay = isDateOnlyField(fields.start)
  const start = parseFieldDate(readFieldValue(record, fields.start), allDay)
  if (!start) return null
  let end = fields.end ? parseFieldEnd(readFieldValue(record, fields.end), isDateOnlyField(fields.end)) : null
  if (!end) end = allDay ? addLocalDays(start, 1) : new Date(start.getTime() + HOUR_MS)
  // An end before the start (bad data) would make react-big-calendar draw nothing or loop; show the start day.
  if (end.getTime() < start.getTime()) end = allDay ? addLocalDays(start, 1) : start
  return {
    id: record.id,
    title: titleText(fields.title ? readFieldValue(record, fields.title) : null),
    start,
    end,
    allDay,
    color: fields.color ? groupValueColor(fields.color, readFieldValue(record, fields.color)) : null,
  }
}

/**
 * The events of `ids` that touch `range`, in the store's order. A per-record cache (keyed by the record object,
 * which the store replaces on every change) keeps re-renders after one patch from re-parsing every date.
 */
export function eventsInRange(
  ids: Iterable<string>,
  records: Readonly<Record<string, RecordRow>>,
  fields: CalendarFieldSet,
  range: DateRange,
  cache?: WeakMap<RecordRow, CalendarEvent | null>,
): CalendarEvent[] {
  const events: CalendarEvent[] = []
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) continue
    seen.add(id)
    const record = records[id]
    if (!record) continue
    let event = cache?.get(record)
    if (event === undefined) {
      event = recordToEvent(record, fields)
      cache?.set(record, event)
    }
    if (event && overlapsRange(event.start, event.end, range)) events.push(event)
  }
  return events
}
