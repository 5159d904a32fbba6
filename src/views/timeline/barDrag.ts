import { formatFieldDate, formatFieldEnd, fromDayNumber, isDateOnlyField } from '../calendar/fieldDates'
import type { DateFieldSet } from '../calendar/resolveDateFields'
import { PX_PER_DAY, type Span } from './timeScale'
import type { TimelineZoom } from './timelineOptions'

/** What a pointer drag on a bar changes: the whole bar, or one of its ends. */
export type DragMode = 'move' | 'start' | 'end'

/** Drags snap to whole days; date-time bars at day zoom snap to hours. */
export function snapUnit(zoom: TimelineZoom, dateOnly: boolean): number {
  return !dateOnly && zoom === 'day' ? 1 / 24 : 1
}

/** A horizontal pointer movement as a whole number of snap units, in days. */
export function snapDelta(dx: number, zoom: TimelineZoom, unit: number): number {
  const units = Math.round(dx / PX_PER_DAY[zoom] / unit)
  return units === 0 ? 0 : units * unit
}

/**
 * The bar after a drag. A resize never turns a bar inside out: it keeps at least one snap unit (or its
 * original length if shorter).
 */
export function applyDrag(span: Span, mode: DragMode, delta: number, unit: number): Span {
  const minimum = Math.min(unit, span.end - span.start)
  switch (mode) {
    case 'move':
      return { start: span.start + delta, end: span.end + delta }
    case 'start':
      return { start: Math.min(span.start + delta, span.end - minimum), end: span.end }
    case 'end':
      return { start: span.start, end: Math.max(span.end + delta, span.start + minimum) }
  }
}

/**
 * The one patch a drag sends, in each field's storage format: a move writes both dates, a resize only the end
 * it changed. A `date` end is stored inclusive (the bar's exclusive end minus a day).
 */
export function spanToPatch(span: Span, mode: DragMode, fields: Pick<DateFieldSet, 'start' | 'end'>): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  const start = fromDayNumber(span.start)
  if (mode !== 'end') values[fields.start.key] = formatFieldDate(start, isDateOnlyField(fields.start))
  if (mode !== 'start' && fields.end) {
    const end = fromDayNumber(span.end)
    values[fields.end.key] = isDateOnlyField(fields.end) ? formatFieldEnd(end, true, start) : formatFieldDate(end, false)
  }
  return values
}

/** How long a record scheduled by dropping it on the timeline lasts: one of the zoom's units. */
export const SCHEDULE_DAYS: Record<TimelineZoom, number> = { day: 1, week: 7, month: 30 }

/** The span of an unscheduled record dropped at `day`: from that day (or hour), one zoom unit long. */
export function scheduleSpan(day: number, zoom: TimelineZoom, dateOnly: boolean): Span {
  const unit = snapUnit(zoom, dateOnly)
  const start = Math.floor(day / unit) * unit
  return { start, end: start + SCHEDULE_DAYS[zoom] }
}
