import { readFieldValue } from '../../custom-fields/FieldDefinition'
import { createRecordMatcher } from '../query/matchesFilter'
import type { ViewQuery } from './ViewQuery'
import type { RecordRow } from './ViewStore'

/**
 * Does a record belong in the view, decided in memory exactly as its query decides on the server: the filter tree,
 * the workspace, soft deletion and, for calendar and timeline views, the date range they read (loadViewRecords).
 */
export function viewRecordMatcher(query: ViewQuery, workspaceId: string): (row: RecordRow) => boolean {
  const matchesFilter = createRecordMatcher(query.filter, query.fields, {
    workspaceId,
    ...(query.context ? { context: query.context } : {}),
  })
  const range = query.range
  if (!range) return matchesFilter
  const start = query.fields.find((field) => field.key === range.startField)
  const end = range.endField ? query.fields.find((field) => field.key === range.endField) : undefined
  if (!start) return matchesFilter
  const from = localDay(range.start, -1)
  const to = localDay(range.end, 1)
  return (row) => {
    if (!matchesFilter(row)) return false
    const startDay = dayOf(readFieldValue(row, start))
    if (startDay === null || startDay >= to) return false
    const endDay = end ? dayOf(readFieldValue(row, end)) : null
    return endDay !== null ? endDay >= from : startDay >= from
  }
}

/** The same local-day bounds loadViewRecords sends (the range widened by a day each side). */
export function localDay(date: Date, offsetDays: number): string {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate() + offsetDays)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
}

/**
 * A stored date or timestamp as the server compares it with a `YYYY-MM-DD` bound: dates as they are; timestamps in
 * the local zone, which is the zone the browser's bound was written in.
 */
function dayOf(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : localDay(instant, 0)
}
