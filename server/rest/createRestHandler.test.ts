import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RestRequest } from './createRestHandler'
import { ALICE, BOB, asUser, createFixture, type Fixture } from './testing/fixture'

// Routing, the JWT applied as PostgREST does, RLS, the error codes, the schema cache reload, and a
// battery of malformed or hostile requests that must each get a clean error and leave the server working.

let f: Fixture
beforeAll(async () => {
  f = await createFixture()
  await f.db.exec(`
    create function public.request_info() returns json language sql stable as $$
      select json_build_object(
        'method', current_setting('request.method', true),
        'path', current_setting('request.path', true),
        'header', current_setting('request.headers', true)::json->>'x-trace',
        'role', current_user,
        'claim_role', auth.jwt()->>'role',
        'sub', auth.uid())
    $$;
    create function public.missing_table() returns int language plpgsql as $$ begin perform 1 from public.no_such_table; return 1; end $$;
    create function public.missing_function() returns int language plpgsql as $$ begin return public.no_such_fn(); end $$;
  `)
  await f.rest.reloadSchema()
})
afterAll(async () => {
  await f.close()
})

describe('JWT, role and RLS', () => {
  it('sets role, claims (with role), method, path and headers before the query', async () => {
    const res = await f.call('GET', '/rpc/request_info', { headers: { 'x-trace': 't-1' }, ...asUser(ALICE) })
    expect(res.json).toEqual({ method: 'GET', path: '/rpc/request_info', header: 't-1', role: 'authenticated', claim_role: 'authenticated', sub: ALICE })
  })

  it('filters rows with a policy on auth.uid(); anon sees none, service_role sees all', async () => {
    const count = async (init: Parameters<Fixture['call']>[2]) =>
      ((await f.call('GET', '/notes', { search: 'select=body', ...init })).json as unknown[]).length
    expect(await count({})).toBe(0)
    expect(await count(asUser(ALICE))).toBe(2)
    expect(await count(asUser(BOB))).toBe(1)
    expect(await count({ role: 'service_role', claims: {} })).toBe(3)
  })

  it('answers 401 to anon and 403 to a signed-in role on a table without grants', async () => {
    const anon = await f.call('GET', '/secrets')
    expect(anon.status).toBe(401)
    expect(anon.headers['WWW-Authenticate']).toBe('Bearer')
    expect(anon.json).toEqual({ code: '42501', message: 'permission denied for table secrets', details: null, hint: null })
    expect((await f.call('GET', '/secrets', asUser(ALICE))).status).toBe(403)
  })

  it('answers 401 when the JWT role does not exist', async () => {
    const res = await f.call('GET', '/tasks', { role: 'ghost' })
    expect(res.status).toBe(401)
    expect(res.json).toMatchObject({ code: '22023' })
  })

  it('never leaks one request’s role or claims into a concurrent one', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => f.call('GET', '/notes', { search: 'select=owner_id', ...asUser(i % 2 ? ALICE : BOB) })),
    )
    results.forEach((r, i) => {
      const owners = new Set((r.json as Array<{ owner_id: string }>).map((n) => n.owner_id))
      expect([...owners]).toEqual([i % 2 ? ALICE : BOB])
    })
    expect((await f.db.query<{ r: string }>('select current_user as r')).rows[0]?.r).toBe('postgres')
  })
})

describe('routing and error codes', () => {
  it.each([
    ['GET', '/nope', 404, 'PGRST205'],
    ['GET', '/tasks/1', 404, 'PGRST125'],
    ['GET', '/rpc/a/b', 404, 'PGRST125'],
    ['TRACE', '/tasks', 405, 'PGRST117'],
    ['POST', '/rpc/missing_table', 404, '42P01'],
    ['POST', '/rpc/missing_function', 404, '42883'],
  ])('%s %s answers %i %s', async (method, path, status, code) => {
    const res = await f.call(method, path, { body: method === 'POST' ? {} : undefined })
    expect(res.status).toBe(status)
    expect(res.json).toMatchObject({ code })
    expect(Object.keys(res.json as object).sort()).toEqual(['code', 'details', 'hint', 'message'])
  })

  it('suggests the closest table name', async () => {
    const res = await f.call('GET', '/taskz')
    expect(res.json).toEqual({
      code: 'PGRST205',
      message: "Could not find the table 'public.taskz' in the schema cache",
      details: null,
      hint: "Perhaps you meant the table 'public.tasks'",
    })
  })

  it('decodes percent-encoded table names', async () => {
    expect((await f.call('GET', '/%74asks', { search: 'select=id&id=eq.1' })).json).toEqual([{ id: 1 }])
  })

  it('serves a small OpenAPI description at the root', async () => {
    const res = await f.call('GET', '/')
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body ?? '{}').paths).toHaveProperty('/tasks')
  })
})

describe('schema cache', () => {
  it('reloads on NOTIFY pgrst, reload schema', async () => {
    await f.db.exec(
      'create table public.late_table (id int primary key); insert into public.late_table values (7); grant select on public.late_table to anon',
    )
    expect((await f.call('GET', '/late_table')).status).toBe(404)
    await f.db.exec(`notify pgrst, 'reload schema'`)
    let res = await f.call('GET', '/late_table')
    for (let i = 0; i < 50 && res.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 20))
      res = await f.call('GET', '/late_table')
    }
    expect(res.json).toEqual([{ id: 7 }])
  })
})

