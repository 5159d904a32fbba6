import type { DateLocalizer } from 'react-big-calendar/lib/Calendar'

type Unit = string | undefined
type StartOf = (date: Date, unit?: Unit, firstOfWeek?: number) => Date
type Compare = (a: Date, b: Date, unit?: Unit) => boolean
interface Span {
  start: Date
  end: Date
  allDay?: boolean
}

/**
 * react-big-calendar's month view places every event of a week with the localizer's date math: for 1,000 events a
 * month that is hundreds of thousands of `startOf(date, 'day')` calls, each building five Dates through setters
 * (date-arithmetic), and most of the view's render time. These are the same functions, same results, with one Date
 * per call; every other unit is left to the original. The order and range rules below are the library's own
 * (sortEvents, inEventRange, continuesPrior/After, daySpan), written against the fast versions.
 */
export function withFastDateMath<T extends DateLocalizer>(localizer: T): T {
  const original = localizer.startOf.bind(localizer) as StartOf
  const startOf: StartOf = (date, unit, firstOfWeek) => {
    if (unit === 'day' || unit === 'minutes') {
      const out = new Date(date)
      if (unit === 'day') out.setHours(0, 0, 0, 0)
      else out.setSeconds(0, 0)
      return out
    }
    return original(date, unit, firstOfWeek)
  }
  const comparer =
    (operator: (a: number, b: number) => boolean): Compare =>
    (a, b, unit) =>
      unit === undefined ? operator(+a, +b) : operator(+startOf(a, unit), +startOf(b, unit))
  const eq = comparer((a, b) => a === b)
  const neq = comparer((a, b) => a !== b)
  const gt = comparer((a, b) => a > b)
  const gte = comparer((a, b) => a >= b)
  const lt = comparer((a, b) => a < b)
  const lte = comparer((a, b) => a <= b)
  // The library's own day span: the difference of the days of the month (not of the dates).
  const daySpan = (start: Date, end: Date) => Math.abs(start.getDate() - end.getDate())

  const overrides = {
    startOf,
    eq,
    neq,
    gt,
    gte,
    lt,
    lte,
    daySpan,
    isSameDate: (a: Date, b: Date) => eq(a, b, 'day'),
    continuesPrior: (start: Date, first: Date) => lt(start, first, 'day'),
    continuesAfter: (start: Date, end: Date, last: Date) => (eq(start, end, 'minutes') ? gte(end, last, 'minutes') : gt(end, last, 'minutes')),
    sortEvents: ({ evtA, evtB }: { evtA: Span; evtB: Span }) =>
      +startOf(evtA.start, 'day') - +startOf(evtB.start, 'day') ||
      daySpan(evtB.start, evtB.end) - daySpan(evtA.start, evtA.end) ||
      Number(!!evtB.allDay) - Number(!!evtA.allDay) ||
      +evtA.start - +evtB.start ||
      +evtA.end - +evtB.end,
    inEventRange: ({ event, range }: { event: Span; range: { start: Date; end: Date } }) => {
      const start = startOf(event.start, 'day')
      const startsBeforeEnd = lte(start, range.end, 'day')
      // A zero-length event counts when it ends exactly where the range starts.
      const endsAfterStart = neq(start, event.end, 'minutes') ? gt(event.end, range.start, 'minutes') : gte(event.end, range.start, 'minutes')
      return startsBeforeEnd && endsAfterStart
    },
  }
  return Object.assign(localizer, overrides)
}
