import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALICE, BOB, asUser, createFixture, type Fixture } from './testing/fixture'

let f: Fixture
beforeAll(async () => {
  f = await createFixture()
})
afterAll(async () => {
  await f.close()
})

const rows = async (sql: string) => (await f.db.query(sql)).rows

describe('POST (insert)', () => {
  it('without Prefer, answers 201 with no body (return=minimal is the default)', async () => {
    const res = await f.call('POST', '/items', { body: { sku: 'p1', name: 'Pear' } })
    expect(res.status).toBe(201)
    expect(res.body).toBeUndefined()
    expect(res.headers['Content-Range']).toBe('*/*')
    expect(res.headers['Preference-Applied']).toBeUndefined()
    expect(await rows("select qty, note from items where sku = 'p1'")).toEqual([{ qty: 0, note: 'n/a' }])
  })

  it('with return=representation, returns the inserted rows with defaults filled in', async () => {
    const res = await f.call('POST', '/items', {
      body: { sku: 'p2', name: 'Plum' },
      headers: { prefer: 'return=representation' },
    })
    expect(res.status).toBe(201)
    expect(res.headers['Preference-Applied']).toBe('return=representation')
    expect(res.json).toEqual([{ sku: 'p2', name: 'Plum', qty: 0, note: 'n/a' }])
  })

  it('with return=headers-only, sends the Location of the new row', async () => {
    const res = await f.call('POST', '/tasks', { body: { title: 'located' }, headers: { prefer: 'return=headers-only' } })
    expect(res.status).toBe(201)
    expect(res.headers.Location).toMatch(/^\/tasks\?id=eq\.\d+$/)
    expect(res.body).toBeUndefined()
  })

  it('inserts an array, filling keys missing from `columns` with NULL, or DEFAULT with missing=default', async () => {
    const nulls = await f.call('POST', '/items', {
      search: 'columns="sku","name","note"',
      body: [{ sku: 'n1', name: 'One' }, { sku: 'n2', note: 'given' }],
      headers: { prefer: 'return=representation' },
    })
    expect(nulls.json).toEqual([
      { sku: 'n1', name: 'One', qty: 0, note: null },
      { sku: 'n2', name: null, qty: 0, note: 'given' },
    ])
    const defaults = await f.call('POST', '/items', {
      search: 'columns="sku","name","note"',
      body: [{ sku: 'd1', name: 'One' }, { sku: 'd2', note: 'given' }],
      headers: { prefer: 'return=representation, missing=default' },
    })
    expect(defaults.headers['Preference-Applied']).toBe('missing=default, return=representation')
    expect(defaults.json).toEqual([
      { sku: 'd1', name: 'One', qty: 0, note: 'n/a' },
      { sku: 'd2', name: null, qty: 0, note: 'given' },
    ])
  })

  it('returns selected columns and embeds of the inserted row', async () => {
    const res = await f.call('POST', '/tasks', {
      search: 'select=title,project:projects(name)',
      body: { title: 'with project', project_id: 3 },
      headers: { prefer: 'return=representation' },
    })
    expect(res.json).toEqual([{ title: 'with project', project: { name: 'Lear' } }])
  })

  it('returns computed fields of the inserted row', async () => {
    const res = await f.call('POST', '/tasks', {
      search: 'select=label',
      body: { title: 'computed' },
      headers: { prefer: 'return=representation' },
    })
    expect(res.json).toEqual([{ label: 'todo: computed' }])
  })

  it('returns a single object for vnd.pgrst.object+json, and refuses a bulk insert with 406 and rollback', async () => {
    const one = await f.call('POST', '/items', {
      body: { sku: 's1' },
      headers: { prefer: 'return=representation', accept: 'application/vnd.pgrst.object+json' },
    })
    expect(one.json).toEqual({ sku: 's1', name: null, qty: 0, note: 'n/a' })
    const two = await f.call('POST', '/items', {
      body: [{ sku: 's2' }, { sku: 's3' }],
      headers: { prefer: 'return=representation', accept: 'application/vnd.pgrst.object+json' },
    })
    expect(two.status).toBe(406)
    expect(two.json).toMatchObject({ code: 'PGRST116', details: 'The result contains 2 rows' })
    expect(await rows("select sku from items where sku in ('s2', 's3')")).toEqual([])
  })

  it('counts inserted rows with count=exact', async () => {
    const res = await f.call('POST', '/logs', { body: [{ msg: 'a' }, { msg: 'b' }], headers: { prefer: 'count=exact' } })
    expect(res.headers['Content-Range']).toBe('*/2')
  })

  it('rolls back with tx=rollback but still answers', async () => {
    const res = await f.call('POST', '/items', {
      body: { sku: 'rb' },
      headers: { prefer: 'return=representation, tx=rollback' },
    })
    expect(res.status).toBe(201)
    expect(res.headers['Preference-Applied']).toBe('return=representation, tx=rollback')
    expect(await rows("select sku from items where sku = 'rb'")).toEqual([])
  })

  it('inserts an empty object as a row of defaults and an empty array as nothing', async () => {
    const one = await f.call('POST', '/logs', { body: {}, headers: { prefer: 'return=representation' } })
    expect(one.json).toEqual([{ msg: null }])
    const none = await f.call('POST', '/logs', { body: [], headers: { prefer: 'return=representation' } })
    expect([none.status, none.body]).toEqual([201, '[]'])
  })

  it.each([
    ['invalid JSON', '{"sku":', 'PGRST102', 'Empty or invalid json'],
    ['an empty body', '', 'PGRST102', 'Empty or invalid json'],
    ['array items with different keys', [{ sku: 'x' }, { name: 'y' }], 'PGRST102', 'All object keys must match'],
    ['an array of non-objects', [1, 2], 'PGRST102', 'All object keys must match'],
    ['an unknown column', { sku: 'x', colour: 'red' }, 'PGRST204', "Could not find the 'colour' column of 'items' in the schema cache"],
  ])('refuses %s with 400 %s', async (_label, body, code, message) => {
    const res = await f.call('POST', '/items', { body })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code, message })
  })

  it('maps constraint violations: 23505 and 23503 to 409, 23502 and 23514 to 400', async () => {
    const dup = await f.call('POST', '/items', { body: { sku: 'a' } })
    expect([dup.status, (dup.json as { code: string }).code]).toEqual([409, '23505'])
    expect(dup.json).toMatchObject({ details: 'Key (sku)=(a) already exists.', hint: null })
    const fk = await f.call('POST', '/tasks', { body: { title: 'x', project_id: 999 } })
    expect([fk.status, (fk.json as { code: string }).code]).toEqual([409, '23503'])
    const notNull = await f.call('POST', '/tasks', { body: { title: null } })
    expect([notNull.status, (notNull.json as { code: string }).code]).toEqual([400, '23502'])
    await f.db.exec('alter table public.items add constraint qty_positive check (qty >= 0)')
    const check = await f.call('POST', '/items', { body: { sku: 'neg', qty: -1 } })
    expect([check.status, (check.json as { code: string }).code]).toEqual([400, '23514'])
    const badDate = await f.call('POST', '/tasks', { body: { title: 'x', due_at: 'not a date' } })
    expect([badDate.status, (badDate.json as { code: string }).code]).toEqual([400, '22007'])
  })
})

