import { Fragment, useMemo, type KeyboardEvent, type PointerEvent, type ReactNode, type RefObject, type UIEventHandler } from 'react'
import type { DragMode } from './barDrag'
import { visibleRowRange } from './rowWindow'
import { TimelineBarButton } from './TimelineBarButton'
import { TimelineGhostBar } from './TimelineGhostBar'
import type { TimelineGhost } from './timelineGhosts'
import { TimelineHeader } from './TimelineHeader'
import { dayToX, PX_PER_DAY, scaleTicks, windowWidth, xToDay, type DayWindow } from './timeScale'
import type { TimelineBar, TimelineRow } from './timelineBars'
import { HEADER_HEIGHT, LABEL_WIDTH, ROW_HEIGHT } from './timelineLayout'
import type { TimelineZoom } from './timelineOptions'
import type { BarPreview } from './useTimelineDrags'
import type { Viewport } from './useScrollViewport'

export interface TimelineGridProps {
  scrollerRef: RefObject<HTMLDivElement | null>
  viewport: Viewport
  onScroll: UIEventHandler<HTMLDivElement>
  rows: TimelineRow[]
  window: DayWindow
  zoom: TimelineZoom
  today: number
  dateOnly: boolean
  editable: boolean
  resizableEnd: boolean
  preview: BarPreview | null
  /** Others dragging bars of this view, by record id. */
  ghosts?: ReadonlyMap<string, TimelineGhost>
  dropping: boolean
  corner: string
  helpId: string
  onBarPointerDown(event: PointerEvent, bar: TimelineBar, mode: DragMode): void
  onBarClick(bar: TimelineBar): void
  onBarKeyDown(event: KeyboardEvent, bar: TimelineBar): void
  onToggleGroup(key: string): void
  /** What each lane's header shows beside its name (hours, utilization), by group key. */
  laneSummaries?: ReadonlyMap<string, ReactNode>
}

/** Lines under the rows: one per day (day zoom) or per week (week zoom); months are too uneven for a gradient. */
const LINE_DAYS: Record<TimelineZoom, number | null> = { day: 1, week: 7, month: null }

/**
 * The scrolling grid: sticky header and labels, a today line, and only the rows (and bars) near the viewport.
 * Rows are windowed by index (all rows have the same height); bars and ticks by the visible days.
 */
export function TimelineGrid(props: TimelineGridProps) {
  const { scrollerRef, viewport, onScroll, rows, window, zoom, today, preview } = props
  const width = LABEL_WIDTH + windowWidth(window, zoom)
  const { first, last } = visibleRowRange(viewport.top, viewport.height - HEADER_HEIGHT, ROW_HEIGHT, rows.length)
  // One viewport of overscan each side keeps bars and ticks in place during a fast scroll.
  const fromDay = Math.floor(xToDay(viewport.left - viewport.width, window, zoom))
  const toDay = Math.ceil(xToDay(viewport.left + 2 * viewport.width, window, zoom))
  const scale = useMemo(() => scaleTicks(window, zoom, fromDay, toDay), [window, zoom, fromDay, toDay])
  const lineDays = LINE_DAYS[zoom]
  const todayX = LABEL_WIDTH + dayToX(today, window, zoom)

  return (
    <div
      ref={scrollerRef}
      className={`cb-timeline__scroller${props.dropping ? ' cb-timeline__scroller--dropping' : ''}`}
      onScroll={onScroll}
      role="region"
      aria-label="Timeline grid"
      tabIndex={0}
    >
      <div className="cb-timeline__canvas" style={{ width, height: HEADER_HEIGHT + rows.length * ROW_HEIGHT }}>
        <TimelineHeader scale={scale} window={window} zoom={zoom} width={width} corner={props.corner} />
        {lineDays && (
          <div
            className="cb-timeline__lines"
            style={{ left: LABEL_WIDTH, top: HEADER_HEIGHT, backgroundSize: `${lineDays * PX_PER_DAY[zoom]}px 100%` }}
          />
        )}
        <div className="cb-timeline__today" style={{ left: todayX }} data-testid="timeline-today" aria-hidden="true" />
        {rows.slice(first, last).map((row, offset) => {
          const top = HEADER_HEIGHT + (first + offset) * ROW_HEIGHT
          if (row.kind === 'group') {
            const summary = props.laneSummaries?.get(row.groupKey)
            return (
              <div key={row.key} className="cb-timeline__row cb-timeline__row--group" style={{ top }}>
                <button
                  type="button"
                  className="cb-timeline__group-toggle"
                  aria-expanded={!row.collapsed}
                  onClick={() => props.onToggleGroup(row.groupKey)}
                >
                  <span aria-hidden="true">{row.collapsed ? '▸' : '▾'}</span> {row.label}{' '}
                  <span className="cb-timeline__count">{row.count}</span>
                </button>
                {summary && <div className="cb-timeline__lane-summary">{summary}</div>}
              </div>
            )
          }
          return (
            <div key={row.key} className="cb-timeline__row" style={{ top }} data-row-key={row.key}>
              <div className="cb-timeline__label">{row.label}</div>
              {row.bars.map((bar) => {
                const ghost = props.ghosts?.get(bar.id)
                const dragging = preview?.id === bar.id
                const span = dragging ? preview.span : bar
                if (!dragging && (span.end < fromDay || span.start > toDay)) return null
                return (
                  <Fragment key={bar.id}>
                  {ghost && !dragging && <TimelineGhostBar ghost={ghost} title={bar.title} window={window} zoom={zoom} />}
                  <TimelineBarButton
                    key={bar.id}
                    bar={bar}
                    span={span}
                    window={window}
                    zoom={zoom}
                    dateOnly={props.dateOnly}
                    editable={props.editable}
                    resizableEnd={props.resizableEnd}
                    dragging={dragging}
                    helpId={props.helpId}
                    onPointerDown={props.onBarPointerDown}
                    onClick={props.onBarClick}
                    onKeyDown={props.onBarKeyDown}
                  />
                  </Fragment>
                )
              })}
            </div>
          )
        })}
      </div>
    </div>
  )
}
