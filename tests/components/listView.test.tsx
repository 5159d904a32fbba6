import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { dataRows, findGrid, openView, params, requestsTo, rowTitles } from './support/openView'
import { renderApp, signIn } from './support/renderApp'
import { server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

const tasksUrl = `${SUPABASE_TEST_URL}/rest/v1/project_tasks`

/** The task list, with columns chosen in the saved view (a custom field among them) and a footer sum. */
const configuredList = (demo: Parameters<Parameters<typeof openView>[2] & object>[0]) => {
  demo.taskViews.list.config = {
    fields: [
      { key: 'title', visible: true },
      { key: 'department', visible: true },
      { key: 'status', visible: true },
      { key: 'priority', visible: false },
      { key: 'due_date', visible: true },
      { key: 'estimate_hours', visible: true, width: 120 },
    ],
    options: { aggregates: { estimate_hours: 'sum', due_date: 'earliest' } },
  }
}

describe('the list view', () => {
  it('renders a saved view: its columns in order (custom fields like built-ins), rows in its sort, footer aggregates', async () => {
    const { data, mainStage } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }), configuredList)

    const grid = await findGrid('All tasks')
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((header) => header.querySelector('.list-view__header-label')?.textContent)
      .filter(Boolean)
    expect(headers).toEqual(['Title', 'Department', 'Status', 'Due date', 'Estimate'])
    expect(rowTitles(grid)).toEqual(['Paint flats', 'Costume fitting', 'Program cues', 'Hang lighting rig', 'Focus session'])

    const rig = dataRows(grid)[3]!
    expect(within(rig).getByText('Lighting')).toBeTruthy()
    expect(within(rig).getByText('To do')).toBeTruthy()
    expect(screen.getByRole('status', { name: 'Sum of Estimate' }).textContent).toContain('23.5')
    // The saved width reaches the cells through a CSS variable on the grid.
    expect((grid.parentElement as HTMLElement).style.getPropertyValue('--col-estimate_hours')).toBe('120px')

    const query = requestsTo(data.log, 'GET', 'project_tasks').at(-1)
    expect(params(query)).toEqual({
      select: '*',
      workspace_id: `eq.${mainStage.id}`,
      deleted_at: 'is.null',
      order: 'due_date.asc.nullslast,id.asc.nullslast',
      offset: '0',
      limit: '1000',
    })
  })

  it('a workspace without views for a module gets the module’s default views, and money shows in its currency', async () => {
    const { user, data } = renderApp()
    await signIn(user, 'alice@northstar.test')
    await user.click(await screen.findByRole('link', { name: /Main Stage/ }))

    const grid = await findGrid('All productions')
    expect(rowTitles(grid)).toEqual(['Hamlet', 'The Seagull', 'Untitled new writing'])
    expect(within(dataRows(grid)[0]!).getByText(/£250,000/)).toBeTruthy()
    const created = requestsTo(data.log, 'POST', 'views').map((entry) => (entry.body as { name: string }).name)
    expect(created).toEqual(['All productions', 'Season timeline', 'By status'])
    expect(screen.getByRole('link', { name: /Season timeline/ })).toBeTruthy()
  })

  it('when the filter changes, the records are read again with the compiled condition and the view is saved', async () => {
    const { user, data, view } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')

    await user.click(screen.getByRole('button', { name: 'Filter' }))
    const panel = screen.getByRole('dialog', { name: 'Filter' })
    await user.click(await within(panel).findByRole('button', { name: '+ Add condition' }))
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Field' }), 'Status')
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Operator' }), 'is')
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Value for Status' }), 'Done')

    await waitFor(() => expect(rowTitles(grid)).toEqual(['Paint flats']))
    const query = requestsTo(data.log, 'GET', 'project_tasks').at(-1)
    expect(params(query).status).toBe('eq.done')
    const saved = requestsTo(data.log, 'PATCH', 'views').at(-1)
    expect(params(saved).id).toBe(`eq.${String(view.id)}`)
    expect(saved?.body).toMatchObject({ filters: { kind: 'group', conjunction: 'and', children: [{ field: 'status', operator: 'eq', value: 'done' }] } })
    expect(screen.getByRole('button', { name: 'Filter (1)' })).toBeTruthy()
  })

  it('when the sort changes, the records are read again in the new order', async () => {
    const { user, data } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')

    await user.click(screen.getByRole('button', { name: 'Sort (1)' }))
    const panel = screen.getByRole('dialog', { name: 'Sort' })
    await user.selectOptions(await within(panel).findByRole('combobox', { name: 'Sort 1 field' }), 'Title')
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Sort 1 direction' }), 'Descending')

    await waitFor(() => expect(rowTitles(grid)).toEqual(['Program cues', 'Paint flats', 'Hang lighting rig', 'Focus session', 'Costume fitting']))
    expect(params(requestsTo(data.log, 'GET', 'project_tasks').at(-1)).order).toBe('title.desc.nullsfirst,id.asc.nullslast')
  })

  it('grouping shows collapsible groups with counts without reading the records again', async () => {
    const { user, data } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')
    const reads = requestsTo(data.log, 'GET', 'project_tasks').length

    await user.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'Status')

    const todo = await within(grid).findByRole('button', { name: 'To do' })
    expect(todo.getAttribute('aria-expanded')).toBe('true')
    expect(within(todo.parentElement as HTMLElement).getByLabelText('3 records')).toBeTruthy()
    await user.click(todo)
    await waitFor(() => expect(rowTitles(grid)).toEqual(['Costume fitting', 'Paint flats']))
    expect(requestsTo(data.log, 'GET', 'project_tasks')).toHaveLength(reads)
    expect(requestsTo(data.log, 'PATCH', 'views').at(-1)?.body).toMatchObject({ group_by: { field: 'status', collapsed: ['todo'] } })
  })

  it('edits a cell from the keyboard with one compare-and-set PATCH', async () => {
    const { user, data, tasks } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')

    await user.click(within(dataRows(grid)[0]!).getByRole('rowheader'))
    await user.keyboard('{ArrowDown}{Enter}')
    const input = within(grid).getByRole('textbox', { name: 'Title' })
    await user.clear(input)
    await user.type(input, 'Final costume fitting{Enter}')

    await waitFor(() => expect(rowTitles(grid)[1]).toBe('Final costume fitting'))
    const patches = requestsTo(data.log, 'PATCH', 'project_tasks')
    expect(patches).toHaveLength(1)
    expect(params(patches[0])).toMatchObject({ id: `eq.${String(tasks.fitting.id)}`, sync_version: 'eq.1' })
    expect(patches[0]?.body).toEqual({ title: 'Final costume fitting' })
    expect(tasks.fitting.sync_version).toBe(2)
  })

  it('a failed write rolls back and shows the server’s error', async () => {
    const { user } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    server.use(
      http.patch(tasksUrl, () =>
        HttpResponse.json({ code: '23514', message: 'new row violates check constraint "project_tasks_title_not_blank"', details: null, hint: null }, { status: 400 }),
      ),
    )
    const grid = await findGrid('All tasks')

    await user.dblClick(within(dataRows(grid)[0]!).getByRole('rowheader'))
    const input = within(grid).getByRole('textbox', { name: 'Title' })
    await user.clear(input)
    await user.type(input, 'Renamed{Enter}')

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('project_tasks_title_not_blank')
    await waitFor(() => expect(rowTitles(grid)[0]).toBe('Paint flats'))
  })

  it('when someone else changed the record first, the row is read again and both values wait for the user to choose', async () => {
    const { user, data, tasks } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')
    // Bob saves a new title meanwhile: the row's sync_version moves on.
    Object.assign(tasks.paint, { title: 'Paint flats (bob)', sync_version: 2 })

    await user.dblClick(within(dataRows(grid)[0]!).getByRole('rowheader'))
    const input = within(grid).getByRole('textbox', { name: 'Title' })
    await user.clear(input)
    await user.type(input, 'Paint flats (alice){Enter}')

    expect((await screen.findByText(/was changed by someone else/)).closest('.ui-callout')?.textContent).toContain('Yours: Paint flats (alice)')
    await waitFor(() => expect(rowTitles(grid)[0]).toBe('Paint flats (bob)'))
    expect(params(requestsTo(data.log, 'PATCH', 'project_tasks')[0]).sync_version).toBe('eq.1')
    expect(params(requestsTo(data.log, 'GET', 'project_tasks').at(-1)).id).toBe(`eq.${String(tasks.paint.id)}`)
  })

  it('sets one field on every selected row (bulk edit), one write per record', async () => {
    const { user, data } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')

    await user.click(within(grid).getByRole('checkbox', { name: 'Select Paint flats' }))
    await user.click(within(grid).getByRole('checkbox', { name: 'Select Program cues' }))
    const bulk = screen.getByRole('region', { name: 'Bulk edit' })
    expect(within(bulk).getByText('2 selected')).toBeTruthy()
    await user.selectOptions(within(bulk).getByRole('combobox', { name: 'Field to set' }), 'Priority')
    await user.selectOptions(within(bulk).getByRole('combobox', { name: 'Priority' }), 'Urgent')

    await waitFor(() => expect(requestsTo(data.log, 'PATCH', 'project_tasks')).toHaveLength(2))
    expect(requestsTo(data.log, 'PATCH', 'project_tasks').map((entry) => entry.body)).toEqual([{ priority: 'urgent' }, { priority: 'urgent' }])
  })

  it('Shift+click selects the rows between, and the header box selects every row and clears them', async () => {
    const { user } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')
    const titles = rowTitles(grid)
    const box = (title: string) => within(grid).getByRole('checkbox', { name: `Select ${title}` }) as HTMLInputElement

    await user.click(box(titles[1] as string))
    await user.keyboard('{Shift>}')
    await user.click(box(titles[3] as string))
    await user.keyboard('{/Shift}')
    expect(titles.map((title) => box(title).checked)).toEqual(titles.map((_, index) => index >= 1 && index <= 3))
    expect(within(screen.getByRole('region', { name: 'Bulk edit' })).getByText('3 selected')).toBeTruthy()

    const all = within(grid).getByRole('checkbox', { name: 'Select all rows' }) as HTMLInputElement
    expect(all.indeterminate).toBe(true)
    await user.click(all)
    expect(titles.every((title) => box(title).checked)).toBe(true)
    await user.click(all)
    expect(titles.some((title) => box(title).checked)).toBe(false)
    expect(screen.queryByRole('region', { name: 'Bulk edit' })).toBeNull()
  })

  it('a column dragged onto another moves there, and the order is saved with the view', async () => {
    const { data } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }), configuredList)
    const grid = await findGrid('All tasks')
    const header = (label: string) => within(grid).getAllByRole('columnheader').find((cell) => cell.textContent?.startsWith(label)) as HTMLElement
    const transfer = new Map<string, string>()
    const dataTransfer = {
      setData: (type: string, value: string) => transfer.set(type, value),
      getData: (type: string) => transfer.get(type) ?? '',
      get types() {
        return [...transfer.keys()]
      },
      effectAllowed: 'all',
    }

    fireEvent.dragStart(header('Due date'), { dataTransfer })
    fireEvent.dragOver(header('Department'), { dataTransfer })
    fireEvent.drop(header('Department'), { dataTransfer })

    await waitFor(() => expect(requestsTo(data.log, 'PATCH', 'views')).toHaveLength(1))
    const fields = (requestsTo(data.log, 'PATCH', 'views')[0]?.body as { config: { fields: { key: string }[] } }).config.fields
    expect(fields.map((field) => field.key).slice(0, 3)).toEqual(['title', 'due_date', 'department'])
  })

  it('resizing a column changes only the grid’s CSS variable while dragging and saves the width at the end', async () => {
    const { data } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }), configuredList)
    const grid = await findGrid('All tasks')
    const frame = grid.parentElement as HTMLElement

    fireEvent.mouseDown(within(grid).getByRole('separator', { name: 'Resize Estimate' }), { clientX: 500 })
    fireEvent.mouseMove(document, { clientX: 560 })
    expect(frame.style.getPropertyValue('--col-estimate_hours')).toBe('180px')
    expect(requestsTo(data.log, 'PATCH', 'views')).toHaveLength(0)
    fireEvent.mouseUp(document, { clientX: 560 })

    await waitFor(() => expect(requestsTo(data.log, 'PATCH', 'views')).toHaveLength(1))
    const fields = (requestsTo(data.log, 'PATCH', 'views')[0]?.body as { config: { fields: { key: string; width?: number }[] } }).config.fields
    expect(fields.find((field) => field.key === 'estimate_hours')?.width).toBe(180)
  })

  it('for a viewer, cells are read-only and the view cannot be changed', async () => {
    const { user, data } = await openView('carol@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')

    expect(grid.getAttribute('aria-readonly')).toBe('true')
    expect(within(grid).queryByRole('checkbox')).toBeNull()
    await user.dblClick(within(dataRows(grid)[0]!).getByRole('rowheader'))
    await user.keyboard('{Enter}')
    expect(within(grid).queryByRole('textbox')).toBeNull()
    expect(screen.getByRole('note').textContent).toMatch(/view-only access/)
    expect((screen.getByRole('combobox', { name: 'Group by' }) as HTMLSelectElement).disabled).toBe(true)
    expect(requestsTo(data.log, 'PATCH', 'project_tasks')).toHaveLength(0)
  })
})
