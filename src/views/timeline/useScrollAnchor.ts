import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react'
import { dayToX, PX_PER_DAY, xToDay, type DayWindow } from './timeScale'
import { FALLBACK_VIEWPORT, LABEL_WIDTH } from './timelineLayout'
import type { TimelineZoom } from './timelineOptions'

/** Where the anchored day sits in the visible part of the grid: a third in, so there is context before it. */
const ANCHOR_FRACTION = 1 / 3

/**
 * Keeps the horizontal scroll meaningful: opens on today, keeps the same day in place across a zoom change, and
 * compensates when the window grows to the left (a bar dragged before the first day) so nothing jumps.
 */
export function useScrollAnchor(
  ref: RefObject<HTMLDivElement | null>,
  window: DayWindow,
  zoom: TimelineZoom,
  today: number,
  onScrolled: () => void,
) {
  const anchor = useRef<number | null>(null)
  const previous = useRef<{ zoom: TimelineZoom; startDay: number } | null>(null)

  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const before = previous.current
    previous.current = { zoom, startDay: window.startDay }
    if (before && before.zoom === zoom) {
      if (before.startDay === window.startDay) return
      element.scrollLeft += (before.startDay - window.startDay) * PX_PER_DAY[zoom]
    } else {
      const day = anchor.current ?? today
      anchor.current = null
      element.scrollLeft = Math.max(0, dayToX(day, window, zoom) - gridWidth(element) * ANCHOR_FRACTION)
    }
    onScrolled()
  }, [ref, window, zoom, today, onScrolled])

  /** Call before changing the zoom: the day now at the anchor stays there. */
  const rememberAnchor = useCallback(() => {
    const element = ref.current
    if (element) anchor.current = xToDay(element.scrollLeft + gridWidth(element) * ANCHOR_FRACTION, window, zoom)
  }, [ref, window, zoom])

  const scrollToDay = useCallback(
    (day: number) => {
      const element = ref.current
      if (!element) return
      element.scrollLeft = Math.max(0, dayToX(day, window, zoom) - gridWidth(element) * ANCHOR_FRACTION)
      onScrolled()
    },
    [ref, window, zoom, onScrolled],
  )

  return { rememberAnchor, scrollToDay }
}

function gridWidth(element: HTMLElement): number {
  return (element.clientWidth || FALLBACK_VIEWPORT.width) - LABEL_WIDTH
}
