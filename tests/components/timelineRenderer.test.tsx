import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { ComponentType } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FieldDefinition } from '../../src/custom-fields/FieldDefinition'
import type { ModuleDefinition } from '../../src/modules/ModuleDefinition'
import type { SavedView } from '../../src/views/engine/savedView'
import type { ViewRendererProps } from '../../src/views/engine/ViewRenderer'
import { fixtureViewStore, type FixtureViewStore } from './support/fixtureViewStore'
import type { RecordRow } from '../../src/views/store/ViewStore'
import type { TimelineOptions } from '../../src/views/timeline/timelineOptions'
import { timelineRenderer } from '../../src/views/timeline/timelineRenderer'

function field(key: string, type: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { key, label: key, type, config: {}, source: 'column', required: false, readOnly: false, ...extra }
}

const fields: FieldDefinition[] = [
  field('name', 'text', { label: 'Name' }),
  field('start_date', 'date', { label: 'Start' }),
  field('end_date', 'date', { label: 'End' }),
  field('status', 'single_select', {
    label: 'Status',
    config: { options: [{ value: 'todo', label: 'To do' }, { value: 'doing', label: 'In progress' }, { value: 'done', label: 'Done' }] },
  }),
  field('assignee', 'text', { label: 'Assignee' }),
]

const module: ModuleDefinition = {
  key: 'tasks',
  label: 'Tasks',
  singular: 'Task',
  table: 'project_tasks',
  fields,
  titleField: 'name',
  dateFields: { start: 'start_date', end: 'end_date' },
  viewTypes: ['list', 'timeline'],
  defaultViews: [],
}

function savedView(options: Record<string, unknown>, groupBy: string | null = null): SavedView {
  return {
    version: 1,
    id: 'view-1',
    workspaceId: 'ws-1',
    module: 'tasks',
    type: 'timeline',
    name: 'Timeline',
    filter: null,
    sorts: [],
    groupBy: groupBy ? { field: groupBy, collapsed: [] } : null,
    fields: [],
    options,
    isShared: true,
    isLocked: false,
    ownerId: null,
    position: null,
  }
}

const rows: RecordRow[] = [
  { id: 'r1', name: 'Build set', start_date: '2025-03-10', end_date: '2025-03-12', status: 'doing', assignee: 'Ana' },
  { id: 'r2', name: 'Hang lights', start_date: '2025-03-13', end_date: '2025-03-20', status: 'todo', assignee: 'Ben' },
  { id: 'r3', name: 'Strike', start_date: '2025-03-24', end_date: null, status: 'todo', assignee: null },
  { id: 'r4', name: 'Write programme notes', start_date: null, end_date: null, status: 'todo', assignee: 'Ana' },
]

function renderTimeline(
  options: Partial<TimelineOptions> = {},
  {
    store = fixtureViewStore(rows),
    canEdit = true,
    canChangeView = true,
    groupBy = null,
  }: { store?: FixtureViewStore; canEdit?: boolean; canChangeView?: boolean; groupBy?: string | null } = {},
) {
  const parsed = timelineRenderer.optionsSchema.parse({ ...timelineRenderer.defaultOptions(module), ...options })
  const onOpenRecord = vi.fn()
  const onOptionsChange = vi.fn()
  const Component = timelineRenderer.Component as ComponentType<ViewRendererProps<TimelineOptions>>
  render(
    <Component
      module={module}
      fields={fields}
      view={savedView(parsed, groupBy)}
      options={parsed}
      store={store.store}
      canEdit={canEdit}
      canChangeView={canChangeView}
      onOpenRecord={onOpenRecord}
      onOptionsChange={onOptionsChange}
    />,
  )
  return { ...store, onOpenRecord, onOptionsChange }
}

const bar = (name: RegExp | string) => screen.getByRole('button', { name })
const px = (element: HTMLElement, property: 'left' | 'width') => Number.parseFloat(element.style[property])

