import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildViewRow } from './support/factories'
import { dataRows, findGrid, openView, params, requestsTo, rowTitles } from './support/openView'

const tabs = () =>
  within(screen.getByRole('navigation', { name: 'Tasks views' }))
    .getAllByRole('link')
    .map((link) => link.textContent)

describe('the view host', () => {
  it('shows the module’s shared views and the user’s own personal ones as tabs; a tab opens its view in the URL', async () => {
    const { user, mainStage, taskViews } = await openView('bob@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')

    expect(tabs()).toEqual(['☰All tasks', '▥Task board', '☰My task list (personal)'])
    expect(screen.getByRole('link', { name: /All tasks/ }).getAttribute('aria-current')).toBe('page')

    await user.click(screen.getByRole('link', { name: /Task board/ }))

    expect(await screen.findByRole('region', { name: 'Task board' })).toBeTruthy()
    expect(window.location.pathname).toBe(`/w/${mainStage.id}/tasks/${String(taskViews.board.id)}`)
  })

  it('a personal view of someone else is not offered', async () => {
    await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')
    expect(tabs()).toEqual(['☰All tasks', '▥Task board'])
  })

  it('creates a board view grouped by status, saved as the user’s, and opens it', async () => {
    const { user, data, alice } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')

    await user.click(screen.getByRole('button', { name: '+ New view' }))
    const form = screen.getByRole('dialog', { name: 'New view' })
    await user.type(within(form).getByRole('textbox', { name: 'View name' }), 'Crew board')
    await user.click(within(form).getByRole('radio', { name: 'Board' }))
    await user.click(within(form).getByRole('button', { name: 'Create view' }))

    expect(await screen.findByRole('region', { name: 'Crew board' })).toBeTruthy()
    const [insert] = requestsTo(data.log, 'POST', 'views')
    expect(insert?.body).toMatchObject({ name: 'Crew board', view_type: 'board', module: 'project_tasks', group_by: { field: 'status' }, is_shared: true, owner_id: alice.id })
    expect(window.location.pathname.endsWith(String((insert?.body as { id: string }).id))).toBe(true)
    expect(tabs()).toContain('▥Crew board')
  })

  it('renames, duplicates and deletes a view from its actions', async () => {
    const { user, data, taskViews } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')

    await user.click(screen.getByRole('button', { name: 'View actions' }))
    const name = within(screen.getByRole('dialog', { name: 'Actions for All tasks' })).getByRole('textbox', { name: 'Name' })
    await user.clear(name)
    await user.type(name, 'Every task{Enter}')
    await waitFor(() => expect(tabs()[0]).toBe('☰Every task'))
    expect(requestsTo(data.log, 'PATCH', 'views').at(-1)?.body).toMatchObject({ name: 'Every task' })

    await user.click(screen.getByRole('button', { name: 'View actions' }))
    await user.click(screen.getByRole('button', { name: 'Duplicate' }))
    await findGrid('Every task copy')

    await user.click(screen.getByRole('button', { name: 'View actions' }))
    await user.click(screen.getByRole('button', { name: 'Delete view…' }))
    await user.click(screen.getByRole('button', { name: 'Delete “Every task copy” for everyone' }))
    await waitFor(() => expect(tabs()).toEqual(['☰Every task', '▥Task board']))
    expect(params(requestsTo(data.log, 'DELETE', 'views')[0]).id).toMatch(/^eq\./)
    expect(window.location.pathname.endsWith(String(taskViews.list.id))).toBe(true)
  })

  it('a locked view can neither be changed nor edited through by a member, who is told why', async () => {
    const locked = await openView(
      'bob@northstar.test',
      (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }),
      (demo) => {
        demo.taskViews.list.is_locked = true
      },
    )
    const grid = await findGrid('All tasks')
    expect(screen.getByRole('note').textContent).toMatch(/locked/)
    expect((screen.getByRole('combobox', { name: 'Group by' }) as HTMLSelectElement).disabled).toBe(true)
    expect(grid.getAttribute('aria-readonly')).toBe('true')
    await locked.user.click(screen.getByRole('button', { name: 'View actions' }))
    const actions = await screen.findByRole('dialog', { name: 'Actions for All tasks' })
    expect(within(actions).getByText(/Only workspace admins can change it/)).toBeTruthy()
    expect(within(actions).queryByRole('button', { name: 'Delete view…' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Lock view' })).toBeNull()
  })

  it('an admin locks a view from its actions', async () => {
    const { user, data } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')

    await user.click(screen.getByRole('button', { name: 'View actions' }))
    await user.click(screen.getByRole('button', { name: 'Lock view' }))

    await waitFor(() => expect(requestsTo(data.log, 'PATCH', 'views').at(-1)?.body).toMatchObject({ is_locked: true }))
    expect(screen.getByRole('link', { name: /All tasks/ }).textContent).toContain('(locked)')
  })

  it('?record= opens the record drawer with every field, custom ones included, and edits go through the view', async () => {
    const { user, data, tasks } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list, recordId: String(demo.tasks.rig.id) }))
    const drawer = await screen.findByRole('dialog', { name: 'Hang lighting rig' })

    const labels = within(drawer).getAllByRole('term').map((term) => term.textContent)
    expect(labels).toEqual(expect.arrayContaining(['Title', 'Status', 'Due date', 'Department (custom field)', 'Crew call needed (custom field)']))
    await user.click(within(drawer).getByRole('button', { name: 'Edit Department' }))
    await user.selectOptions(within(drawer).getByRole('combobox', { name: 'Department' }), 'Sound')

    await waitFor(() => expect(requestsTo(data.log, 'PATCH', 'project_tasks')).toHaveLength(1))
    expect(requestsTo(data.log, 'PATCH', 'project_tasks')[0]?.body).toEqual({ custom_fields: { department: 'sound', requires_crew_call: false } })
    expect(params(requestsTo(data.log, 'PATCH', 'project_tasks')[0]).id).toBe(`eq.${String(tasks.rig.id)}`)
    const grid = await findGrid('All tasks')
    expect(within(dataRows(grid)[3]!).getByText('Sound')).toBeTruthy()

    await user.click(within(drawer).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog', { name: 'Hang lighting rig' })).toBeNull()
    expect(window.location.search).toBe('')
  })

  it('opening a record from the list puts it in the URL, so the link reproduces the screen', async () => {
    const { user, tasks } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')

    await user.click(within(grid).getByRole('button', { name: 'Open Focus session' }))

    expect(await screen.findByRole('dialog', { name: 'Focus session' })).toBeTruthy()
    expect(window.location.search).toBe(`?record=${String(tasks.focus.id)}`)
    expect(rowTitles(grid)).toHaveLength(5)
  })

  it('workspace admins add a custom field, and it appears in the views at once', async () => {
    const { user, data } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')

    await user.click(screen.getByRole('button', { name: 'Custom fields' }))
    const panel = await screen.findByRole('dialog', { name: 'Tasks: custom fields' })
    expect(within(panel).getByText('Department')).toBeTruthy()
    const form = within(panel).getByRole('form', { name: 'New custom field' })
    await user.type(within(form).getByRole('textbox', { name: 'Field name' }), 'Call time')
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Type' }), 'Text')
    await user.click(within(form).getByRole('button', { name: 'Add field' }))

    await waitFor(() => expect(requestsTo(data.log, 'POST', 'custom_fields')).toHaveLength(1))
    expect(requestsTo(data.log, 'POST', 'custom_fields')[0]?.body).toMatchObject({ name: 'call_time', label: 'Call time', field_type: 'text', module: 'project_tasks' })
    expect(await within(panel).findByText('Call time')).toBeTruthy()
    await user.click(within(panel).getByRole('button', { name: 'Close' }))
    await user.click(screen.getByRole('button', { name: 'Fields' }))
    expect(await within(screen.getByRole('dialog', { name: 'Fields' })).findByText('Call time')).toBeTruthy()
  })

  it('a calendar view reads only the records overlapping the range it shows', async () => {
    const { data } = await openView(
      'alice@northstar.test',
      (demo) => ({ moduleKey: 'tasks', view: demo.data.tables.views!.at(-1)! }),
      (demo) => {
        demo.data.tables.views!.push(buildViewRow('Task calendar', demo.mainStage, 'project_tasks', { view_type: 'calendar', position: 'a3' }))
      },
    )

    await waitFor(() => expect(requestsTo(data.log, 'GET', 'project_tasks').length).toBeGreaterThan(0))
    const query = params(requestsTo(data.log, 'GET', 'project_tasks')[0])
    expect(query.start_date).toMatch(/^lt\.\d{4}-\d{2}-\d{2}$/)
    expect(query.or).toMatch(/^\(due_date\.gte\.\d{4}-\d{2}-\d{2},and\(due_date\.is\.null,start_date\.gte\.\d{4}-\d{2}-\d{2}\)\)$/)
  })

  it('workspace admins reorder, rename and delete custom fields', async () => {
    const { user, data, customFields } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')
    await user.click(screen.getByRole('button', { name: 'Custom fields' }))
    const panel = await screen.findByRole('dialog', { name: 'Tasks: custom fields' })
    const names = () => Array.from(panel.querySelectorAll('.fields-admin__name')).map((name) => name.textContent)

    await user.click(within(panel).getByRole('button', { name: 'Move Department down' }))
    await waitFor(() => expect(names()).toEqual(['Crew call needed', 'Department']))
    expect(requestsTo(data.log, 'PATCH', 'custom_fields')[0]?.body).toEqual({ position: 'a2' })

    await user.click(within(panel).getByRole('button', { name: 'Edit Department' }))
    const settings = within(panel).getByRole('form', { name: 'Settings of Department' })
    const label = within(settings).getByRole('textbox', { name: 'Name' })
    await user.clear(label)
    await user.type(label, 'Team')
    await user.click(within(settings).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(names()).toEqual(['Crew call needed', 'Team']))

    const crew = within(panel).getByText('Crew call needed').closest('li') as HTMLElement
    await user.click(within(crew).getByRole('button', { name: 'Delete…' }))
    await user.click(within(crew).getByRole('button', { name: 'Delete “Crew call needed” and its values' }))
    await waitFor(() => expect(names()).toEqual(['Team']))
    expect(params(requestsTo(data.log, 'DELETE', 'custom_fields')[0]).id).toBe(`eq.${String(customFields[1]!.id)}`)
  })

  it('members do not see the custom fields admin', async () => {
    await openView('bob@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')
    expect(screen.queryByRole('button', { name: 'Custom fields' })).toBeNull()
  })
})
