import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALICE, asUser, createFixture, type Fixture } from './testing/fixture'

let f: Fixture
beforeAll(async () => {
  f = await createFixture()
})
afterAll(async () => {
  await f.close()
})

describe('RPC', () => {
  it('calls a function with named JSON arguments over POST and returns a scalar as bare JSON', async () => {
    const res = await f.call('POST', '/rpc/add', { body: { a: 1, b: 2 } })
    expect([res.status, res.body]).toEqual([200, '3'])
    expect(res.headers['Content-Type']).toBe('application/json; charset=utf-8')
  })

  it('calls stable functions over GET with arguments from the query string', async () => {
    const res = await f.call('GET', '/rpc/add', { search: 'a=40&b=2' })
    expect(res.body).toBe('42')
  })

  it('fills omitted arguments that have defaults', async () => {
    expect((await f.call('GET', '/rpc/default_arg', { search: 'a=1' })).body).toBe('11')
    expect((await f.call('POST', '/rpc/default_arg', { body: { a: 1, b: 1 } })).body).toBe('2')
  })

  it('passes array arguments written {1,2} over GET', async () => {
    const res = await f.call('GET', '/rpc/tasks_by_ids', { search: 'ids={2,4}&select=id' })
    expect(res.json).toEqual([{ id: 2 }, { id: 4 }])
  })

  it('passes JSON arrays as array arguments over POST', async () => {
    const res = await f.call('POST', '/rpc/tasks_by_ids', { search: 'select=id', body: { ids: [1, 3] } })
    expect(res.json).toEqual([{ id: 1 }, { id: 3 }])
  })

  it('applies select, filters, order, limit and embeds to set-returning functions', async () => {
    const res = await f.call('GET', '/rpc/search_tasks', {
      search: 'q=e&select=id,title,project:projects(name)&project_id=not.is.null&order=id.desc&limit=2',
      headers: { prefer: 'count=exact' },
    })
    expect(res.status).toBe(206)
    expect(res.headers['Content-Range']).toBe('0-1/4')
    expect(res.json).toEqual([
      { id: 5, title: 'Rehearse act (one)', project: { name: 'Lear' } },
      { id: 4, title: 'Print posters, flyers', project: { name: 'Macbeth' } },
    ])
  })

  it('returns RETURNS TABLE rows as objects', async () => {
    const res = await f.call('GET', '/rpc/task_counts', { search: 'status=neq.done' })
    expect(res.json).toEqual([
      { status: 'doing', n: 2 },
      { status: 'todo', n: 3 },
    ])
  })

  it('returns a single composite as an object and a set of scalars as an array', async () => {
    const one = await f.call('GET', '/rpc/project_summary', { search: 'pid=3&select=name' })
    expect(one.json).toEqual({ name: 'Lear' })
    const many = await f.call('GET', '/rpc/numbers', { search: 'limit=3' })
    expect(many.json).toEqual([1, 2, 3])
  })

  it('passes the whole body to a function with a single unnamed jsonb parameter', async () => {
    const res = await f.call('POST', '/rpc/echo', { body: { nested: { list: [1, 'two'] } } })
    expect(res.json).toEqual({ nested: { list: [1, 'two'] } })
  })

  it('runs volatile functions in a read-write transaction over POST; void answers 204', async () => {
    const res = await f.call('POST', '/rpc/touch', { body: {} })
    expect([res.status, res.body]).toEqual([204, undefined])
    expect((await f.db.query("select count(*)::int as n from logs where msg = 'touched'")).rows).toEqual([{ n: 1 }])
  })

  it('answers 405 25006 when a function writes over GET (read-only transaction)', async () => {
    const res = await f.call('GET', '/rpc/touch')
    expect(res.status).toBe(405)
    expect(res.json).toMatchObject({ code: '25006', message: 'cannot execute INSERT in a read-only transaction' })
  })

  it('answers HEAD without a body', async () => {
    const res = await f.call('HEAD', '/rpc/numbers', { headers: { prefer: 'count=exact' } })
    expect([res.status, res.body, res.headers['Content-Range']]).toEqual([200, undefined, '0-4/5'])
  })

  it('sees the caller through auth.uid() and applies RLS inside functions', async () => {
    const uid = await f.call('GET', '/rpc/whoami', asUser(ALICE))
    expect(uid.json).toBe(ALICE)
    const note = await f.call('POST', '/rpc/create_note', { body: { body: 'via rpc' }, ...asUser(ALICE) })
    expect(note.json).toMatchObject({ owner_id: ALICE, body: 'via rpc' })
    const anon = await f.call('POST', '/rpc/create_note', { body: { body: 'anon' } })
    expect(anon.status).toBe(401)
    expect(anon.json).toMatchObject({ code: '42501' })
  })

  it('maps RAISE to 400 P0001 with detail and hint', async () => {
    const res = await f.call('POST', '/rpc/fail', { body: { msg: 'boom' } })
    expect(res.status).toBe(400)
    expect(res.json).toEqual({ code: 'P0001', message: 'boom', details: 'some detail', hint: 'a hint' })
  })

  it('lets functions set response.status and response.headers', async () => {
    const res = await f.call('GET', '/rpc/set_status_header')
    expect(res.status).toBe(202)
    expect(res.headers['X-Custom']).toBe('yes')
  })

  it('answers 404 PGRST202 for an unknown function or argument names', async () => {
    const unknown = await f.call('POST', '/rpc/adds', { body: { a: 1, b: 2 } })
    expect(unknown.status).toBe(404)
    expect(unknown.json).toEqual({
      code: 'PGRST202',
      message: 'Could not find the function public.adds(a, b) in the schema cache',
      details:
        'Searched for the function public.adds with parameters a, b or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.',
      hint: 'Perhaps you meant to call the function public.add',
    })
    const wrongArgs = await f.call('GET', '/rpc/add', { search: 'x=1' })
    expect(wrongArgs.json).toMatchObject({
      code: 'PGRST202',
      details: 'Searched for the function public.add with parameter x, but no matches were found in the schema cache.',
    })
  })

  it('answers 405 PGRST101 for other methods', async () => {
    const res = await f.call('PATCH', '/rpc/add', { body: {} })
    expect(res.status).toBe(405)
    expect(res.json).toMatchObject({ code: 'PGRST101', message: 'Cannot use the PATCH method on RPC' })
  })

  it('answers 400 22P02 when an argument does not parse', async () => {
    const res = await f.call('GET', '/rpc/add', { search: 'a=x&b=1' })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: '22P02' })
  })

  it('refuses max-affected on a function returning one row, and enforces it on sets', async () => {
    const single = await f.call('POST', '/rpc/add', { body: { a: 1, b: 1 }, headers: { prefer: 'handling=strict, max-affected=1' } })
    expect(single.json).toMatchObject({ code: 'PGRST128' })
    const many = await f.call('GET', '/rpc/numbers', { headers: { prefer: 'handling=strict, max-affected=2' } })
    expect(many.json).toMatchObject({ code: 'PGRST124', details: 'The query affects 5 rows' })
  })
})
