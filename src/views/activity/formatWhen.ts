const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** "1 Mar 2025, 10:02" in the reader's locale and zone; '' for what is not a date. */
export function formatWhen(iso: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? '' : format.format(time)
}
