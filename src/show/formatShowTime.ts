/**
 * A countdown or duration as a stage clock shows it: `m:ss`, or `h:mm:ss` from an hour on. A negative value (time over)
 * is its absolute value with a leading `-`; the caller decides how to label it.
 *
 * Time left rounds up to the second, so the clock shows 0:01 until time is really up and 0:00 only when it is (a
 * countdown that read 0:00 with time left would call a cue early). Time over rounds down, so it counts up in whole
 * seconds from -0:00 the way a stopwatch does; the sign is kept in that first second because the cue is over.
 * Anything that is not a finite number shows as `--:--`, so a bad reading never breaks a show screen.
 */
export function formatShowTime(ms: number): string {
  if (!Number.isFinite(ms)) return '--:--'
  const negative = ms < 0
  const totalSeconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const clock = hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`
  return negative ? `-${clock}` : clock
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
