import { useEffect, useRef } from 'react'
import type { DateRange } from './visibleRange'

/**
 * Tells the host which range to fetch whenever it changes (navigation, view switch). Reported once per distinct
 * range: StrictMode's second effect run and re-renders with an equal range stay silent.
 */
export function useReportRange(range: DateRange, onRangeChange: ((range: DateRange) => void) | undefined): void {
  const callback = useRef(onRangeChange)
  const reported = useRef<string | null>(null)
  useEffect(() => {
    callback.current = onRangeChange
  }, [onRangeChange])

  const startMs = range.start.getTime()
  const endMs = range.end.getTime()
  useEffect(() => {
    const key = `${startMs}/${endMs}`
    if (reported.current === key) return
    reported.current = key
    callback.current?.({ start: new Date(startMs), end: new Date(endMs) })
  }, [startMs, endMs])
}
