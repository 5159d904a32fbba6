import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { addLocalDays, formatFieldDate, formatFieldEnd, isDateOnlyField, isLocalMidnight, parseFieldDate, startOfLocalDay } from './fieldDates'
import type { DateFieldSet } from './resolveDateFields'

/** What react-big-calendar's drag-and-drop addon reports for a move (onEventDrop) or a resize (onEventResize). */
export interface EventDrop {
  start: Date | string
  end: Date | string
}

/**
 * The one patch a drop or resize sends: both dates, each in its field's storage format. The end is exclusive
 * as react-big-calendar reports it; a `date` end is stored as the last day it covers.
 */
export function eventDropToPatch(drop: EventDrop, fields: Pick<DateFieldSet, 'start' | 'end'>): Record<string, unknown> {
  const start = new Date(drop.start)
  const end = new Date(drop.end)
  const values: Record<string, unknown> = { [fields.start.key]: formatFieldDate(start, isDateOnlyField(fields.start)) }
  if (fields.end) values[fields.end.key] = formatEnd(end, fields.end, start)
  return values
}

/**
 * Whether a patch would change the record: a drop back where the event was (react-big-calendar still reports it)
 * must not cost a write and a new sync_version. Instants compare as instants ("…+00:00" equals "….000Z").
 */
export function patchChangesRecord(
  record: Record<string, unknown>,
  values: Record<string, unknown>,
  fields: Pick<DateFieldSet, 'start' | 'end'>,
): boolean {
  return [fields.start, fields.end].some((field) => {
    if (!field || !(field.key in values)) return false
    const dateOnly = isDateOnlyField(field)
    const before = parseFieldDate(readFieldValue(record, field), dateOnly)
    const after = parseFieldDate(values[field.key], dateOnly)
    return before?.getTime() !== after?.getTime()
  })
}

export interface SlotSelection {
  start: Date | string
  end: Date | string
}

/** On a timed field, a click on a whole day (month view, all-day row) creates 09:00–10:00 rather than a 24-hour event. */
export const DEFAULT_START_HOUR = 9

/** The values of a record created by selecting an empty slot: its dates, and a default title when there is a title field. */
export function slotToValues(
  slot: SlotSelection,
  fields: Pick<DateFieldSet, 'start' | 'end' | 'title'>,
  defaultTitle: string,
): Record<string, unknown> {
  let start = new Date(slot.start)
  let end = new Date(slot.end)
  if (end.getTime() < start.getTime()) end = start
  const wholeDays = isLocalMidnight(start) && isLocalMidnight(end) && end.getTime() > start.getTime()
  if (wholeDays && !isDateOnlyField(fields.start)) {
    const lastDay = addLocalDays(end, -1)
    start = atHour(start, DEFAULT_START_HOUR)
    end = atHour(lastDay, DEFAULT_START_HOUR + 1)
  }
  const values: Record<string, unknown> = { [fields.start.key]: formatFieldDate(start, isDateOnlyField(fields.start)) }
  if (fields.end) values[fields.end.key] = formatEnd(end, fields.end, start)
  if (fields.title && !fields.title.readOnly) values[fields.title.key] = defaultTitle
  return values
}

function formatEnd(end: Date, field: FieldDefinition, start: Date): string {
  const dateOnly = isDateOnlyField(field)
  return dateOnly ? formatFieldEnd(end, true, start) : formatFieldDate(end, false)
}

function atHour(day: Date, hour: number): Date {
  const date = startOfLocalDay(day)
  date.setHours(hour)
  return date
}
