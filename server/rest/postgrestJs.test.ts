import { PostgrestClient } from '@supabase/postgrest-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RestRequest } from './createRestHandler'
import { ALICE, createFixture, type Fixture } from './testing/fixture'

// The unmodified postgrest-js client (the one inside supabase-js) talking to handle() through a fetch
// adapter, so what it sends and what it expects back are checked end to end without the HTTP server.

let f: Fixture

function clientFor(auth: RestRequest['auth']) {
  const fetchAdapter = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    const headers: Record<string, string> = {}
    new Headers(init?.headers).forEach((v, k) => {
      headers[k] = v
    })
    const res = await f.rest.handle({
      method: init?.method ?? 'GET',
      path: url.pathname.replace(/^\/rest\/v1/, ''),
      search: url.search.replace(/^\?/, ''),
      headers,
      body: typeof init?.body === 'string' ? init.body : undefined,
      auth,
    })
    const nullBody = res.status === 204 || (init?.method ?? 'GET') === 'HEAD'
    return new Response(nullBody ? null : (res.body ?? ''), { status: res.status, headers: res.headers })
  }
  return new PostgrestClient('http://local.test/rest/v1', { fetch: fetchAdapter })
}

let anon: ReturnType<typeof clientFor>
let alice: ReturnType<typeof clientFor>

beforeAll(async () => {
  f = await createFixture()
  anon = clientFor({ role: 'anon', claims: {} })
  alice = clientFor({ role: 'authenticated', claims: { sub: ALICE } })
})
afterAll(async () => {
  await f.close()
})

