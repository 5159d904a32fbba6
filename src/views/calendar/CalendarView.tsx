import { useCallback, useMemo, useRef, useState, type CSSProperties } from 'react'
import { useStore } from 'zustand'
import type { View } from 'react-big-calendar/lib/Calendar'
import type { EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop'
import { personColor } from '../../ui/Avatar'
import { EmptyState } from '../../ui/EmptyState'
import { useViewCollaboration } from '../engine/useViewCollaboration'
import type { ViewRendererProps } from '../engine/ViewRenderer'
import { calendarLocalizer } from './calendarLocalizer'
import { CALENDAR_CULTURE, WEEK_STARTS_ON } from './calendarLocale'
import type { CalendarOptions } from './calendarOptions'
import { DragAndDropCalendar } from './DragAndDropCalendar'
import { eventDropToPatch, patchChangesRecord, slotToValues, type SlotSelection } from './eventDropToPatch'
import { eventsInRange, type CalendarEvent, type CalendarFieldSet } from './recordToEvent'
import { canWriteDates, resolveDateFields } from './resolveDateFields'
import { useReportRange } from './useReportRange'
import { calendarViewNames, fetchRange, isCalendarViewName, type CalendarViewName } from './visibleRange'
import './CalendarView.css'

const views: View[] = [...calendarViewNames]
const scrollToTime = new Date(1970, 0, 1, 8)
const ignore = () => {}

/**
 * The calendar: react-big-calendar's month, week, day and agenda views over the store's records. It reports the
 * range to load through onRangeChange (the visible range widened by one period each side) and draws only the
 * events inside that range, however many records the store holds.
 */
export function CalendarView({ module, fields, options, store, canEdit, onOpenRecord, onRangeChange }: ViewRendererProps<CalendarOptions>) {
  const resolved = useMemo(() => {
    const base = resolveDateFields(options, fields, module)
    if (!base.ok) return base
    const color = options.colorField ? fields.find((field) => field.key === options.colorField) : undefined
    const set: CalendarFieldSet = color ? { ...base, color } : base
    return { ...set, ok: true as const }
  }, [options, fields, module])
  const records = useStore(store, (state) => state.records)
  const groupedIds = useStore(store, (state) => state.groupedIds)

  // The toolbar's view choice lasts while the saved default stays the same; a new default takes over.
  const [chosenView, setChosenView] = useState<{ forDefault: CalendarViewName; view: CalendarViewName } | null>(null)
  const view = chosenView?.forDefault === options.defaultView ? chosenView.view : options.defaultView
  const [date, setDate] = useState(() => new Date())

  const range = useMemo(() => fetchRange(date, view, WEEK_STARTS_ON), [date, view])
  useReportRange(range, onRangeChange)

  // Events are cached per record object; a new field set (options changed) starts a new cache.
  const cache = useMemo(() => (resolved.ok ? new WeakMap<object, CalendarEvent | null>() : null), [resolved])
  const events = useMemo(() => {
    if (!resolved.ok || !cache) return []
    return eventsInRange(Object.values(groupedIds).flat(), records, resolved, range, cache)
  }, [resolved, cache, groupedIds, records, range])

  // react-big-calendar reports the start of a drag but not where it is until the drop: others see which event is
  // being moved (outlined in the mover's colour), from pick-up to drop.
  const { reportDrag, ghosts } = useViewCollaboration()
  const onDragStart = useCallback(({ event }: { event: CalendarEvent }) => reportDrag(event.id, { moving: true }), [reportDrag])
  const eventPropGetter = useCallback(
    (event: CalendarEvent) => {
      const base = eventProps(event)
      const ghost = ghosts.get(event.id)
      if (!ghost) return base
      return { className: `${base.className ?? ''} cb-calendar__event--moved-elsewhere`, style: { ...base.style, outline: `2px dashed ${personColor(ghost.userId)}`, outlineOffset: '1px' } }
    },
    [ghosts],
  )

  const editable = resolved.ok && canWriteDates(canEdit, resolved)
  const resizable = editable && resolved.ok && resolved.end !== undefined

  const handleMove = useCallback(
    ({ event, start, end }: EventInteractionArgs<CalendarEvent>) => {
      reportDrag(event.id, null)
      if (!editable || !resolved.ok) return
      const record = store.getState().records[event.id]
      const values = eventDropToPatch({ start, end }, resolved)
      if (!record || !patchChangesRecord(record, values, resolved)) return
      // The store applies the change optimistically and reverts it on failure; the host shows its writeError.
      store.getState().patch(event.id, values).catch(ignore)
    },
    [editable, resolved, store, reportDrag],
  )

  // One record per gesture: the second click of a double click, or a click while a create is pending, adds nothing.
  const creating = useRef(false)
  const handleSelectSlot = useCallback(
    (slot: SlotSelection & { action?: string }) => {
      if (!editable || !resolved.ok || slot.action === 'doubleClick' || creating.current) return
      creating.current = true
      const values = slotToValues(slot, resolved, `New ${module.singular.toLowerCase()}`)
      store
        .getState()
        .create(values)
        .then((id) => {
          if (id) onOpenRecord(id)
        })
        .catch(ignore)
        .finally(() => (creating.current = false))
    },
    [editable, resolved, module.singular, store, onOpenRecord],
  )

  const handleSelectEvent = useCallback((event: CalendarEvent) => onOpenRecord(event.id), [onOpenRecord])
  const handleView = useCallback(
    (next: View) => {
      if (isCalendarViewName(next)) setChosenView({ forDefault: options.defaultView, view: next })
    },
    [options.defaultView],
  )
  const draggable = useCallback(() => editable, [editable])
  const canResize = useCallback(() => resizable, [resizable])

  if (!resolved.ok) {
    return <EmptyState title="This calendar has no date field">{resolved.message}</EmptyState>
  }

  return (
    <div className="cb-calendar" aria-label={`${module.label} calendar`} role="region">
      <div className="cb-calendar__body">
        <DragAndDropCalendar
          localizer={calendarLocalizer}
          culture={CALENDAR_CULTURE}
          events={events}
          date={date}
          view={view}
          views={views}
          onNavigate={setDate}
          onView={handleView}
          startAccessor="start"
          endAccessor="end"
          allDayAccessor="allDay"
          titleAccessor="title"
          eventPropGetter={eventPropGetter}
          onDragStart={onDragStart}
          popup
          scrollToTime={scrollToTime}
          selectable={editable}
          onSelectSlot={handleSelectSlot}
          onSelectEvent={handleSelectEvent}
          draggableAccessor={draggable}
          resizableAccessor={canResize}
          resizable={resizable}
          onEventDrop={handleMove}
          onEventResize={handleMove}
        />
      </div>
    </div>
  )
}

function eventProps(event: CalendarEvent): { className?: string; style?: CSSProperties } {
  if (!event.color) return { className: 'cb-calendar__event' }
  if ('palette' in event.color) return { className: `cb-calendar__event cb-calendar__event--${event.color.palette}` }
  return { className: 'cb-calendar__event', style: { backgroundColor: event.color.css, borderColor: event.color.css } }
}
