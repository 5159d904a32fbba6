import { memo, type KeyboardEvent, type PointerEvent } from 'react'
import type { DragMode } from './barDrag'
import { barDateText } from './barLabel'
import { dayToX, PX_PER_DAY, type DayWindow, type Span } from './timeScale'
import type { TimelineBar } from './timelineBars'
import { LABEL_WIDTH, MIN_BAR_WIDTH } from './timelineLayout'
import type { TimelineZoom } from './timelineOptions'

export interface TimelineBarButtonProps {
  bar: TimelineBar
  /** Where to draw it: the bar's own span, or the drag preview. */
  span: Span
  window: DayWindow
  zoom: TimelineZoom
  dateOnly: boolean
  editable: boolean
  resizableEnd: boolean
  dragging: boolean
  helpId: string
  onPointerDown(event: PointerEvent, bar: TimelineBar, mode: DragMode): void
  onClick(bar: TimelineBar): void
  onKeyDown(event: KeyboardEvent, bar: TimelineBar): void
}

/** One bar: a button (click or Enter opens the record) with a grip at each end for resizing. */
export const TimelineBarButton = memo(function TimelineBarButton({
  bar,
  span,
  window,
  zoom,
  dateOnly,
  editable,
  resizableEnd,
  dragging,
  helpId,
  onPointerDown,
  onClick,
  onKeyDown,
}: TimelineBarButtonProps) {
  const dates = barDateText(span, dateOnly)
  // Rows span the label column too (it is sticky inside them), so a bar sits LABEL_WIDTH in, as the header's ticks do.
  const left = LABEL_WIDTH + dayToX(span.start, window, zoom)
  const width = Math.max(MIN_BAR_WIDTH, (span.end - span.start) * PX_PER_DAY[zoom])
  return (
    <button
      type="button"
      className={`cb-timeline-bar${dragging ? ' cb-timeline-bar--dragging' : ''}${editable ? ' cb-timeline-bar--editable' : ''}`}
      style={{ left, width }}
      aria-label={`${bar.title}, ${dates}`}
      aria-describedby={editable ? helpId : undefined}
      title={`${bar.title}\n${dates}`}
      data-record-id={bar.id}
      onPointerDown={editable ? (event) => onPointerDown(event, bar, 'move') : undefined}
      onClick={() => onClick(bar)}
      onKeyDown={editable ? (event) => onKeyDown(event, bar) : undefined}
    >
      {editable && (
        <span
          className="cb-timeline-bar__grip cb-timeline-bar__grip--start"
          data-grip="start"
          aria-hidden="true"
          onPointerDown={(event) => onPointerDown(event, bar, 'start')}
        />
      )}
      <span className="cb-timeline-bar__title">{bar.title}</span>
      {resizableEnd && (
        <span
          className="cb-timeline-bar__grip cb-timeline-bar__grip--end"
          data-grip="end"
          aria-hidden="true"
          onPointerDown={(event) => onPointerDown(event, bar, 'end')}
        />
      )}
    </button>
  )
})