describe('postgrest-js against handle()', () => {
  it('selects with embeds, filters, order and range, and reads the exact count', async () => {
    const { data, error, count, status } = await anon
      .from('tasks')
      .select('id, title, project:projects(name), labels(name)', { count: 'exact' })
      .not('project_id', 'is', null)
      .in('status', ['todo', 'doing'])
      .order('id', { ascending: false })
      .range(0, 1)
    expect(error).toBeNull()
    expect(status).toBe(206)
    expect(count).toBe(4)
    expect(data).toEqual([
      { id: 5, title: 'Rehearse act (one)', project: { name: 'Lear' }, labels: [{ name: 'later' }] },
      { id: 4, title: 'Print posters, flyers', project: { name: 'Macbeth' }, labels: [] },
    ])
  })

  it('builds or(), contains, overlaps, textSearch, ilike and likeAnyOf the way the server reads them', async () => {
    const q = async (p: PromiseLike<{ data: unknown }>) => ((await p).data as Array<{ id: number }>).map((x) => x.id)
    expect(await q(anon.from('tasks').select('id').or('id.eq.1,and(priority.gt.2,done.is.false)').order('id'))).toEqual([1, 4])
    expect(await q(anon.from('tasks').select('id').contains('tags', ['stage']).order('id'))).toEqual([1, 5])
    expect(await q(anon.from('tasks').select('id').contains('data', { color: 'red' }).order('id'))).toEqual([1, 4])
    expect(await q(anon.from('tasks').select('id').overlaps('tags', ['wood', 'print']).order('id'))).toEqual([1, 4])
    expect(await q(anon.from('tasks').select('id').textSearch('search', "'build' & 'set'", { config: 'english' }).order('id'))).toEqual([1])
    expect(await q(anon.from('tasks').select('id').textSearch('title', 'rehearse act', { type: 'websearch', config: 'english' }).order('id'))).toEqual([5])
    expect(await q(anon.from('tasks').select('id').ilike('title', '%COSTUME%').order('id'))).toEqual([2])
    expect(await q(anon.from('tasks').select('id').likeAnyOf('title', ['Build%', 'Sew%']).order('id'))).toEqual([1, 2])
    expect(await q(anon.from('tasks').select('id').in('title', ['Print posters, flyers', 'Orphan "quoted" task']).order('id'))).toEqual([4, 6])
    expect(await q(anon.from('tasks').select('id').match({ status: 'todo', done: false }).order('id'))).toEqual([1, 4, 6])
  })

  it('single() returns an object and maps zero rows to PGRST116; maybeSingle() returns null', async () => {
    const one = await anon.from('tasks').select('id').eq('id', 1).single()
    expect(one.data).toEqual({ id: 1 })
    const none = await anon.from('tasks').select('id').eq('id', 999).single()
    expect(none.status).toBe(406)
    expect(none.error?.code).toBe('PGRST116')
    const maybe = await anon.from('tasks').select('id').eq('id', 999).maybeSingle()
    expect([maybe.data, maybe.error]).toEqual([null, null])
  })

  it('inserts, upserts, updates and deletes with select()', async () => {
    const inserted = await anon.from('items').insert([{ sku: 'js1', name: 'One' }, { sku: 'js2' }]).select()
    expect(inserted.status).toBe(201)
    expect(inserted.data).toEqual([
      { sku: 'js1', name: 'One', qty: 0, note: 'n/a' },
      { sku: 'js2', name: null, qty: 0, note: 'n/a' },
    ])
    const defaults = await anon.from('items').insert([{ sku: 'js3', name: 'Three' }, { sku: 'js4', note: 'set' }], { defaultToNull: false }).select('sku,note')
    expect(defaults.data).toEqual([
      { sku: 'js3', note: 'n/a' },
      { sku: 'js4', note: 'set' },
    ])
    const upserted = await anon.from('items').upsert({ sku: 'js1', name: 'Uno' }).select('sku,name').single()
    expect(upserted.data).toEqual({ sku: 'js1', name: 'Uno' })
    const ignored = await anon.from('items').upsert({ sku: 'js1', name: 'Nope' }, { ignoreDuplicates: true }).select()
    expect(ignored.data).toEqual([])
    const updated = await anon.from('items').update({ qty: 7 }, { count: 'exact' }).like('sku', 'js%').select('sku')
    expect(updated.count).toBe(4)
    const deleted = await anon.from('items').delete().in('sku', ['js1', 'js2', 'js3', 'js4'])
    expect([deleted.status, deleted.error]).toEqual([204, null])
  })

  it('plain insert without select() succeeds with no data', async () => {
    const res = await anon.from('logs').insert({ msg: 'plain' })
    expect([res.status, res.data, res.error]).toEqual([201, null, null])
  })

  it('calls functions over POST, GET and HEAD', async () => {
    expect((await anon.rpc('add', { a: 2, b: 3 })).data).toBe(5)
    expect((await anon.rpc('tasks_by_ids', { ids: [1, 2] }, { get: true }).select('id')).data).toEqual([{ id: 1 }, { id: 2 }])
    const head = await anon.rpc('numbers', {}, { head: true, count: 'exact' })
    expect([head.status, head.count, head.data]).toEqual([200, 5, null])
    const sets = await anon.rpc('search_tasks', { q: 'e' }).lt('id', 3).order('id')
    expect(sets.data?.map((t: { id: number }) => t.id)).toEqual([1, 2])
  })

  it('surfaces errors with code, message, details and hint', async () => {
    const dup = await anon.from('items').insert({ sku: 'a' })
    expect(dup.status).toBe(409)
    expect(dup.error).toMatchObject({ code: '23505', details: 'Key (sku)=(a) already exists.', hint: null })
    const missing = await anon.from('nope').select()
    expect(missing.status).toBe(404)
    expect(missing.error?.code).toBe('PGRST205')
    const denied = await anon.from('secrets').select()
    expect([denied.status, denied.error?.code]).toEqual([401, '42501'])
  })

  it('applies RLS for a signed-in user', async () => {
    const { data } = await alice.from('notes').select('body').order('id')
    expect(data).toEqual([{ body: 'alice note 1' }, { body: 'alice note 2' }])
  })

  it('returns CSV text', async () => {
    const { data } = await anon.from('tasks').select('id,status').lte('id', 2).order('id').csv()
    expect(data).toBe('id,status\n1,todo\n2,doing')
  })
})
