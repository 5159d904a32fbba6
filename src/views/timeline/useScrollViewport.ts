import { useCallback, useLayoutEffect, useState, type RefObject } from 'react'
import { FALLBACK_VIEWPORT } from './timelineLayout'

export interface Viewport {
  top: number
  left: number
  width: number
  height: number
}

/** The scroller's scroll position and size, for windowing rows and header ticks. */
export function useScrollViewport(ref: RefObject<HTMLElement | null>) {
  const [viewport, setViewport] = useState<Viewport>({ top: 0, left: 0, ...FALLBACK_VIEWPORT })

  const measure = useCallback(() => {
    const element = ref.current
    if (!element) return
    const next = {
      top: element.scrollTop,
      left: element.scrollLeft,
      // jsdom (and a hidden tab) report 0: keep a sensible window rather than render nothing.
      width: element.clientWidth || FALLBACK_VIEWPORT.width,
      height: element.clientHeight || FALLBACK_VIEWPORT.height,
    }
    setViewport((current) =>
      current.top === next.top && current.left === next.left && current.width === next.width && current.height === next.height ? current : next,
    )
  }, [ref])

  useLayoutEffect(() => {
    measure()
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, measure])

  return { viewport, measure }
}
