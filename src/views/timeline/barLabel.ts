import { DAY_MS } from '../calendar/fieldDates'
import type { TimelineBar } from './timelineBars'

const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
})

/**
 * A bar's dates as words, for its accessible name and tooltip: "Mar 10 – 12, 2025". Day numbers are local
 * wall-clock days written as UTC, hence the UTC formatters. A date bar's end is shown inclusive.
 */
export function barDateText(bar: Pick<TimelineBar, 'start' | 'end'>, dateOnly: boolean): string {
  const start = new Date(Math.round(bar.start * DAY_MS))
  if (dateOnly) {
    const last = new Date(Math.round(Math.max(bar.end - 1, bar.start) * DAY_MS))
    return plainSpaces(last.getTime() === start.getTime() ? dateFormat.format(start) : dateFormat.formatRange(start, last))
  }
  return plainSpaces(dateTimeFormat.formatRange(start, new Date(Math.round(bar.end * DAY_MS))))
}

/** ICU puts thin and narrow no-break spaces around the dash and before AM/PM; plain spaces are easier to match. */
function plainSpaces(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ')
}