describe('POST with resolution (upsert)', () => {
  it('merges duplicates on the primary key: 201 when a row is new, 200 when all were updates', async () => {
    const created = await f.call('POST', '/items', {
      body: [{ sku: 'u1', name: 'New' }],
      headers: { prefer: 'resolution=merge-duplicates, return=representation' },
    })
    expect(created.status).toBe(201)
    const updated = await f.call('POST', '/items', {
      body: [{ sku: 'u1', name: 'Renamed' }],
      headers: { prefer: 'resolution=merge-duplicates, return=representation' },
    })
    expect(updated.status).toBe(200)
    expect(updated.headers['Preference-Applied']).toBe('resolution=merge-duplicates, return=representation')
    expect(updated.json).toEqual([{ sku: 'u1', name: 'Renamed', qty: 0, note: 'n/a' }])
  })

  it('ignores duplicates and conflicts on the columns given in on_conflict', async () => {
    const ignored = await f.call('POST', '/items', {
      body: [{ sku: 'a', name: 'Ignored' }, { sku: 'u2', name: 'Added' }],
      headers: { prefer: 'resolution=ignore-duplicates, return=representation' },
    })
    expect(ignored.json).toEqual([{ sku: 'u2', name: 'Added', qty: 0, note: 'n/a' }])
    const byName = await f.call('POST', '/labels', {
      search: 'on_conflict=name',
      body: { id: 50, name: 'urgent' },
      headers: { prefer: 'resolution=ignore-duplicates, return=representation' },
    })
    expect([byName.status, byName.body]).toEqual([201, '[]'])
    const merged = await f.call('POST', '/labels', {
      search: 'on_conflict=name',
      body: { id: 2, name: 'easy' },
      headers: { prefer: 'resolution=merge-duplicates, return=representation' },
    })
    expect([merged.status, merged.json]).toEqual([200, [{ id: 2, name: 'easy' }]])
  })

  it('does not report resolution for a table without a key to conflict on', async () => {
    const res = await f.call('POST', '/logs', { body: { msg: 'x' }, headers: { prefer: 'resolution=merge-duplicates' } })
    expect(res.status).toBe(201)
    expect(res.headers['Preference-Applied']).toBeUndefined()
  })
})

