import { addDays, addMonths, addWeeks, endOfMonth, endOfWeek, startOfDay, startOfMonth, startOfWeek } from 'date-fns'

export const calendarViewNames = ['month', 'week', 'day', 'agenda'] as const
export type CalendarViewName = (typeof calendarViewNames)[number]

/** A span of time, end exclusive. */
export interface DateRange {
  start: Date
  end: Date
}

export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** react-big-calendar's agenda default: 30 days from the current date. */
export const AGENDA_LENGTH_DAYS = 30

/** The days a view shows around `date` (a month view shows whole weeks, so it starts and ends outside the month). */
export function visibleRange(date: Date, view: CalendarViewName, weekStartsOn: WeekStartsOn): DateRange {
  switch (view) {
    case 'month':
      return {
        start: startOfWeek(startOfMonth(date), { weekStartsOn }),
        end: addDays(startOfDay(endOfWeek(endOfMonth(date), { weekStartsOn })), 1),
      }
    case 'week': {
      const start = startOfWeek(date, { weekStartsOn })
      return { start, end: addDays(start, 7) }
    }
    case 'day': {
      const start = startOfDay(date)
      return { start, end: addDays(start, 1) }
    }
    case 'agenda': {
      const start = startOfDay(date)
      return { start, end: addDays(start, AGENDA_LENGTH_DAYS) }
    }
  }
}

/**
 * The visible range widened by one period on each side (from the previous period's first visible day to the next
 * period's last): what the host fetches and what the calendar is given, so that next/back shows events at once
 * while the next fetch is under way, and react-big-calendar never sees the whole table (its cost grows with the
 * events passed in, not those on screen).
 */
export function fetchRange(date: Date, view: CalendarViewName, weekStartsOn: WeekStartsOn): DateRange {
  return {
    start: visibleRange(shiftByPeriod(date, view, -1), view, weekStartsOn).start,
    end: visibleRange(shiftByPeriod(date, view, 1), view, weekStartsOn).end,
  }
}

function shiftByPeriod(date: Date, view: CalendarViewName, by: -1 | 1): Date {
  switch (view) {
    case 'month':
      return addMonths(date, by)
    case 'week':
      return addWeeks(date, by)
    case 'day':
      return addDays(date, by)
    case 'agenda':
      return addDays(date, by * AGENDA_LENGTH_DAYS)
  }
}

/** True when [start, end) touches the range; a zero-length event counts when its instant is inside. */
export function overlapsRange(start: Date, end: Date, range: DateRange): boolean {
  const s = start.getTime()
  const e = Math.max(end.getTime(), s)
  if (e === s) return s >= range.start.getTime() && s < range.end.getTime()
  return s < range.end.getTime() && e > range.start.getTime()
}

export function isCalendarViewName(value: unknown): value is CalendarViewName {
  return typeof value === 'string' && (calendarViewNames as readonly string[]).includes(value)
}
