import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildTask } from './support/factories'
import { dataRows, findGrid, openView, rowTitles } from './support/openView'

// Live rows through the real supabase-js realtime client: msw intercepts its WebSocket and plays the server,
// broadcasting on the workspace's rows topic what the database trigger sends (realtime.broadcast_changes).

const rowsTopic = (workspaceId: string) => `workspace:${workspaceId}:rows`

async function joined(realtime: { isJoined(topic: string): boolean }, topic: string) {
  await waitFor(() => expect(realtime.isJoined(topic)).toBe(true))
}

const change = (operation: 'INSERT' | 'UPDATE' | 'DELETE', record: Record<string, unknown> | null, oldRecord: Record<string, unknown> | null = null) => ({
  operation, table: 'project_tasks', schema: 'public', record, old_record: oldRecord,
})

describe('live rows', () => {
  it('a task another member adds appears in the list at once, in its sorted place', async () => {
    const { realtime, mainStage } = await openView('bob@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')
    await joined(realtime, rowsTopic(mainStage.id))

    const added = buildTask('Order gel', mainStage, { status: 'todo', due_date: '2025-02-15' })
    realtime.broadcast(rowsTopic(mainStage.id), 'INSERT', change('INSERT', added))

    // Sorted by due date: after Paint flats (02-10), before Costume fitting (02-20).
    await waitFor(() => expect(rowTitles(grid).slice(0, 3)).toEqual(['Paint flats', 'Order gel', 'Costume fitting']))
  })

  it('a task added elsewhere lands in the board column of its status', async () => {
    const { realtime, mainStage } = await openView('bob@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.board }))
    await screen.findByRole('button', { name: 'Focus session' })
    await joined(realtime, rowsTopic(mainStage.id))

    realtime.broadcast(rowsTopic(mainStage.id), 'INSERT', change('INSERT', buildTask('Check haze', mainStage, { status: 'review', position: 'a0' })))

    const review = screen.getByRole('region', { name: 'In review' })
    expect(await within(review).findByRole('button', { name: 'Check haze' })).toBeTruthy()
  })

  it('an update that no longer matches the view’s filter takes the record out; a delete too', async () => {
    const { realtime, mainStage, tasks } = await openView(
      'bob@northstar.test',
      (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }),
      (demo) => {
        demo.taskViews.list.filters = {
          kind: 'group', id: 'root', conjunction: 'and',
          children: [{ kind: 'condition', id: 'c1', field: 'status', operator: 'neq', value: 'done' }],
        }
      },
    )
    const grid = await findGrid('All tasks')
    await joined(realtime, rowsTopic(mainStage.id))
    expect(rowTitles(grid)).toContain('Costume fitting')

    realtime.broadcast(rowsTopic(mainStage.id), 'UPDATE', change('UPDATE', { ...tasks.fitting, status: 'done', sync_version: 2 }, tasks.fitting))
    await waitFor(() => expect(rowTitles(grid)).not.toContain('Costume fitting'))

    realtime.broadcast(rowsTopic(mainStage.id), 'DELETE', change('DELETE', null, { id: tasks.cues.id }))
    await waitFor(() => expect(rowTitles(grid)).not.toContain('Program cues'))
    expect(dataRows(grid)).toHaveLength(2)
  })

  it('an echo of the user’s own saved edit changes nothing', async () => {
    const { realtime, mainStage, tasks } = await openView('bob@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')
    await joined(realtime, rowsTopic(mainStage.id))

    // An older version than the one loaded (delivered late) must not roll the row back.
    realtime.broadcast(rowsTopic(mainStage.id), 'UPDATE', change('UPDATE', { ...tasks.paint, title: 'Stale title', sync_version: 0 }, tasks.paint))
    realtime.broadcast(rowsTopic(mainStage.id), 'UPDATE', change('UPDATE', { ...tasks.rig, title: 'Hang the rig', sync_version: 2 }, tasks.rig))
    await waitFor(() => expect(rowTitles(grid)).toContain('Hang the rig'))
    expect(rowTitles(grid)).toContain('Paint flats')
  })

  it('when someone else saved the same field first, both values are shown until the user chooses', async () => {
    const { user, realtime, mainStage, tasks, bob } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')
    await joined(realtime, rowsTopic(mainStage.id))
    Object.assign(tasks.paint, { title: 'Paint flats (bob)', sync_version: 2, updated_by: bob.id })

    await user.dblClick(within(dataRows(grid)[0]!).getByRole('rowheader'))
    const input = within(grid).getByRole('textbox', { name: 'Title' })
    await user.clear(input)
    await user.type(input, 'Paint flats (alice){Enter}')

    const conflict = await screen.findByText(/Title of “Paint flats \(bob\)” was changed by Bob Okafor/)
    const callout = conflict.closest('.ui-callout') as HTMLElement
    expect(callout.textContent).toContain('Yours: Paint flats (alice)')
    expect(callout.textContent).toContain('Theirs: Paint flats (bob)')
    await waitFor(() => expect(rowTitles(grid)[0]).toBe('Paint flats (bob)'))

    await user.click(within(callout).getByRole('button', { name: 'Keep mine' }))
    await waitFor(() => expect(rowTitles(grid)[0]).toBe('Paint flats (alice)'))
    expect(screen.queryByText(/was changed by Bob/)).toBeNull()
  })

  it('a remote change to the field being edited raises the conflict prompt in the editor; taking theirs shows theirs', async () => {
    const { user, realtime, mainStage, tasks, bob } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    const grid = await findGrid('All tasks')
    await joined(realtime, rowsTopic(mainStage.id))

    await user.dblClick(within(dataRows(grid)[0]!).getByRole('rowheader'))
    await user.type(within(grid).getByRole('textbox', { name: 'Title' }), ' (mine)')
    realtime.broadcast(rowsTopic(mainStage.id), 'UPDATE', change('UPDATE', { ...tasks.paint, title: 'Paint flats (bob)', sync_version: 2, updated_by: bob.id }, tasks.paint))

    const notice = await within(grid).findByText(/while you were editing/)
    expect(notice.closest('[role="alert"]')?.textContent).toContain('Changed by Bob Okafor to Paint flats (bob)')
    // The draft is still there, untouched, until the user chooses.
    expect((within(grid).getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Paint flats (mine)')

    await user.click(within(grid).getByRole('button', { name: 'Take theirs' }))
    await waitFor(() => expect(within(grid).queryByRole('textbox', { name: 'Title' })).toBeNull())
    expect(rowTitles(grid)[0]).toBe('Paint flats (bob)')
  })
})
