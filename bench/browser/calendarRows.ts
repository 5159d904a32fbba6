import type { RecordRow } from '../../src/views/store/ViewStore'
import { generateTasks } from './generateRows'

export const EVENTS_PER_MONTH = 1_000
/** Months around the current one that hold events: enough for the scenario's next/previous walk and the prefetch. */
export const MONTH_OFFSETS = { from: -2, to: 8 }

/** 1,000 dated tasks starting in each month from two before this one to eight after (ids distinct per month). */
export function calendarRows(today = new Date()): RecordRow[] {
  const rows: RecordRow[] = []
  for (let offset = MONTH_OFFSETS.from; offset <= MONTH_OFFSETS.to; offset++) {
    const from = new Date(today.getFullYear(), today.getMonth() + offset, 1)
    const days = new Date(from.getFullYear(), from.getMonth() + 1, 0).getDate()
    const prefix = `0c${String(offset - MONTH_OFFSETS.from).padStart(2, '0')}0000`
    rows.push(...generateTasks(EVENTS_PER_MONTH, { seed: 100 + offset, dayRange: { from, days }, idPrefix: prefix }))
  }
  return rows
}
