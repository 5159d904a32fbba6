import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { fromDayNumber, isDateOnlyField, toDayNumber } from '../calendar/fieldDates'
import { canWriteDates, type DateFieldSet } from '../calendar/resolveDateFields'
import type { ViewStoreApi } from '../store/ViewStore'
import { useLaneSummaries } from '../engine/useLaneSummaries'
import { useViewCollaboration } from '../engine/useViewCollaboration'
import { TimelineGrid } from './TimelineGrid'
import { timelineGhosts } from './timelineGhosts'
import { timelineWindow, xToDay } from './timeScale'
import { LABEL_WIDTH } from './timelineLayout'
import type { TimelineZoom } from './timelineOptions'
import { TimelineToolbar } from './TimelineToolbar'
import { UnscheduledList } from './UnscheduledList'
import { useScrollAnchor } from './useScrollAnchor'
import { useScrollViewport } from './useScrollViewport'
import { useTimelineDrags } from './useTimelineDrags'
import { useTimelineRows } from './useTimelineRows'

export interface TimelineBodyProps {
  label: string
  fields: DateFieldSet
  allFields: readonly FieldDefinition[]
  groupField: FieldDefinition | undefined
  storeGroupsMatch: boolean
  store: ViewStoreApi
  canEdit: boolean
  zoom: TimelineZoom
  onZoom(zoom: TimelineZoom): void
  onOpenRecord(id: string): void
}

const ignore = () => {}

export function TimelineBody({ label, fields, allFields, groupField, storeGroupsMatch, store, canEdit, zoom, onZoom, onOpenRecord }: TimelineBodyProps) {
  const { bars, unscheduled, rows, toggleGroup } = useTimelineRows(store, fields, allFields, groupField, storeGroupsMatch)
  const editable = canWriteDates(canEdit, fields)
  const dateOnly = isDateOnlyField(fields.start)
  const helpId = useId()

  const [today] = useState(() => toDayNumber(new Date()))
  const { startDay, endDay } = timelineWindow(bars, today, zoom)
  // A new object only when the bounds change, so a patch inside the window re-renders no header.
  const window = useMemo(() => ({ startDay, endDay }), [startDay, endDay])

  const scrollerRef = useRef<HTMLDivElement>(null)
  const { viewport, measure } = useScrollViewport(scrollerRef)
  const { rememberAnchor, scrollToDay } = useScrollAnchor(scrollerRef, window, zoom, today, measure)

  // The store applies the patch optimistically and reverts it if the write fails; the host shows its writeError.
  const commit = useCallback((id: string, values: Record<string, unknown>) => store.getState().patch(id, values).catch(ignore), [store])
  const { reportDrag, ghosts } = useViewCollaboration()
  const ghostsById = useMemo(() => timelineGhosts(ghosts), [ghosts])
  const drags = useTimelineDrags({ zoom, window, fields, editable, scrollerRef, commit, onOpenRecord, reportDrag })

  // The whole days on screen, right of the sticky labels: what the lanes' summaries (hours, utilization) cover.
  const { reportLanes, summaries } = useLaneSummaries()
  const shownFrom = Math.max(window.startDay, Math.floor(xToDay(viewport.left, window, zoom)))
  const shownTo = Math.max(shownFrom + 1, Math.min(window.endDay, Math.ceil(xToDay(viewport.left + viewport.width - LABEL_WIDTH, window, zoom))))
  useEffect(() => {
    reportLanes(groupField ? { field: groupField, start: fromDayNumber(shownFrom), end: fromDayNumber(shownTo) } : null)
  }, [reportLanes, groupField, shownFrom, shownTo])
  useEffect(() => () => reportLanes(null), [reportLanes])

  const changeZoom = useCallback(
    (next: TimelineZoom) => {
      rememberAnchor()
      onZoom(next)
    },
    [rememberAnchor, onZoom],
  )

  return (
    <div className="cb-timeline" role="region" aria-label={`${label} timeline`}>
      <TimelineToolbar zoom={zoom} onZoom={changeZoom} onToday={() => scrollToDay(today)} />
      <div className="cb-timeline__body">
        <TimelineGrid
          scrollerRef={scrollerRef}
          viewport={viewport}
          onScroll={measure}
          rows={rows}
          window={window}
          zoom={zoom}
          today={today}
          dateOnly={dateOnly}
          editable={editable}
          resizableEnd={editable && Boolean(fields.end)}
          preview={drags.preview}
          ghosts={ghostsById}
          dropping={drags.ghost !== null}
          corner={groupField ? groupField.label : label}
          helpId={helpId}
          onBarPointerDown={drags.onBarPointerDown}
          onBarClick={drags.onBarClick}
          onBarKeyDown={drags.onBarKeyDown}
          onToggleGroup={toggleGroup}
          laneSummaries={summaries}
        />
        <UnscheduledList items={unscheduled} editable={editable} onPointerDown={drags.onUnscheduledPointerDown} onClick={drags.onUnscheduledClick} />
      </div>
      {editable && (
        <p id={helpId} className="ui-visually-hidden">
          Drag to move, or drag an end to change it. Arrow keys move by one step; Shift and arrow keys move the end.
        </p>
      )}
      {drags.ghost && (
        <div className="cb-timeline__ghost" style={{ left: drags.ghost.x, top: drags.ghost.y }} aria-hidden="true">
          {drags.ghost.title}
        </div>
      )}
    </div>
  )
}