describe('PATCH (update)', () => {
  it('answers 204 by default and 200 with the rows for return=representation', async () => {
    const minimal = await f.call('PATCH', '/items', { search: 'sku=eq.b', body: { qty: 3 } })
    expect([minimal.status, minimal.body, minimal.headers['Content-Range']]).toEqual([204, undefined, '0-0/*'])
    const full = await f.call('PATCH', '/items', {
      search: 'sku=eq.b&select=sku,qty',
      body: { qty: 4 },
      headers: { prefer: 'return=representation, count=exact' },
    })
    expect(full.status).toBe(200)
    expect(full.headers['Content-Range']).toBe('0-0/1')
    expect(full.json).toEqual([{ sku: 'b', qty: 4 }])
  })

  it('updates nothing and answers */* when no row matches', async () => {
    const res = await f.call('PATCH', '/items', { search: 'sku=eq.none', body: { qty: 1 } })
    expect([res.status, res.headers['Content-Range']]).toEqual([204, '*/*'])
  })

  it('applies logic trees to the rows it updates', async () => {
    await f.call('PATCH', '/tasks', { search: 'or=(id.eq.1,id.eq.2)', body: { priority: 9 } })
    expect(await rows('select id from tasks where priority = 9 order by id')).toEqual([{ id: 1 }, { id: 2 }])
  })

  it('with handling=strict and max-affected, refuses and rolls back an update touching too many rows', async () => {
    const res = await f.call('PATCH', '/tasks', {
      search: 'priority=eq.9',
      body: { priority: 8 },
      headers: { prefer: 'handling=strict, max-affected=1' },
    })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: 'PGRST124', details: 'The query affects 2 rows' })
    expect(await rows('select count(*)::int as n from tasks where priority = 9')).toEqual([{ n: 2 }])
  })

  it('with handling=strict, refuses unknown preferences', async () => {
    const res = await f.call('PATCH', '/items', { search: 'sku=eq.b', body: { qty: 1 }, headers: { prefer: 'handling=strict, foo=bar' } })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: 'PGRST122', details: 'Invalid preferences: foo=bar' })
  })

  it('with an empty object, changes nothing', async () => {
    const res = await f.call('PATCH', '/items', { search: 'sku=eq.b', body: {}, headers: { prefer: 'return=representation' } })
    expect([res.status, res.body]).toEqual([200, '[]'])
  })

  it('refuses unknown columns with PGRST204', async () => {
    const res = await f.call('PATCH', '/items', { search: 'sku=eq.b', body: { nope: 1 } })
    expect(res.json).toMatchObject({ code: 'PGRST204' })
  })
})

