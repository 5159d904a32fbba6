const formats = new Map<string, Intl.DateTimeFormat>()

/** A moment as the stage clock shows it, 24-hour `HH:MM` in the workspace's zone. */
export function formatClockTime(ms: number, timeZone: string): string {
  let format = formats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
    formats.set(timeZone, format)
  }
  return format.format(ms)
}
