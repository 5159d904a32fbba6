import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildActivity, collaborationHandlers } from './support/collaborationHandlers'
import type { buildDemoData, Row } from './support/demoData'
import { openView, params, requestsTo } from './support/openView'
import { server } from './support/server'

type Demo = ReturnType<typeof buildDemoData>

// Record history and the workspace feed through the real supabase-js client: activities are read over REST and
// arrive live on the workspace's activity topic, as private.broadcast_activity sends them.

const activityTopic = (workspaceId: string) => `workspace:${workspaceId}:activity`

function seedActivities({ alice, bob, mainStage, tasks, data }: Demo): Row[] {
  const ws = mainStage.id
  return [
    buildActivity(bob.id, ws, 'project_tasks', String(tasks.paint.id), {
      changes: { status: { old: 'todo', new: 'done' } }, metadata: { title: 'Paint flats' }, created_at: '2025-03-01T12:00:00.000Z',
    }),
    buildActivity(alice.id, ws, 'project_tasks', String(tasks.paint.id), {
      changes: { 'custom_fields.department': { old: 'lighting', new: 'scenic' }, due_date: { old: null, new: '2025-02-10' } },
      metadata: { title: 'Paint flats' }, created_at: '2025-03-01T11:00:00.000Z',
    }),
    buildActivity(alice.id, ws, 'project_tasks', String(tasks.paint.id), { action: 'created', metadata: { title: 'Paint flats' }, created_at: '2025-03-01T10:00:00.000Z' }),
    buildActivity(alice.id, ws, 'productions', String(data.tables.productions![0]!.id), { action: 'created', metadata: { title: 'Hamlet' }, created_at: '2025-03-01T09:00:00.000Z' }),
  ]
}

async function open(email: string, recordId?: (demo: Demo) => string) {
  return openView(
    email,
    (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list, ...(recordId ? { recordId: recordId(demo) } : {}) }),
    (demo) => {
      demo.data.tables.activities = seedActivities(demo)
      server.use(...collaborationHandlers(demo.data))
    },
  )
}

describe('record history', () => {
  it('the History tab tells each change in words, field by field, and new activity arrives live', async () => {
    const { user, realtime, mainStage, bob, tasks } = await open('carol@northstar.test', (demo) => String(demo.tasks.paint.id))
    const drawer = await screen.findByRole('dialog', { name: 'Paint flats' })
    await user.click(await within(drawer).findByRole('tab', { name: 'History' }))

    const history = await within(drawer).findByRole('list', { name: 'History' })
    const entries = () => within(history).getAllByRole('listitem').filter((item) => item.parentElement === history)
    await waitFor(() => expect(entries()).toHaveLength(3))
    expect(entries()[0]?.textContent).toContain('Bob Okafor changed Status from To do to Done')
    expect(entries()[1]?.textContent).toContain('Alice Moreau changed Department from Lighting to Scenic and set Due date to')
    const changes = within(entries()[1]!).getByRole('list', { name: 'Changes' })
    expect(changes.textContent).toMatch(/Department: Lighting → Scenic/)
    expect(entries()[2]?.textContent).toContain('Alice Moreau created this task')

    await waitFor(() => expect(realtime.isJoined(activityTopic(mainStage.id))).toBe(true))
    const live = buildActivity(bob.id, mainStage.id, 'project_tasks', String(tasks.paint.id), {
      action: 'commented', metadata: { title: 'Paint flats', excerpt: 'Second coat tomorrow' }, created_at: '2025-03-02T09:00:00.000Z',
    })
    realtime.broadcast(activityTopic(mainStage.id), 'activity', { record: live })
    realtime.broadcast(activityTopic(mainStage.id), 'activity', { record: { ...live, id: 'x', entity_id: String(tasks.rig.id) } })
    await waitFor(() => expect(entries()).toHaveLength(4))
    expect(entries()[0]?.textContent).toContain('Bob Okafor commented on this task')
    expect(entries()[0]?.textContent).toContain('Second coat tomorrow')
  })
})

describe('workspace activity feed', () => {
  it('opens from the navigation, links each entry to its record, and filters by person, module and action', async () => {
    const { user, data, realtime, mainStage, bob, tasks } = await open('alice@northstar.test')
    await user.click(await screen.findByRole('button', { name: 'Activity' }))
    const panel = await screen.findByRole('dialog', { name: 'Activity' })
    await within(panel).findByRole('list', { name: 'Workspace activity' })
    // The list is replaced when the filters change: look it up each time.
    const feed = () => within(panel).getByRole('list', { name: 'Workspace activity' })
    const links = () => within(feed()).getAllByRole('link').map((link) => link.textContent)
    await waitFor(() => expect(links()).toHaveLength(4))
    expect(links()[0]).toBe('Bob Okafor changed Status from To do to Done on task “Paint flats”')
    expect(links()[3]).toBe('Alice Moreau created production “Hamlet”')
    expect(within(feed()).getAllByRole('link')[0]?.getAttribute('href')).toBe(`/w/${mainStage.id}/tasks?record=${String(tasks.paint.id)}`)

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Person' }), 'Alice Moreau')
    await waitFor(() => expect(links()).toHaveLength(3))
    expect(params(requestsTo(data.log, 'GET', 'activities').at(-1)).user_id).toBe(`eq.${String(data.users[0]!.user.id)}`)

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Module' }), 'Productions')
    await waitFor(() => expect(links()).toEqual(['Alice Moreau created production “Hamlet”']))
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Module' }), '')
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Action' }), 'Updated')
    await waitFor(() => expect(links()).toHaveLength(1))
    expect(params(requestsTo(data.log, 'GET', 'activities').at(-1)).action).toBe('eq.updated')

    // Live: an activity that does not match the filters stays out, one that does goes on top.
    await waitFor(() => expect(realtime.isJoined(activityTopic(mainStage.id))).toBe(true))
    realtime.broadcast(activityTopic(mainStage.id), 'activity', {
      record: buildActivity(bob.id, mainStage.id, 'project_tasks', String(tasks.rig.id), { changes: { title: { old: 'Rig', new: 'Hang lighting rig' } }, metadata: { title: 'Hang lighting rig' } }),
    })
    realtime.broadcast(activityTopic(mainStage.id), 'activity', {
      record: buildActivity(data.users[0]!.user.id, mainStage.id, 'project_tasks', String(tasks.rig.id), { changes: { priority: { old: 'low', new: 'high' } }, metadata: { title: 'Hang lighting rig' } }),
    })
    await waitFor(() => expect(links()).toHaveLength(2))
    expect(links()[0]).toContain('Alice Moreau changed Priority from Low to High')

    await user.click(within(feed()).getAllByRole('link')[1]!)
    expect(await screen.findByRole('dialog', { name: 'Paint flats' })).toBeTruthy()
    expect(screen.queryByRole('dialog', { name: 'Activity' })).toBeNull()
  })
})
