import type { FieldDefinition } from '../../custom-fields/FieldDefinition'

/**
 * Dates as calendar and timeline fields store them, and the local `Date`s the views draw.
 *
 * A `date` field holds a calendar day ("2025-03-14") with no time zone: it is read as local midnight of that
 * day, so it sits on the 14th in every zone. Any other date field holds an instant (an ISO string) and is
 * read and written as one. Calendar and timeline share this file; it must stay free of React and of
 * react-big-calendar so that the timeline chunk does not pull the calendar in.
 */

export const DAY_MS = 86_400_000

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})/

/** True for fields whose values are whole days (`YYYY-MM-DD`): they become all-day events. */
export function isDateOnlyField(field: Pick<FieldDefinition, 'type'>): boolean {
  return field.type === 'date'
}

/** A stored value as a local Date, or null when it is empty or unreadable. */
export function parseFieldDate(value: unknown, dateOnly: boolean): Date | null {
  if (value === null || value === undefined || value === '') return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateOnly ? startOfLocalDay(value) : value
  if (typeof value !== 'string') return null
  if (dateOnly) {
    const match = DATE_ONLY.exec(value)
    if (!match) return null
    const [, year, month, day] = match
    const date = new Date(Number(year), Number(month) - 1, Number(day))
    return Number.isNaN(date.getTime()) ? null : date
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** A local Date in the field's storage format: `YYYY-MM-DD` (the local day) or an ISO instant. */
export function formatFieldDate(date: Date, dateOnly: boolean): string {
  if (!dateOnly) return date.toISOString()
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`
}

export function startOfLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate())
}

/** Adds whole local days (DST-safe: 2 days after 00:00 is 00:00, not 23:00). */
export function addLocalDays(date: Date, days: number): Date {
  const next = new Date(date)
  next.setDate(next.getDate() + days)
  return next
}

export function isLocalMidnight(date: Date): boolean {
  return date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0
}

/**
 * A date field's end as an exclusive bound. A `date` end is inclusive as stored (a run "1–12 April" ends on
 * the 12th) and becomes midnight after it; an instant is already exclusive.
 */
export function parseFieldEnd(value: unknown, dateOnly: boolean): Date | null {
  const date = parseFieldDate(value, dateOnly)
  if (!date) return null
  return dateOnly ? addLocalDays(date, 1) : date
}

/**
 * An exclusive end back in storage format. For a `date` field the stored day is the last day touched:
 * midnight after the 12th stores the 12th, 15:00 on the 12th also stores the 12th. Never before `start`.
 */
export function formatFieldEnd(end: Date, dateOnly: boolean, start?: Date): string {
  if (!dateOnly) return formatFieldDate(end, false)
  let last = isLocalMidnight(end) ? addLocalDays(end, -1) : startOfLocalDay(end)
  if (start && last.getTime() < startOfLocalDay(start).getTime()) last = startOfLocalDay(start)
  return formatFieldDate(last, true)
}

/**
 * Local wall-clock time as a continuous day number (days since 1970-01-01 local), immune to DST jumps:
 * the timeline positions bars with these so that every day is exactly one day wide.
 */
export function toDayNumber(date: Date): number {
  return (
    Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
      date.getMilliseconds(),
    ) / DAY_MS
  )
}

/** The inverse of toDayNumber. */
export function fromDayNumber(day: number): Date {
  const utc = new Date(Math.round(day * DAY_MS))
  const date = new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
    utc.getUTCMilliseconds(),
  )
  // new Date(y, m, ...) maps years 0–99 to 1900–1999.
  if (utc.getUTCFullYear() < 100) date.setFullYear(utc.getUTCFullYear())
  return date
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}
