import { useCallback, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react'
import { isDateOnlyField } from '../calendar/fieldDates'
import type { DateFieldSet } from '../calendar/resolveDateFields'
import { applyDrag, scheduleSpan, snapDelta, snapUnit, spanToPatch, type DragMode } from './barDrag'
import { xToDay, type DayWindow, type Span } from './timeScale'
import type { TimelineBar } from './timelineBars'
import { HEADER_HEIGHT, LABEL_WIDTH } from './timelineLayout'
import type { TimelineZoom } from './timelineOptions'
import { usePointerDrag } from './usePointerDrag'
import type { UnscheduledRecord } from './useTimelineRows'

export interface TimelineDragOptions {
  zoom: TimelineZoom
  window: DayWindow
  fields: DateFieldSet
  editable: boolean
  scrollerRef: RefObject<HTMLDivElement | null>
  /** Sends one patch; the store applies it optimistically and reverts it if the write fails. */
  commit(recordId: string, values: Record<string, unknown>): void
  onOpenRecord(id: string): void
  /** Shows everyone else the bar's span while it is dragged (null ends it). */
  reportDrag?(recordId: string, place: unknown): void
}

export interface BarPreview {
  id: string
  span: Span
}

export interface ScheduleGhost extends UnscheduledRecord {
  x: number
  y: number
}

/**
 * Every pointer and keyboard interaction of the timeline: moving and resizing bars (previewed locally, one patch
 * on release), nudging them with the arrow keys, and scheduling a record by dragging it from the side list.
 */
export function useTimelineDrags({ zoom, window, fields, editable, scrollerRef, commit, onOpenRecord, reportDrag }: TimelineDragOptions) {
  const { start, consumeClick } = usePointerDrag()
  const [preview, setPreview] = useState<BarPreview | null>(null)
  const [ghost, setGhost] = useState<ScheduleGhost | null>(null)
  const dateOnly = isDateOnlyField(fields.start)
  const unit = snapUnit(zoom, dateOnly)

  const onBarPointerDown = useCallback(
    (event: PointerEvent, bar: TimelineBar, mode: DragMode) => {
      if (!editable) return
      let delta = 0
      start(event, {
        onMove(dx) {
          delta = snapDelta(dx, zoom, unit)
          const span = applyDrag(bar, mode, delta, unit)
          setPreview({ id: bar.id, span })
          reportDrag?.(bar.id, { span })
        },
        onEnd(_event, cancelled) {
          setPreview(null)
          reportDrag?.(bar.id, null)
          if (!cancelled && delta !== 0) commit(bar.id, spanToPatch(applyDrag(bar, mode, delta, unit), mode, fields))
        },
      })
    },
    [editable, start, zoom, unit, commit, fields, reportDrag],
  )

  const onBarClick = useCallback(
    (bar: TimelineBar) => {
      if (!consumeClick()) onOpenRecord(bar.id)
    },
    [consumeClick, onOpenRecord],
  )

  // Arrow keys move a bar by one snap unit; with Shift they move its end (the keyboard way to drag).
  const onBarKeyDown = useCallback(
    (event: KeyboardEvent, bar: TimelineBar) => {
      if (!editable || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return
      event.preventDefault()
      const mode: DragMode = event.shiftKey && fields.end ? 'end' : 'move'
      const delta = event.key === 'ArrowLeft' ? -unit : unit
      commit(bar.id, spanToPatch(applyDrag(bar, mode, delta, unit), mode, fields))
    },
    [editable, unit, commit, fields],
  )

  const dayAtPoint = useCallback(
    (clientX: number, clientY: number): number | null => {
      const scroller = scrollerRef.current
      if (!scroller) return null
      const rect = scroller.getBoundingClientRect()
      const x = clientX - rect.left
      const y = clientY - rect.top
      if (x < LABEL_WIDTH || x > rect.width || y < HEADER_HEIGHT || y > rect.height) return null
      return xToDay(x - LABEL_WIDTH + scroller.scrollLeft, window, zoom)
    },
    [scrollerRef, window, zoom],
  )

  const onUnscheduledPointerDown = useCallback(
    (event: PointerEvent, item: UnscheduledRecord) => {
      if (!editable) return
      start(event, {
        onMove(_dx, _dy, moveEvent) {
          setGhost({ ...item, x: moveEvent.clientX, y: moveEvent.clientY })
        },
        onEnd(endEvent, cancelled) {
          setGhost(null)
          if (cancelled || !endEvent) return
          const day = dayAtPoint(endEvent.clientX, endEvent.clientY)
          if (day !== null) commit(item.id, spanToPatch(scheduleSpan(day, zoom, dateOnly), 'move', fields))
        },
      })
    },
    [editable, start, dayAtPoint, commit, zoom, dateOnly, fields],
  )

  const onUnscheduledClick = useCallback(
    (item: UnscheduledRecord) => {
      if (!consumeClick()) onOpenRecord(item.id)
    },
    [consumeClick, onOpenRecord],
  )

  return { preview, ghost, onBarPointerDown, onBarClick, onBarKeyDown, onUnscheduledPointerDown, onUnscheduledClick }
}
