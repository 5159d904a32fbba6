const formats = new Map<string, Intl.NumberFormat>()

/**
 * A shared Intl.NumberFormat for these options. Building one costs far more than formatting with it, and a list or
 * board formats a number, percentage or amount in every row it scrolls past.
 */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    formats.set(key, format)
  }
  return format
}
