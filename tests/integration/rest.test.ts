import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SupabaseClient } from '@supabase/supabase-js'
import type { Backend } from '../../server/startBackend.ts'
import { clientFor, ids, signedInClient, startTestBackend } from '../support/testBackend.ts'

// End to end: the unmodified supabase-js query builder against the embedded PostgREST over the seeded schema.
// The handler's own fixture tests (server/rest) cover the grammar in depth; this file proves the real client and
// the real schema agree with it.

let backend: Backend
let bob: SupabaseClient
let carol: SupabaseClient
let anon: SupabaseClient

const hamlet = 'c0000000-0000-4000-8000-000000000001'

beforeAll(async () => {
  backend = await startTestBackend()
  bob = await signedInClient(backend, 'bob')
  carol = await signedInClient(backend, 'carol')
  anon = clientFor(backend)
})
afterAll(async () => {
  await backend?.close()
})

type Task = { id: string; title: string; status: string; priority: string; due_date: string | null; assignee_id: string | null }

// The builder's generics are too deep to spell out; the helper only chains filters onto it.
type AnyQuery = any
async function tasks(build: (q: AnyQuery) => PromiseLike<{ data: unknown; error: unknown }>) {
  const { data, error } = await build(bob.from('project_tasks').select('id, title, status, priority, due_date, assignee_id').eq('workspace_id', ids.mainStage))
  expect(error).toBeNull()
  return data as Task[]
}

describe('REST filters through supabase-js', () => {
  it('applies every comparison operator', async () => {
    const all = await tasks((q) => q)
    expect(all).toHaveLength(120)
    const today = new Date().toISOString().slice(0, 10)
    const dated = all.filter((t) => t.due_date !== null)
    const cases: Array<[string, (q: AnyQuery) => AnyQuery, (t: Task) => boolean]> = [
      ['eq', (q) => q.eq('status', 'done'), (t) => t.status === 'done'],
      ['neq', (q) => q.neq('status', 'done'), (t) => t.status !== 'done'],
      ['gt', (q) => q.gt('due_date', today), (t) => t.due_date !== null && t.due_date > today],
      ['gte', (q) => q.gte('due_date', today), (t) => t.due_date !== null && t.due_date >= today],
      ['lt', (q) => q.lt('due_date', today), (t) => t.due_date !== null && t.due_date < today],
      ['lte', (q) => q.lte('due_date', today), (t) => t.due_date !== null && t.due_date <= today],
      ['like', (q) => q.like('title', '%light%'), (t) => t.title.includes('light')],
      ['ilike', (q) => q.ilike('title', '%LIGHT%'), (t) => t.title.toLowerCase().includes('light')],
      ['is null', (q) => q.is('assignee_id', null), (t) => t.assignee_id === null],
      ['in', (q) => q.in('priority', ['high', 'urgent']), (t) => ['high', 'urgent'].includes(t.priority)],
      ['not', (q) => q.not('status', 'in', '(done,review)'), (t) => !['done', 'review'].includes(t.status)],
      ['or with nested and', (q) => q.or('status.eq.done,and(priority.eq.urgent,assignee_id.eq.' + ids.bob + ')'),
        (t) => t.status === 'done' || (t.priority === 'urgent' && t.assignee_id === ids.bob)],
    ]
    expect(dated.length).toBeGreaterThan(0)
    for (const [name, build, expected] of cases) {
      const got = await tasks(build)
      expect(got.map((t) => t.id).sort(), name).toEqual(all.filter(expected).map((t) => t.id).sort())
      expect(got.length, `${name} should select a proper subset`).toBeLessThan(all.length)
    }
  })

  it('matches JSON containment and full-text search', async () => {
    const { data: contains } = await bob.from('productions').select('id').contains('custom_fields', { box_office_target: 610000 })
    expect(contains).toEqual([{ id: hamlet }])
    const { data: containedBy } = await bob
      .from('productions')
      .select('id')
      .eq('id', hamlet)
      .containedBy('custom_fields', { box_office_target: 610000, other: 1 })
    expect(containedBy).toEqual([{ id: hamlet }])
    const { data: fts, error } = await bob.from('productions').select('name').textSearch('description', 'string & quartet', { config: 'english' })
    expect(error).toBeNull()
    expect(fts).toEqual([{ name: 'Hamlet — Winter Season' }])
    const { data: web } = await bob.from('productions').select('name').textSearch('description', '"string quartet"', { type: 'websearch', config: 'english' })
    expect(web).toEqual([{ name: 'Hamlet — Winter Season' }])
  })
})

