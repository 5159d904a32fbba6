import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { ComponentType } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FieldDefinition } from '../../src/custom-fields/FieldDefinition'
import type { ModuleDefinition } from '../../src/modules/ModuleDefinition'
import { calendarRenderer } from '../../src/views/calendar/calendarRenderer'
import type { CalendarOptions } from '../../src/views/calendar/calendarOptions'
import type { CalendarEvent } from '../../src/views/calendar/recordToEvent'
import type { SavedView } from '../../src/views/engine/savedView'
import type { ViewRendererProps } from '../../src/views/engine/ViewRenderer'
import { fixtureViewStore, type FixtureViewStore } from './support/fixtureViewStore'
import type { RecordRow } from '../../src/views/store/ViewStore'

// The drag-and-drop addon is real; this wrapper only keeps the props it was last rendered with, so a test can
// fire the addon's onEventDrop/onEventResize/onSelectSlot as a pointer drag would (jsdom has no layout to drag in).
const rbc = vi.hoisted(() => ({ props: null as null | Record<string, unknown> }))
vi.mock('react-big-calendar/lib/addons/dragAndDrop', async (importOriginal) => {
  const actual = await importOriginal<{ default: (calendar: ComponentType<object>) => ComponentType<object> }>()
  return {
    default(calendar: ComponentType<object>) {
      const Wrapped = actual.default(calendar)
      return function Capturing(props: Record<string, unknown>) {
        rbc.props = props
        return <Wrapped {...props} />
      }
    },
  }
})

function field(key: string, type: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { key, label: key, type, config: {}, source: 'column', required: false, readOnly: false, ...extra }
}

const fields: FieldDefinition[] = [
  field('name', 'text'),
  field('start_date', 'date'),
  field('end_date', 'date'),
  field('starts_at', 'date_time'),
  field('ends_at', 'date_time'),
  field('status', 'single_select', {
    config: { options: [{ value: 'confirmed', label: 'Confirmed', color: 'green' }, { value: 'hold', label: 'Hold', color: 'yellow' }] },
  }),
]

const module: ModuleDefinition = {
  key: 'rehearsals',
  label: 'Rehearsals',
  singular: 'Rehearsal',
  table: 'rehearsals',
  fields,
  titleField: 'name',
  dateFields: { start: 'start_date', end: 'end_date' },
  viewTypes: ['list', 'calendar'],
  defaultViews: [],
}

function savedView(options: Record<string, unknown>): SavedView {
  return {
    version: 1,
    id: 'view-1',
    workspaceId: 'ws-1',
    module: 'rehearsals',
    type: 'calendar',
    name: 'Calendar',
    filter: null,
    sorts: [],
    groupBy: null,
    fields: [],
    options,
    isShared: true,
    isLocked: false,
    ownerId: null,
    position: null,
  }
}

const rows: RecordRow[] = [
  { id: 'r1', name: 'Act one blocking', start_date: '2025-03-10', end_date: '2025-03-12', status: 'confirmed' },
  { id: 'r2', name: 'Tech rehearsal', start_date: '2025-03-20', end_date: '2025-03-20', status: 'hold' },
  { id: 'r3', name: 'Autumn tour', start_date: '2025-09-01', end_date: '2025-09-05', status: 'hold' },
  { id: 'r4', name: 'Unscheduled read-through', start_date: null, end_date: null, status: null },
]

function renderCalendar(
  options: Partial<CalendarOptions> = {},
  { store = fixtureViewStore(rows), canEdit = true, onRangeChange }: { store?: FixtureViewStore; canEdit?: boolean; onRangeChange?: (range: { start: Date; end: Date }) => void } = {},
) {
  const parsed = calendarRenderer.optionsSchema.parse({ ...calendarRenderer.defaultOptions(module), ...options })
  const onOpenRecord = vi.fn()
  const Component: ComponentType<ViewRendererProps<CalendarOptions>> = calendarRenderer.Component
  render(
    <Component
      module={module}
      fields={fields}
      view={savedView(parsed)}
      options={parsed}
      store={store.store}
      canEdit={canEdit}
      onOpenRecord={onOpenRecord}
      onOptionsChange={vi.fn()}
      onRangeChange={onRangeChange}
    />,
  )
  return { ...store, onOpenRecord }
}

