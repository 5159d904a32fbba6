import { http, HttpResponse, delay } from 'msw'
import { describe, expect, it } from 'vitest'
import { moduleFields } from '../../src/custom-fields/moduleFields'
import type { CustomFieldRow } from '../../src/custom-fields/customFieldRow'
import { supabase } from '../../src/lib/supabase/client'
import { tasksModule } from '../../src/modules/tasksModule'
import { createViewStore } from '../../src/views/store/createViewStore'
import { deletedMessage, forbiddenMessage } from '../../src/views/store/recordWrites'
import type { ViewQuery } from '../../src/views/store/ViewQuery'
import { manualOrderSorts } from '../../src/views/store/layoutRecords'
import { buildDemoData } from './support/demoData'
import { fakeSupabaseHandlers } from './support/fakeSupabase'
import { params, requestsTo } from './support/openView'
import { server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

async function until(condition: () => boolean, timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

const tasksUrl = `${SUPABASE_TEST_URL}/rest/v1/project_tasks`

async function storeFor(email: string, query: Partial<ViewQuery> = {}) {
  const demo = buildDemoData()
  server.use(...fakeSupabaseHandlers(demo.data))
  const { error } = await supabase.auth.signInWithPassword({ email, password: 'callboard-demo' })
  if (error) throw error
  const fields = moduleFields(tasksModule, demo.customFields as unknown as CustomFieldRow[])
  const store = createViewStore({
    client: supabase,
    module: tasksModule,
    workspaceId: demo.mainStage.id,
    query: { fields, filter: null, sorts: [], groupBy: { field: 'status', collapsed: [] }, defaultSorts: manualOrderSorts(tasksModule), ...query },
  })
  await store.getState().reload()
  return { ...demo, store, fields }
}

const titles = (state: ReturnType<Awaited<ReturnType<typeof storeFor>>['store']['getState']>, key: string) =>
  (state.groupedIds[key] ?? []).map((id) => state.records[id]?.title)

describe('the view store', () => {
  it('loads normalized records grouped by the view’s field, in manual order, with counts', async () => {
    const { store } = await storeFor('alice@northstar.test')
    const state = store.getState()

    expect(state.status).toBe('ready')
    expect(titles(state, 'todo')).toEqual(['Hang lighting rig', 'Focus session', 'Program cues'])
    expect(state.groups.map((group) => [group.key, group.count])).toEqual([
      ['todo', 3],
      ['in_progress', 1],
      ['review', 0],
      ['done', 1],
    ])
  })

  it('applies a patch at once, then confirms it with the row the server returns', async () => {
    const { store, tasks } = await storeFor('alice@northstar.test')
    server.use(http.patch(tasksUrl, async () => (await delay(50), undefined)))

    const saving = store.getState().patch(String(tasks.cues.id), { status: 'done' })
    // Before the server has answered, the record is already in its new group.
    expect(titles(store.getState(), 'done')).toContain('Program cues')
    expect(store.getState().records[String(tasks.cues.id)]?.status).toBe('done')
    await saving

    expect(store.getState().records[String(tasks.cues.id)]?.sync_version).toBe(2)
    expect(store.getState().writeError).toBeNull()
  })

  it('sends quick successive edits of one record one after another, each on the version the last returned', async () => {
    const { store, tasks, data } = await storeFor('alice@northstar.test')
    const id = String(tasks.rig.id)

    await Promise.all([store.getState().patch(id, { title: 'Rig' }), store.getState().patch(id, { priority: 'low' })])

    const patches = requestsTo(data.log, 'PATCH', 'project_tasks')
    expect(patches.map((entry) => params(entry).sync_version)).toEqual(['eq.1', 'eq.2'])
    expect(store.getState().records[id]).toMatchObject({ title: 'Rig', priority: 'low', sync_version: 3 })
  })

  it('writes a custom value into custom_fields, keeping the record’s other custom values', async () => {
    const { store, tasks, data } = await storeFor('alice@northstar.test')

    await store.getState().patch(String(tasks.focus.id), { department: 'sound' })

    expect(requestsTo(data.log, 'PATCH', 'project_tasks')[0]?.body).toEqual({ custom_fields: { department: 'sound', requires_crew_call: true } })
  })

  it('moves a record to another group between two neighbours with one write of the group value and a position', async () => {
    const { store, tasks, data } = await storeFor('alice@northstar.test')

    await store.getState().move(String(tasks.fitting.id), { groupKey: 'todo', beforeId: String(tasks.focus.id) })

    const [patch] = requestsTo(data.log, 'PATCH', 'project_tasks')
    expect(patch?.body).toMatchObject({ status: 'todo' })
    const position = (patch?.body as { position: string }).position
    expect('a0' < position && position < 'a1').toBe(true)
    expect(titles(store.getState(), 'todo')).toEqual(['Hang lighting rig', 'Costume fitting', 'Focus session', 'Program cues'])
  })

  it('when the compare-and-set misses, keeps the field both changed as a conflict and writes the rest again', async () => {
    const { store, tasks, data } = await storeFor('alice@northstar.test')
    const id = String(tasks.cues.id)
    Object.assign(tasks.cues, { title: 'Program cues (bob)', sync_version: 5, updated_by: 'bob-id' })

    await Promise.all([store.getState().patch(id, { title: 'Mine' }), store.getState().patch(id, { priority: 'urgent' })])
    await until(() => store.getState().records[id]?.priority === 'urgent' && store.getState().records[id]?.sync_version === 6)

    // Bob's title shows, alice's is not lost: it waits as a conflict; her priority, which bob did not touch, is saved.
    expect(store.getState().records[id]).toMatchObject({ title: 'Program cues (bob)', priority: 'urgent' })
    expect(store.getState().conflicts).toEqual([{ recordId: id, field: 'title', mine: 'Mine', theirs: 'Program cues (bob)', by: 'bob-id' }])
    expect(store.getState().writeError).toBeNull()

    store.getState().resolveConflict(id, 'title', 'mine')
    await until(() => store.getState().records[id]?.sync_version === 7)
    expect(store.getState().records[id]?.title).toBe('Mine')
    expect(store.getState().conflicts).toEqual([])
    expect(requestsTo(data.log, 'PATCH', 'project_tasks').map((entry) => params(entry).sync_version)).toEqual(['eq.1', 'eq.5', 'eq.6'])
  })

  it('when the record was deleted meanwhile, says so and drops it', async () => {
    const { store, tasks, data } = await storeFor('alice@northstar.test')
    const id = String(tasks.cues.id)
    data.tables.project_tasks = data.tables.project_tasks!.filter((row) => row.id !== id)

    await store.getState().patch(id, { title: 'Mine' })

    expect(store.getState().records[id]).toBeUndefined()
    expect(store.getState().writeError).toBe(deletedMessage)
  })

  it('when row-level security hides the row from the update, rolls back and says the user may not change it', async () => {
    const { store, tasks } = await storeFor('carol@northstar.test')

    await store.getState().patch(String(tasks.cues.id), { title: 'Sneaky' })

    expect(store.getState().records[String(tasks.cues.id)]?.title).toBe('Program cues')
    expect(store.getState().writeError).toBe(forbiddenMessage)
  })

  it('adds a record at once and removes it again, with the error, when the insert is refused', async () => {
    const { store } = await storeFor('carol@northstar.test')

    const created = store.getState().create({ title: 'New', status: 'review' })
    expect(titles(store.getState(), 'review')).toEqual(['New'])

    expect(await created).toBeNull()
    expect(titles(store.getState(), 'review')).toEqual([])
    expect(store.getState().writeError).toMatch(/row-level security/)
  })

  it('places records saved elsewhere by the view’s grouping, ignores versions it has, and drops what left or was deleted', async () => {
    const { store, tasks } = await storeFor('alice@northstar.test')
    const id = String(tasks.cues.id)
    const upsert = (row: Record<string, unknown>) => store.getState().applyRemote({ kind: 'upsert', table: 'project_tasks', row: { ...tasks.cues, id, ...row } })

    upsert({ status: 'review', sync_version: 2 })
    expect(titles(store.getState(), 'review')).toEqual(['Program cues'])
    upsert({ status: 'todo', sync_version: 1 })
    expect(titles(store.getState(), 'review')).toEqual(['Program cues'])

    upsert({ sync_version: 3, deleted_at: '2026-11-23T10:00:00Z' })
    expect(store.getState().groupedIds.review).toEqual([])
    store.getState().applyRemote({ kind: 'delete', table: 'project_tasks', id: String(tasks.rig.id) })
    expect(titles(store.getState(), 'todo')).toEqual(['Focus session'])
    // Another module's rows never enter this view.
    store.getState().applyRemote({ kind: 'upsert', table: 'events', row: { ...tasks.cues, id: 'other', sync_version: 1 } })
    expect(store.getState().records.other).toBeUndefined()
  })

  it('when a remote change hits a field of an edit not yet sent, raises a conflict instead of overwriting theirs', async () => {
    const { store, tasks } = await storeFor('alice@northstar.test')
    const id = String(tasks.cues.id)
    server.use(http.patch(tasksUrl, async () => (await delay(80), undefined)))

    const first = store.getState().patch(id, { priority: 'low' })
    const second = store.getState().patch(id, { title: 'Mine' })
    store.getState().applyRemote({ kind: 'upsert', table: 'project_tasks', row: { ...tasks.cues, id, title: 'Theirs', sync_version: 2, updated_by: 'bob-id' } })
    await Promise.all([first, second])

    expect(store.getState().conflicts).toMatchObject([{ recordId: id, field: 'title', mine: 'Mine', theirs: 'Theirs', by: 'bob-id' }])
    expect(store.getState().records[id]?.title).toBe('Theirs')
  })

  it('reloads for a new filter or sort, but only regroups for a new grouping', async () => {
    const { store, data, fields } = await storeFor('alice@northstar.test')
    const reads = () => requestsTo(data.log, 'GET', 'project_tasks').length
    const before = reads()

    store.getState().configure({ fields, filter: null, sorts: [], groupBy: { field: 'priority', collapsed: [] }, defaultSorts: manualOrderSorts(tasksModule) })
    expect(reads()).toBe(before)
    expect(store.getState().groups.map((group) => group.key)).toEqual(['low', 'medium', 'high', 'urgent'])

    store.getState().configure({
      fields,
      filter: { kind: 'group', id: 'root', conjunction: 'and', children: [{ kind: 'condition', id: 'c', field: 'department', operator: 'eq', value: 'lighting' }] },
      sorts: [],
      groupBy: null,
    })
    await expect.poll(() => store.getState().groupedIds['']?.length).toBe(2)
    expect(params(requestsTo(data.log, 'GET', 'project_tasks').at(-1))['custom_fields->>department']).toBe('eq.lighting')
  })
})