describe('REST select, order, paging and counts', () => {
  it('orders with nulls first or last', async () => {
    const last = await tasks((q) => q.order('assignee_id', { ascending: true, nullsFirst: false }).order('id'))
    const first = await tasks((q) => q.order('assignee_id', { ascending: true, nullsFirst: true }).order('id'))
    const nulls = last.filter((t) => t.assignee_id === null).length
    expect(nulls).toBeGreaterThan(0)
    expect(last.slice(-nulls).every((t) => t.assignee_id === null)).toBe(true)
    expect(first.slice(0, nulls).every((t) => t.assignee_id === null)).toBe(true)
    const assigned = last.slice(0, -nulls).map((t) => t.assignee_id!)
    expect(assigned).toEqual([...assigned].sort())
    const descending = await tasks((q) => q.order('due_date', { ascending: false }).order('id'))
    const dates = descending.map((t) => t.due_date ?? '')
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('pages with range and reports an exact count', async () => {
    const page = await bob
      .from('project_tasks')
      .select('id', { count: 'exact' })
      .eq('workspace_id', ids.mainStage)
      .order('id')
      .range(10, 19)
    expect(page.error).toBeNull()
    expect(page.count).toBe(120)
    expect(page.status).toBe(206)
    expect(page.data).toHaveLength(10)
    const head = await bob.from('project_tasks').select('*', { count: 'exact', head: true }).eq('status', 'done')
    expect(head.data).toBeNull()
    expect(head.count).toBeGreaterThan(0)
  })

  it('embeds to-one and to-many resources, with !inner and hints', async () => {
    const { data: task, error } = await bob
      .from('project_tasks')
      .select('title, production:productions(name), assignee:profiles!assignee_id(full_name)')
      .eq('production_id', hamlet)
      .not('assignee_id', 'is', null)
      .limit(1)
      .single()
    expect(error).toBeNull()
    expect(task).toMatchObject({ production: { name: 'Hamlet — Winter Season' }, assignee: { full_name: expect.any(String) } })

    const { data: productions } = await bob
      .from('productions')
      .select('name, project_tasks(id)')
      .eq('id', hamlet)
    expect((productions as Array<{ project_tasks: unknown[] }>)[0]!.project_tasks.length).toBeGreaterThan(0)

    const { data: urgentOnly } = await bob
      .from('productions')
      .select('id, project_tasks!inner(id)')
      .eq('workspace_id', ids.mainStage)
      .eq('project_tasks.priority', 'urgent')
    const withUrgent = new Set(
      (await tasks((q) => q.eq('priority', 'urgent').not('production_id', 'is', null))).map((t) => t.id),
    )
    expect(withUrgent.size).toBeGreaterThan(0)
    for (const p of urgentOnly as Array<{ project_tasks: Array<{ id: string }> }>) {
      expect(p.project_tasks.length).toBeGreaterThan(0)
      for (const t of p.project_tasks) expect(withUrgent.has(t.id)).toBe(true)
    }

    const ambiguous = await bob.from('project_tasks').select('title, profiles(full_name)').limit(1)
    expect(ambiguous.error?.code).toBe('PGRST201')
    const missing = await bob.from('project_tasks').select('title, warehouses(name)').limit(1)
    expect(missing.error?.code).toBe('PGRST200')
  })

  it('returns one object for single() and 406 when there are several', async () => {
    const one = await bob.from('productions').select('name').eq('id', hamlet).single()
    expect(one.data).toEqual({ name: 'Hamlet — Winter Season' })
    const many = await bob.from('productions').select('name').eq('workspace_id', ids.mainStage).single()
    expect(many.status).toBe(406)
    expect(many.error?.code).toBe('PGRST116')
    const none = await bob.from('productions').select('name').eq('name', 'No Such Show').maybeSingle()
    expect(none).toMatchObject({ data: null, error: null })
  })
})

describe('REST writes', () => {
  it('inserts, updates with compare-and-set on sync_version, and deletes', async () => {
    const inserted = await bob
      .from('project_tasks')
      .insert({ workspace_id: ids.mainStage, title: 'Focus the follow spots', production_id: hamlet })
      .select('id, status, sync_version, created_by')
      .single()
    expect(inserted.error).toBeNull()
    expect(inserted.status).toBe(201)
    expect(inserted.data).toMatchObject({ status: 'todo', sync_version: 1, created_by: ids.bob })
    const id = inserted.data!.id as string

    const cas = await bob.from('project_tasks').update({ status: 'done' }).eq('id', id).eq('sync_version', 1).select('sync_version')
    expect(cas.data).toEqual([{ sync_version: 2 }])
    const stale = await bob.from('project_tasks').update({ status: 'review' }).eq('id', id).eq('sync_version', 1).select('id')
    expect(stale.data).toEqual([])

    const minimal = await bob.from('project_tasks').update({ priority: 'high' }).eq('id', id)
    expect(minimal.status).toBe(204)
    const removed = await bob.from('project_tasks').delete().eq('id', id).select('id')
    expect(removed.data).toEqual([{ id }])
  })

  it('upserts on a conflict target, merging or ignoring duplicates', async () => {
    const tag = `UP-${Date.now()}`
    const first = await bob.from('assets').upsert({ workspace_id: ids.mainStage, asset_tag: tag, name: 'Haze machine', category: 'other' }, { onConflict: 'workspace_id,asset_tag' }).select('id, name')
    expect(first.error).toBeNull()
    const merged = await bob.from('assets').upsert({ workspace_id: ids.mainStage, asset_tag: tag, name: 'Haze machine MkII', category: 'other' }, { onConflict: 'workspace_id,asset_tag' }).select('id, name')
    expect(merged.data).toEqual([{ id: first.data![0]!.id, name: 'Haze machine MkII' }])
    const ignored = await bob.from('assets').upsert({ workspace_id: ids.mainStage, asset_tag: tag, name: 'Ignored', category: 'other' }, { onConflict: 'workspace_id,asset_tag', ignoreDuplicates: true }).select('id')
    expect(ignored.data).toEqual([])
    const dup = await bob.from('assets').insert({ workspace_id: ids.mainStage, asset_tag: tag, name: 'Dup', category: 'other' })
    expect(dup.status).toBe(409)
    expect(dup.error?.code).toBe('23505')
  })

  it('reports unknown columns and tables with PostgREST codes', async () => {
    const column = await bob.from('productions').insert({ workspace_id: ids.mainStage, name: 'X', no_such: 1 })
    expect(column.error?.code).toBe('PGRST204')
    const table = await bob.from('no_such_table').select('*')
    expect(table.status).toBe(404)
    expect(table.error?.code).toBe('PGRST205')
  })

  it('maps permission failures to 403 for users and 401 for anon', async () => {
    const viewer = await carol.from('productions').insert({ workspace_id: ids.mainStage, name: 'Carol cannot' })
    expect(viewer.status).toBe(403)
    expect(viewer.error?.code).toBe('42501')
    const anonymous = await anon.from('productions').insert({ workspace_id: ids.mainStage, name: 'Nobody' })
    expect(anonymous.status).toBe(401)
    expect(anonymous.error?.code).toBe('42501')
  })
})

describe('REST RPC', () => {
  it('calls a stable function by POST, GET and HEAD', async () => {
    const post = await bob.rpc('workspace_task_counts', { p_workspace_id: ids.mainStage })
    expect(post.error).toBeNull()
    const counts = post.data as Array<{ status: string; total: number }>
    expect(counts.map((c) => c.status)).toEqual(['todo', 'in_progress', 'review', 'done'])
    expect(counts.reduce((sum, c) => sum + Number(c.total), 0)).toBe(120)
    const get = await bob.rpc('workspace_task_counts', { p_workspace_id: ids.mainStage }, { get: true })
    expect(get.data).toEqual(post.data)
    const filtered = await bob.rpc('workspace_task_counts', { p_workspace_id: ids.mainStage }).eq('status', 'done')
    expect(filtered.data).toEqual(counts.filter((c) => c.status === 'done'))
    const head = await bob.rpc('workspace_task_counts', { p_workspace_id: ids.mainStage }, { head: true, count: 'exact' })
    expect(head.count).toBe(4)
    const outsider = await (await signedInClient(backend, 'mallory')).rpc('workspace_task_counts', { p_workspace_id: ids.mainStage })
    expect(outsider.data).toEqual([])
  })

  it('runs a volatile function by POST and refuses an unknown one', async () => {
    const alice = await signedInClient(backend, 'alice')
    const created = await alice.rpc('create_workspace', { p_organization_id: ids.northstar, p_name: 'Studio B' }).single()
    expect(created.error).toBeNull()
    expect(created.data).toMatchObject({ name: 'Studio B', organization_id: ids.northstar })
    const visible = await alice.from('workspaces').select('name').eq('id', (created.data as { id: string }).id)
    expect(visible.data).toEqual([{ name: 'Studio B' }])
    const refused = await bob.rpc('create_workspace', { p_organization_id: ids.northstar, p_name: 'Nope' })
    expect(refused.error?.code).toBe('42501')
    const unknown = await bob.rpc('no_such_function', {})
    expect(unknown.status).toBe(404)
    expect(unknown.error?.code).toBe('PGRST202')
  })
})
