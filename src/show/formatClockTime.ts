const formats = new Map<string, Intl.DateTimeFormat>()

function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key)
  if (!format) formats.set(key, (format = make()))
  return format
}

/** A moment as the stage clock shows it, 24-hour `HH:MM` in the workspace's zone. */
export function formatClockTime(ms: number, timeZone: string): string {
  return cached(`time|${timeZone}`, () => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })).format(ms)
}

/** The day and time of a show, `Tue 8 Dec, 14:00`, in the workspace's zone. */
export function formatShowDay(ms: number, timeZone: string): string {
  return cached(`day|${timeZone}`, () =>
    new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
  ).format(ms)
}