/** A pointer drag as a user makes it: press on the element, move the window's pointer, release. */
function drag(element: Element, dx: number, dy = 0) {
  fireEvent.pointerDown(element, { clientX: 300, clientY: 100, button: 0 })
  fireEvent.pointerMove(window, { clientX: 300 + dx / 2, clientY: 100 + dy / 2 })
  fireEvent.pointerMove(window, { clientX: 300 + dx, clientY: 100 + dy })
  fireEvent.pointerUp(window, { clientX: 300 + dx, clientY: 100 + dy })
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2025, 2, 14, 12))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the timeline renderer', () => {
  it('when a view opens, each dated record is a bar on its own row and the dateless ones are listed aside', async () => {
    renderTimeline()
    const timeline = await screen.findByRole('region', { name: 'Tasks timeline' })
    const build = within(timeline).getByRole('button', { name: 'Build set, Mar 10 – 12, 2025' })
    const lights = within(timeline).getByRole('button', { name: 'Hang lights, Mar 13 – 20, 2025' })
    expect(within(timeline).getByRole('button', { name: 'Strike, Mar 24, 2025' })).toBeTruthy()
    // Week zoom: 16 px a day.
    expect(px(build, 'width')).toBe(48)
    expect(px(lights, 'left') - px(build, 'left')).toBe(48)
    // Bars, the today line and the header's ticks share one x axis, the label column included: Hang lights starts
    // on 13 March, a day and a half before the today line (noon on 14 March).
    expect(px(lights, 'left')).toBe(px(screen.getByTestId('timeline-today'), 'left') - 24)
    expect(within(screen.getByRole('complementary', { name: 'Not scheduled' })).getByRole('button', { name: 'Write programme notes' })).toBeTruthy()
    expect(screen.getByTestId('timeline-today')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Week' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('when a bar is dragged, one patch moves both dates and the bar follows', async () => {
    const { patch, onOpenRecord } = renderTimeline()
    const build = await screen.findByRole('button', { name: /^Build set/ })
    const left = px(build, 'left')
    drag(build, 3 * 16)
    fireEvent.click(build) // the click a browser fires after the pointerup belongs to the drag
    expect(patch).toHaveBeenCalledTimes(1)
    expect(patch).toHaveBeenCalledWith('r1', { start_date: '2025-03-13', end_date: '2025-03-15' })
    expect(px(bar(/^Build set/), 'left')).toBe(left + 48)
    expect(onOpenRecord).not.toHaveBeenCalled()
  })

  it('when a bar\'s end is dragged, only the new end is sent', async () => {
    const { patch } = renderTimeline()
    const build = await screen.findByRole('button', { name: /^Build set/ })
    drag(build.querySelector('[data-grip="end"]')!, 2 * 16)
    expect(patch).toHaveBeenCalledWith('r1', { end_date: '2025-03-14' })
    expect(bar(/^Build set/).getAttribute('aria-label')).toBe('Build set, Mar 10 – 14, 2025')
  })

  it('when a bar\'s start is dragged, only the new start is sent', async () => {
    const { patch } = renderTimeline()
    const build = await screen.findByRole('button', { name: /^Build set/ })
    drag(build.querySelector('[data-grip="start"]')!, -16)
    expect(patch).toHaveBeenCalledWith('r1', { start_date: '2025-03-09' })
  })

  it('while dragging, the bar previews its new place; Escape cancels without a write', async () => {
    const { patch } = renderTimeline()
    const build = await screen.findByRole('button', { name: /^Build set/ })
    const left = px(build, 'left')
    fireEvent.pointerDown(build, { clientX: 300, clientY: 100, button: 0 })
    fireEvent.pointerMove(window, { clientX: 300 + 32, clientY: 100 })
    expect(px(bar(/^Build set/), 'left')).toBe(left + 32)
    expect(bar(/^Build set/).className).toContain('cb-timeline-bar--dragging')
    fireEvent.keyDown(window, { key: 'Escape' })
    fireEvent.pointerUp(window, { clientX: 332, clientY: 100 })
    expect(px(bar(/^Build set/), 'left')).toBe(left)
    expect(patch).not.toHaveBeenCalled()
  })

  it('when the store rejects a move, the bar returns to where it was once the store reverts the record', async () => {
    const store = fixtureViewStore(rows)
    store.rejectNextPatch('Someone else changed this task. Reload to see their change.')
    renderTimeline({}, { store })
    const build = await screen.findByRole('button', { name: /^Build set/ })
    const left = px(build, 'left')
    await act(async () => drag(build, 5 * 16))
    expect(store.patch).toHaveBeenCalledWith('r1', { start_date: '2025-03-15', end_date: '2025-03-17' })
    // The host's WriteErrorCallout shows writeError for every renderer; the timeline adds no second alert.
    expect(store.store.getState().writeError).toContain('Someone else changed this task')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(px(bar(/^Build set/), 'left')).toBe(left)
    expect(bar(/^Build set/).getAttribute('aria-label')).toBe('Build set, Mar 10 – 12, 2025')
  })

  it('arrow keys move a bar a day; with Shift they move its end', async () => {
    const { patch } = renderTimeline()
    const build = await screen.findByRole('button', { name: /^Build set/ })
    fireEvent.keyDown(build, { key: 'ArrowRight' })
    expect(patch).toHaveBeenLastCalledWith('r1', { start_date: '2025-03-11', end_date: '2025-03-13' })
    fireEvent.keyDown(bar(/^Build set/), { key: 'ArrowLeft', shiftKey: true })
    expect(patch).toHaveBeenLastCalledWith('r1', { end_date: '2025-03-12' })
  })

  it('a click on a bar or on an unscheduled record opens it', async () => {
    const { onOpenRecord } = renderTimeline()
    fireEvent.click(await screen.findByRole('button', { name: /^Hang lights/ }))
    expect(onOpenRecord).toHaveBeenLastCalledWith('r2')
    fireEvent.click(screen.getByRole('button', { name: 'Write programme notes' }))
    expect(onOpenRecord).toHaveBeenLastCalledWith('r4')
  })

  it('when an unscheduled record is dropped on the timeline, it is scheduled from that day for one week', async () => {
    const { patch } = renderTimeline()
    const build = await screen.findByRole('button', { name: /^Build set/ })
    const scroller = screen.getByRole('region', { name: 'Timeline grid' })
    vi.spyOn(scroller, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 10, y: 20, width: 1000, height: 600 }))
    // Aim at the middle of Build set's first day (10 March), wherever the timeline has scrolled to.
    const clientX = 10 + px(build, 'left') - scroller.scrollLeft + 8
    const item = screen.getByRole('button', { name: 'Write programme notes' })
    fireEvent.pointerDown(item, { clientX: 1100, clientY: 300, button: 0 })
    fireEvent.pointerMove(window, { clientX: 700, clientY: 200 })
    expect(document.querySelector('.cb-timeline__ghost')?.textContent).toBe('Write programme notes')
    fireEvent.pointerMove(window, { clientX, clientY: 200 })
    fireEvent.pointerUp(window, { clientX, clientY: 200 })
    expect(patch).toHaveBeenCalledWith('r4', { start_date: '2025-03-10', end_date: '2025-03-16' })
    expect(document.querySelector('.cb-timeline__ghost')).toBeNull()
    expect(screen.queryByRole('complementary', { name: 'Not scheduled' })).toBeNull()
  })

  it('a record dropped outside the timeline stays unscheduled', async () => {
    const { patch } = renderTimeline()
    await screen.findByRole('button', { name: /^Build set/ })
    vi.spyOn(screen.getByRole('region', { name: 'Timeline grid' }), 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 10, y: 20, width: 1000, height: 600 }),
    )
    drag(screen.getByRole('button', { name: 'Write programme notes' }), 900, 0)
    expect(patch).not.toHaveBeenCalled()
  })

  it('without edit rights bars have no grips, drags write nothing, and a press still opens the record', async () => {
    const { patch, onOpenRecord } = renderTimeline({}, { canEdit: false })
    const build = await screen.findByRole('button', { name: /^Build set/ })
    expect(build.querySelector('[data-grip]')).toBeNull()
    drag(build, 64)
    fireEvent.keyDown(build, { key: 'ArrowRight' })
    drag(screen.getByRole('button', { name: 'Write programme notes' }), -600)
    expect(patch).not.toHaveBeenCalled()
    expect(screen.getByText('These have no dates yet.')).toBeTruthy()
    fireEvent.click(build)
    expect(onOpenRecord).toHaveBeenCalledWith('r1')
  })

  it('zooming redraws the scale at once and saves the zoom in the view options', async () => {
    const { onOptionsChange } = renderTimeline()
    await screen.findByRole('button', { name: /^Build set/ })
    fireEvent.click(screen.getByRole('button', { name: 'Day' }))
    expect(onOptionsChange).toHaveBeenCalledWith({ startField: 'start_date', endField: 'end_date', zoom: 'day' })
    expect(screen.getByRole('button', { name: 'Day' }).getAttribute('aria-pressed')).toBe('true')
    expect(px(bar(/^Build set/), 'width')).toBe(3 * 48)
    expect(screen.getAllByText('Mon 10').length).toBeGreaterThan(0)
  })

  it('a user who may not change the view still zooms, without saving the zoom', async () => {
    const { onOptionsChange } = renderTimeline({}, { canEdit: false, canChangeView: false })
    await screen.findByRole('button', { name: /^Build set/ })
    fireEvent.click(screen.getByRole('button', { name: 'Month' }))
    expect(screen.getByRole('button', { name: 'Month' }).getAttribute('aria-pressed')).toBe('true')
    expect(px(bar(/^Build set/), 'width')).toBe(3 * 4)
    expect(onOptionsChange).not.toHaveBeenCalled()
  })

  it('grouped by a select field: one swimlane per option, as the store groups, with packed lanes, collapsible', async () => {
    renderTimeline({ groupField: 'status' })
    const toggles = await screen.findAllByRole('button', { expanded: true })
    expect(toggles.map((toggle) => toggle.textContent)).toEqual(['▾ To do 2', '▾ In progress 1', '▾ Done 0', '▾ No status 0'])
    // Hang lights and Strike do not overlap: they share one lane of "To do".
    const lights = bar(/^Hang lights/).closest('[data-row-key]')
    expect(lights?.getAttribute('data-row-key')).toBe('l:todo:0')
    expect(bar(/^Strike/).closest('[data-row-key]')).toBe(lights)
    fireEvent.click(toggles[0]!)
    expect(screen.queryByRole('button', { name: /^Hang lights/ })).toBeNull()
    expect(screen.getByRole('button', { name: /To do/ }).getAttribute('aria-expanded')).toBe('false')
  })

  it('grouped by the same field as the view, it uses the store\'s groups, labels and collapsing', async () => {
    const store = fixtureViewStore(rows, {
      groups: [
        { key: 'Ana', label: 'Ana Ortiz', count: 2, collapsed: false },
        { key: 'Ben', label: 'Ben Okafor', count: 1, collapsed: true },
        { key: '', label: 'Unassigned', count: 1, collapsed: false },
      ],
      groupedIds: { Ana: ['r1', 'r4'], Ben: ['r2'], '': ['r3'] },
    })
    renderTimeline({ groupField: 'assignee' }, { store, groupBy: 'assignee' })
    await screen.findByRole('button', { name: /^Build set/ })
    expect(screen.getAllByRole('button', { expanded: true }).map((toggle) => toggle.textContent)).toEqual(['▾ Ana Ortiz 1', '▾ Unassigned 1'])
    expect(screen.getByRole('button', { expanded: false }).textContent).toBe('▸ Ben Okafor 1')
    expect(screen.queryByRole('button', { name: /^Hang lights/ })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /Ben Okafor/ }))
    expect(screen.getByRole('button', { name: /^Hang lights/ })).toBeTruthy()
  })

  it('with many records only the rows near the viewport are rendered, and scrolling brings the next ones', async () => {
    const many = Array.from({ length: 2000 }, (_, index) => ({
      id: `t${index}`,
      name: `Task ${index}`,
      start_date: '2025-03-12',
      end_date: '2025-03-13',
    }))
    renderTimeline({}, { store: fixtureViewStore(many) })
    await screen.findByRole('button', { name: /^Task 0,/ })
    const rendered = document.querySelectorAll('.cb-timeline-bar').length
    expect(rendered).toBeGreaterThan(10)
    expect(rendered).toBeLessThan(60)
    expect(screen.queryByRole('button', { name: /^Task 1500,/ })).toBeNull()
    const scroller = screen.getByRole('region', { name: 'Timeline grid' })
    scroller.scrollTop = 1500 * 36
    fireEvent.scroll(scroller)
    expect(screen.getByRole('button', { name: /^Task 1500,/ })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /^Task 0,/ })).toBeNull()
  })

  it('when the start field no longer exists, it says so', async () => {
    renderTimeline({ startField: 'deleted_field' })
    expect(await screen.findByText('This timeline has no date field')).toBeTruthy()
  })
})
