const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * Formats a Postgres `date` ("2025-03-14") for display, or returns null when there is none.
 * The value is a calendar day with no time zone, so it is read and printed in UTC: `new Date(value)`
 * in the local zone would show the previous day west of Greenwich.
 */
export function formatDate(value: string | null, locale?: string): string | null {
  if (!value) return null
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return value
  const [, year, month, day] = match
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return formatter(locale).format(date)
}

function formatter(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? ''
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
    formatters.set(key, cached)
  }
  return cached
}