function calendarProps() {
  if (!rbc.props) throw new Error('the calendar has not rendered')
  return rbc.props as {
    events: CalendarEvent[]
    selectable: boolean
    resizable: boolean
    draggableAccessor: (event: CalendarEvent) => boolean
    onEventDrop: (args: { event: CalendarEvent; start: Date; end: Date; isAllDay?: boolean }) => void
    onEventResize: (args: { event: CalendarEvent; start: Date; end: Date }) => void
    onSelectSlot: (slot: { start: Date; end: Date; slots: Date[]; action: string }) => void
    onSelectEvent: (event: CalendarEvent) => void
  }
}

function eventById(id: string): CalendarEvent {
  const event = calendarProps().events.find((candidate) => candidate.id === id)
  if (!event) throw new Error(`no event ${id}`)
  return event
}

beforeEach(() => {
  rbc.props = null
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2025, 2, 14, 12))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the calendar renderer', () => {
  it('when a view opens, it shows the month of today with the records that have dates', async () => {
    renderCalendar()
    const calendar = await screen.findByRole('region', { name: 'Rehearsals calendar' })
    expect(within(calendar).getByText('March 2025')).toBeTruthy()
    expect(within(calendar).getByText('Act one blocking')).toBeTruthy()
    expect(within(calendar).getByText('Tech rehearsal')).toBeTruthy()
    expect(within(calendar).queryByText('Unscheduled read-through')).toBeNull()
  })

  it('only events in the visible month plus one month each side reach the calendar, and the host is told that range', async () => {
    const onRangeChange = vi.fn()
    renderCalendar({}, { onRangeChange })
    await screen.findByText('March 2025')
    expect(calendarProps().events.map((event) => event.id)).toEqual(['r1', 'r2'])
    expect(onRangeChange.mock.calls).toEqual([[{ start: new Date(2025, 0, 26), end: new Date(2025, 4, 4) }]])

    fireEvent.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByText('April 2025')).toBeTruthy()
    expect(onRangeChange).toHaveBeenLastCalledWith({ start: new Date(2025, 1, 23), end: new Date(2025, 5, 1) })
    expect(onRangeChange).toHaveBeenCalledTimes(2)
  })

  it('opens in the saved default view', async () => {
    renderCalendar({ defaultView: 'agenda' })
    const calendar = await screen.findByRole('region', { name: 'Rehearsals calendar' })
    expect(within(calendar).getByRole('button', { name: 'Agenda' }).className).toContain('rbc-active')
    expect(within(calendar).getByText('Tech rehearsal')).toBeTruthy()
  })

  it('when an all-day event is dragged to other days, the store is patched with both dates as YYYY-MM-DD', async () => {
    const { patch } = renderCalendar()
    await screen.findByText('March 2025')
    await act(async () => {
      calendarProps().onEventDrop({ event: eventById('r1'), start: new Date(2025, 2, 17), end: new Date(2025, 2, 20), isAllDay: true })
    })
    expect(patch).toHaveBeenCalledWith('r1', { start_date: '2025-03-17', end_date: '2025-03-19' })
    expect(eventById('r1').start).toEqual(new Date(2025, 2, 17))
  })

  it('when a timed event is resized, the store is patched with ISO instants', async () => {
    const store = fixtureViewStore([{ id: 't1', name: 'Fight call', starts_at: '2025-03-14T18:00:00.000Z', ends_at: '2025-03-14T18:30:00.000Z' }])
    const { patch } = renderCalendar({ startField: 'starts_at', endField: 'ends_at', defaultView: 'week' }, { store })
    await screen.findByText('Fight call')
    expect(eventById('t1').allDay).toBe(false)
    const start = new Date('2025-03-14T18:00:00.000Z')
    const end = new Date('2025-03-14T19:15:00.000Z')
    await act(async () => {
      calendarProps().onEventResize({ event: eventById('t1'), start, end })
    })
    expect(patch).toHaveBeenCalledWith('t1', { starts_at: start.toISOString(), ends_at: end.toISOString() })
  })

  it('dropping an event back where it was writes nothing', async () => {
    const { patch } = renderCalendar()
    await screen.findByText('March 2025')
    await act(async () => {
      calendarProps().onEventDrop({ event: eventById('r1'), start: new Date(2025, 2, 10), end: new Date(2025, 2, 13), isAllDay: true })
    })
    expect(patch).not.toHaveBeenCalled()
  })

  it('without an end field events move but cannot be resized', async () => {
    const { patch } = renderCalendar({ endField: undefined })
    await screen.findByText('March 2025')
    expect(calendarProps().resizable).toBe(false)
    await act(async () => {
      calendarProps().onEventDrop({ event: eventById('r1'), start: new Date(2025, 2, 11), end: new Date(2025, 2, 12), isAllDay: true })
    })
    expect(patch).toHaveBeenCalledWith('r1', { start_date: '2025-03-11' })
  })

  it('when an empty day is selected, a record is created there with a default title and opened', async () => {
    const { create, onOpenRecord } = renderCalendar()
    await screen.findByText('March 2025')
    await act(async () => {
      calendarProps().onSelectSlot({ start: new Date(2025, 2, 25), end: new Date(2025, 2, 26), slots: [new Date(2025, 2, 25)], action: 'click' })
    })
    expect(create).toHaveBeenCalledWith({ start_date: '2025-03-25', end_date: '2025-03-25', name: 'New rehearsal' })
    expect(onOpenRecord).toHaveBeenCalledWith('new-1')
    await act(async () => {
      calendarProps().onSelectSlot({ start: new Date(2025, 2, 25), end: new Date(2025, 2, 26), slots: [new Date(2025, 2, 25)], action: 'doubleClick' })
    })
    expect(create).toHaveBeenCalledTimes(1)
  })

  it('clicking an event opens its record', async () => {
    const { onOpenRecord } = renderCalendar()
    fireEvent.click(await screen.findByText('Tech rehearsal'))
    expect(onOpenRecord).toHaveBeenCalledWith('r2')
  })

  it('events take the colour of their select option', async () => {
    renderCalendar({ colorField: 'status' })
    const title = await screen.findByText('Act one blocking')
    expect(title.closest('.rbc-event')?.className).toContain('cb-calendar__event--green')
    expect(screen.getByText('Tech rehearsal').closest('.rbc-event')?.className).toContain('cb-calendar__event--yellow')
  })

  it('without edit rights nothing can be dragged, resized or created', async () => {
    const { patch, create } = renderCalendar({}, { canEdit: false })
    await screen.findByText('March 2025')
    const props = calendarProps()
    expect(props.selectable).toBe(false)
    expect(props.resizable).toBe(false)
    expect(props.draggableAccessor(eventById('r1'))).toBe(false)
    await act(async () => {
      props.onEventDrop({ event: eventById('r1'), start: new Date(2025, 2, 17), end: new Date(2025, 2, 20) })
      props.onSelectSlot({ start: new Date(2025, 2, 25), end: new Date(2025, 2, 26), slots: [], action: 'click' })
    })
    expect(patch).not.toHaveBeenCalled()
    expect(create).not.toHaveBeenCalled()
  })

  it('when the store rejects a drop, the event returns to its place once the store reverts the record', async () => {
    const store = fixtureViewStore(rows)
    store.rejectNextPatch('Someone else changed this rehearsal. Reload to see their change.')
    renderCalendar({}, { store })
    await screen.findByText('March 2025')
    await act(async () => {
      calendarProps().onEventDrop({ event: eventById('r1'), start: new Date(2025, 2, 17), end: new Date(2025, 2, 20) })
    })
    expect(store.patch).toHaveBeenCalledWith('r1', { start_date: '2025-03-17', end_date: '2025-03-19' })
    // The host's WriteErrorCallout shows writeError for every renderer; the calendar adds no second alert.
    expect(store.store.getState().writeError).toContain('Someone else changed this rehearsal')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(eventById('r1').start).toEqual(new Date(2025, 2, 10))
    expect(eventById('r1').end).toEqual(new Date(2025, 2, 13))
  })

  it('when the start field no longer exists, it says so instead of drawing an empty calendar', async () => {
    renderCalendar({ startField: 'deleted_field' })
    expect(await screen.findByText('This calendar has no date field')).toBeTruthy()
  })
})