describe('DELETE', () => {
  it('answers 204, or 200 with the deleted rows', async () => {
    await f.call('POST', '/logs', { body: [{ msg: 'del1' }, { msg: 'del2' }, { msg: 'del3' }] })
    const minimal = await f.call('DELETE', '/logs', { search: 'msg=eq.del1', headers: { 'content-type': 'application/json' } })
    expect([minimal.status, minimal.headers['Content-Range']]).toEqual([204, '*/*'])
    const full = await f.call('DELETE', '/logs', {
      search: 'msg=in.(del2,del3)&order=msg',
      headers: { prefer: 'return=representation, count=exact' },
    })
    expect(full.status).toBe(200)
    expect(full.headers['Content-Range']).toBe('*/2')
    expect((full.json as unknown[]).length).toBe(2)
  })
})

describe('PUT (single-row upsert)', () => {
  it('inserts then replaces the row named by the primary key filter', async () => {
    const created = await f.call('PUT', '/items', {
      search: 'sku=eq.put1',
      body: { sku: 'put1', name: 'First', qty: 1, note: 'x' },
      headers: { prefer: 'return=representation' },
    })
    expect(created.status).toBe(201)
    const replaced = await f.call('PUT', '/items', { search: 'sku=eq.put1', body: { sku: 'put1', name: 'Second', qty: 2, note: 'y' } })
    expect(replaced.status).toBe(204)
    expect(await rows("select name from items where sku = 'put1'")).toEqual([{ name: 'Second' }])
  })

  it('refuses filters other than eq on the whole key, and payloads that disagree with the URL', async () => {
    const bad = await f.call('PUT', '/items', { search: 'name=eq.x', body: { sku: 'x' } })
    expect([bad.status, (bad.json as { code: string }).code]).toEqual([405, 'PGRST105'])
    const mismatch = await f.call('PUT', '/items', { search: 'sku=eq.one', body: { sku: 'two' } })
    expect([mismatch.status, (mismatch.json as { code: string }).code]).toEqual([400, 'PGRST115'])
    const limited = await f.call('PUT', '/items', { search: 'sku=eq.one&limit=1', body: { sku: 'one' } })
    expect((limited.json as { code: string }).code).toBe('PGRST114')
  })
})

describe('row level security on writes', () => {
  it('fills owner_id from auth.uid() and refuses rows for someone else', async () => {
    const mine = await f.call('POST', '/notes', {
      body: { body: 'from alice' },
      headers: { prefer: 'return=representation' },
      ...asUser(ALICE),
    })
    expect(mine.status).toBe(201)
    expect(mine.json).toMatchObject([{ owner_id: ALICE, body: 'from alice' }])
    const spoof = await f.call('POST', '/notes', { body: { body: 'x', owner_id: BOB }, ...asUser(ALICE) })
    expect(spoof.status).toBe(403)
    expect(spoof.json).toMatchObject({ code: '42501', message: 'new row violates row-level security policy for table "notes"' })
  })

  it('updates and deletes only the rows the policy shows', async () => {
    const res = await f.call('PATCH', '/notes', {
      body: { body: 'edited' },
      headers: { prefer: 'count=exact' },
      ...asUser(BOB),
    })
    expect(res.headers['Content-Range']).toBe('0-0/1')
    expect(await rows("select count(*)::int as n from notes where body = 'edited'")).toEqual([{ n: 1 }])
  })
})