describe('malformed and hostile input', () => {
  const before = async () => (await f.db.query<{ n: number }>('select count(*)::int as n from public.tasks')).rows[0]?.n

  it.each([
    ['order with a statement after ;', 'order=id;drop table tasks', 400, 'PGRST100'],
    ['select with a statement after ;', 'select=id;drop table tasks', 400, 'PGRST100'],
    ['a non-numeric limit', 'limit=1;drop table tasks', 400, 'PGRST100'],
    ['select with a quoted identifier holding SQL', 'select=id,"title\\"%3Bdrop table tasks%3B--"', 400, '42703'],
    ['select with a doubled quote', 'select=id,"title"";drop table tasks;--"', 400, 'PGRST100'],
    ['a filter value holding SQL', "title=eq.'; drop table tasks; --", 200, undefined],
    ['a value that breaks out of parentheses', 'id=eq.1)) or ((1=1', 400, '22P02'],
    ['a filter key with a quote', '"ti\\"tle"=eq.x', 400, '42703'],
    ['a filter key with SQL characters', "id' or '1'='1=eq.1", 400, 'PGRST100'],
    ['a cast holding SQL', 'select=id::text);drop table tasks;--', 400, 'PGRST100'],
    ['a cast to an unknown type', 'select=id::pg_sleep', 400, '42704'],
    ['a JSON key holding SQL', "select=data->>x' or '1'='1", 200, undefined],
    ['a JSON key calling a function', "select=data->>'a' || pg_sleep(1) || '", 400, 'PGRST100'],
    ['an order clause holding SQL', 'order=id desc,(select 1)', 400, 'PGRST100'],
    ['bad percent-encoding', 'title=eq.%zz&select=id', 400, 'PGRST100'],
    ['percent-encoding of invalid UTF-8', 'title=eq.%E0%A4%A&select=id', 400, 'PGRST100'],
    ['unbalanced parentheses in or', 'or=(id.eq.1,and(id.eq.2)', 400, 'PGRST100'],
    ['a stray closing parenthesis in or', 'or=id.eq.1)', 400, 'PGRST100'],
    ['an unknown operator', 'id=like2.1', 400, 'PGRST100'],
    ['an empty filter value', 'id=', 400, 'PGRST100'],
    ['a NUL byte in a value', 'title=eq.a%00b', 400, '22021'],
    ['a NUL byte in a column name', 'select="ti%00tle"', 400, '42703'],
    ['deeply nested logic', `or=${'(id.eq.1,and'.repeat(30)}(id.eq.2)${')'.repeat(30)}`, 200, undefined],
    ['a huge in list', `id=in.(${Array.from({ length: 2000 }, (_, i) => i).join(',')})&select=id`, 200, undefined],
    ['an unknown embedded resource in order', 'order=ghost(id)', 400, 'PGRST108'],
  ])('%s', async (_label, search, status, code) => {
    const n = await before()
    const res = await f.call('GET', '/tasks', { search })
    expect(res.status, res.body).toBe(status)
    if (code) expect(res.json).toMatchObject({ code })
    expect(await before()).toBe(n)
  })

  it.each([
    ['an invalid JSON body', '{"title": ', 'PGRST102'],
    ['a body of mixed items', '[{"title":"a"}, 5]', 'PGRST102'],
    ['a column named with SQL', '{"title":"a","x\\"; drop table tasks; --":1}', 'PGRST204'],
  ])('POST with %s answers 400 %s', async (_label, body, code) => {
    const res = await f.call('POST', '/tasks', { body })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code })
  })

  it('answers garbage headers with defaults or clean errors', async () => {
    const odd = await f.call('GET', '/tasks', {
      search: 'select=id&id=eq.1',
      headers: { prefer: ',,,=,count=, return', range: 'bytes=oops', 'range-unit': '💥' },
    })
    expect(odd.status).toBe(200)
    const badAccept = await f.call('GET', '/tasks', { headers: { accept: ';;;/' } })
    expect(badAccept.status).toBe(406)
    const badContentType = await f.call('POST', '/tasks', { body: 'title=x', headers: { 'content-type': 'application/xml' } })
    expect(badContentType.json).toMatchObject({ code: 'PGRST102', message: 'Content-Type not acceptable: application/xml' })
  })

  it('refuses hostile names in paths', async () => {
    expect((await f.call('GET', '/ta"sks')).json).toMatchObject({ code: 'PGRST205' })
    expect((await f.call('POST', '/rpc/add();drop table tasks', { body: {} })).json).toMatchObject({ code: 'PGRST202' })
    expect((await f.call('GET', '/tasks/../secrets')).json).toMatchObject({ code: 'PGRST125' })
  })

  it('never throws, even for a request missing its fields', async () => {
    const weird = { method: undefined, path: undefined, search: undefined, headers: undefined, body: undefined, auth: undefined }
    const res = await f.rest.handle(weird as unknown as RestRequest)
    expect(res.status).toBeGreaterThanOrEqual(400)
  })

  it('still answers a normal request afterwards', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id,projects(name)&id=eq.1' })
    expect(res.status).toBe(200)
    expect(res.json).toEqual([{ id: 1, projects: { name: 'Hamlet' } }])
  })
})
