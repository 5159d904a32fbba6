// Calendar days (`YYYY-MM-DD`, Postgres `date`) and instants (`timestamptz`, ISO 8601) without a time-zone library:
// days are plain strings that sort as they should; instants compare at microsecond precision like Postgres.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar day in the years Postgres and JavaScript agree on (0001–9999). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = DAY.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0)
}

/** A UTC date from full-year parts (Date.UTC would read years 0–99 as 1900–1999). */
export function utcDate(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, 0)
  return date
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** `day` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return formatUtcDay(utcDate(y, m, d + days))
}

export function formatUtcDay(date: Date): string {
  const y = date.getUTCFullYear()
  return `${String(y).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

const pad = (n: number) => String(n).padStart(2, '0')

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)$/

/**
 * Microseconds since the epoch of an ISO 8601 instant with an offset ('Z', '+01:00', '+0100', '+01'), as Postgres
 * stores timestamptz (PostgREST sends `2026-11-23T19:30:00.123456+00:00`); null when it is not one.
 */
export function instantMicros(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const m = INSTANT.exec(value.trim())
  if (!m) return null
  // Plain arithmetic, no arrays or Date objects: a sort or a calendar reads this for every row it holds.
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const hour = Number(m[4])
  const minute = Number(m[5])
  const second = m[6] === undefined ? 0 : Number(m[6])
  const digits = m[7] ?? ''
  const fraction = digits === '' ? 0 : Number(digits) * 10 ** (6 - digits.length)
  // Postgres accepts 24:00:00 (the end of the day) and a leap second, nothing beyond.
  const endOfDay = hour === 24 && minute === 0 && second === 0 && fraction === 0
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  if ((hour > 23 && !endOfDay) || minute > 59 || second > 60) return null
  const zone = m[8] as string
  let offsetMinutes = 0
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const offset = zone.slice(1).replace(':', '')
    offsetMinutes = sign * (Number(offset.slice(0, 2)) * 60 + Number(offset.slice(2, 4) || '0'))
  }
  // Date.UTC reads years 0-99 as 1900-1999; utcDate does not.
  const utc = year >= 100 ? Date.UTC(year, month - 1, day, hour, minute, second) : utcDate(year, month, day, hour, minute, second).getTime()
  return (utc - offsetMinutes * 60_000) * 1000 + fraction
}

/** The canonical stored form of a custom date-time: UTC with milliseconds, `2026-11-23T19:30:00.000Z`. */
export function canonicalInstant(value: unknown): string | null {
  const micros = instantMicros(value)
  if (micros === null) return null
  const date = new Date(Math.floor(micros / 1000))
  const year = date.getUTCFullYear()
  if (year < 1 || year > 9999) return null
  return `${formatUtcDay(date)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${String(date.getUTCMilliseconds()).padStart(3, '0')}Z`
}

/** The calendar day an instant falls on in `timeZone`. */
export function dayInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`
}

/** The offset of `timeZone` from UTC at `instant`, in minutes (Europe/London in summer: 60). */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const asUtc = utcDate(get('year'), get('month'), get('day'), get('hour') % 24, get('minute'), get('second')).getTime()
  return Math.round((asUtc - (instant.getTime() - instant.getUTCMilliseconds())) / 60_000)
}

/** The instant a calendar day starts in `timeZone` (midnight local time), as canonical ISO. */
export function startOfDayInZone(day: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const guess = utcDate(y, m, d)
  // Two passes settle days on which the offset changes.
  let instant = guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000
  instant = guess.getTime() - zoneOffsetMinutes(new Date(instant), timeZone) * 60_000
  return canonicalInstant(new Date(instant).toISOString()) as string
}

/** Is `timeZone` one the platform knows? */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}
