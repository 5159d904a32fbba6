import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react'
import { DRAG_THRESHOLD_PX } from './timelineLayout'

export interface PointerDragCallbacks {
  /** Called for every move once the pointer has passed the threshold. */
  onMove(dx: number, dy: number, event: PointerEvent): void
  /** Called on release after a real drag (not after a click), or with `cancelled` on Escape/pointercancel. */
  onEnd(event: PointerEvent | null, cancelled: boolean): void
}

/**
 * Window-level pointer tracking for one drag at a time, shared by bar moves/resizes and scheduling from the
 * side list. `start` returns at once; the listeners are removed on release, Escape or unmount. `consumeClick`
 * tells a click handler to ignore the click the browser fires after a drag's pointerup.
 */
export function usePointerDrag() {
  const cleanup = useRef<(() => void) | null>(null)
  const justDragged = useRef(false)

  useEffect(() => () => cleanup.current?.(), [])

  const start = useCallback((event: ReactPointerEvent, callbacks: PointerDragCallbacks) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.stopPropagation()
    cleanup.current?.()
    const originX = event.clientX
    const originY = event.clientY
    let dragging = false

    const move = (moveEvent: PointerEvent) => {
      const dx = moveEvent.clientX - originX
      const dy = moveEvent.clientY - originY
      if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return
      dragging = true
      callbacks.onMove(dx, dy, moveEvent)
    }
    const finish = (endEvent: PointerEvent | null, cancelled: boolean) => {
      stop()
      if (!dragging) return
      // The click that follows this pointerup belongs to the drag; a timer clears the flag if none comes.
      justDragged.current = true
      setTimeout(() => (justDragged.current = false), 0)
      callbacks.onEnd(endEvent, cancelled)
    }
    const up = (upEvent: PointerEvent) => finish(upEvent, false)
    const cancel = () => finish(null, true)
    const key = (keyEvent: KeyboardEvent) => {
      if (keyEvent.key === 'Escape') finish(null, true)
    }
    const stop = () => {
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', up)
      window.removeEventListener('pointercancel', cancel)
      window.removeEventListener('keydown', key)
      cleanup.current = null
    }
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', up)
    window.addEventListener('pointercancel', cancel)
    window.addEventListener('keydown', key)
    cleanup.current = stop
  }, [])

  const consumeClick = useCallback(() => {
    const dragged = justDragged.current
    justDragged.current = false
    return dragged
  }, [])

  return { start, consumeClick }
}
