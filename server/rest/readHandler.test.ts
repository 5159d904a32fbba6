import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFixture, type Fixture } from './testing/fixture'

let f: Fixture
beforeAll(async () => {
  f = await createFixture()
})
afterAll(async () => {
  await f.close()
})

const ids = async (search: string) => {
  const res = await f.call('GET', '/tasks', { search: `select=id&order=id&${search}` })
  expect(res.status, res.body).toBe(200)
  return (res.json as Array<{ id: number }>).map((r) => r.id)
}

describe('GET: select', () => {
  it('when selecting columns with aliases, casts and JSON paths, the row has exactly those keys', async () => {
    const res = await f.call('GET', '/tasks', {
      search: 'select=id,name:title,est:estimate::text,color:data->>color,w:data->size->w,data->size,first_tag:tags->0&id=eq.1',
    })
    expect(res.status).toBe(200)
    expect(res.json).toEqual([{ id: 1, name: 'Build the set', est: '2.5', color: 'red', w: 3, size: { w: 3 }, first_tag: 'stage' }])
  })

  it('when selecting *, Postgres serializes numeric, timestamptz, jsonb and arrays as PostgREST does', async () => {
    const res = await f.call('GET', '/tasks', { search: 'id=eq.1' })
    const [row] = res.json as Array<Record<string, unknown>>
    expect(row).toMatchObject({
      estimate: 2.5,
      due_at: '2024-03-01T12:00:00+00:00',
      data: { color: 'red', size: { w: 3 } },
      tags: ['stage', 'wood'],
      done: false,
      parent_id: null,
    })
    expect(res.body).toContain('"estimate":2.5')
  })

  it('keeps the exact numeric text (trailing zeros) like json_agg', async () => {
    const res = await f.call('GET', '/projects', { search: 'select=budget&id=eq.1' })
    expect(res.body).toBe('[{"budget":1000.50}]')
  })

  it('when a column does not exist, answers 400 42703 like Postgres', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id,nope' })
    expect(res.status).toBe(400)
    expect(res.json).toEqual({ code: '42703', message: 'column tasks.nope does not exist', details: null, hint: null })
  })

  it('when a cast names an unknown type, answers 400 42704 without running SQL', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id::nosuchtype' })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: '42704' })
  })

  it('refuses aggregates as PostgREST does by default', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=count()' })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: 'PGRST123' })
  })

  it('reads views', async () => {
    const res = await f.call('GET', '/open_tasks', { search: 'select=id,status&order=id&limit=2' })
    expect(res.json).toEqual([
      { id: 1, status: 'todo' },
      { id: 2, status: 'doing' },
    ])
  })
})

describe('GET: every filter operator', () => {
  it.each([
    ['id=eq.2', [2]],
    ['status=neq.todo', [2, 3, 5]],
    ['priority=gt.1', [2, 4, 5]],
    ['priority=gte.2', [2, 4, 5]],
    ['priority=lt.2', [1]],
    ['priority=lte.2', [1, 2, 5]],
    ['title=like.*the*', [1]],
    ['title=ilike.*COSTUME*', [2]],
    ['title=match.^[BS]', [1, 2]],
    ['title=imatch.^b', [1]],
    ['priority=is.null', [3, 6]],
    ['priority=not.is.null', [1, 2, 4, 5]],
    ['done=is.true', [3]],
    ['done=is.false', [1, 2, 4, 5, 6]],
    ['priority=isdistinct.2', [1, 3, 4, 6]],
    ['id=in.(1,3,5)', [1, 3, 5]],
    ['id=not.in.(1,3,5)', [2, 4, 6]],
    ['title=in.("Print posters, flyers","Rehearse act (one)")', [4, 5]],
    ['title=eq.Orphan "quoted" task', [6]],
    ['id=in.()', []],
    ['tags=cs.{stage}', [1, 5]],
    ['tags=cd.{stage,wood,costume}', [1, 2, 3, 5, 6]],
    ['tags=ov.{wood,print}', [1, 4]],
    ['data=cs.{"color":"red"}', [1, 4]],
    ['data=cd.{"color":"blue","x":1}', [2, 3, 6]],
    ['data->>color=eq.red', [1, 4]],
    ['data->size->>w=eq.3', [1]],
    ['data->tags=cs.["a"]', [5]],
    ['search=fts.costumes', [2]],
    ['search=fts(english).lights', [3]],
    ['title=plfts(english).build set', [1]],
    ['title=phfts(english).the set', [1]],
    ['search=wfts(english).rehearse -posters', [5]],
    ['id=eq(any).{1,4}', [1, 4]],
    ['title=like(any).{Build*,Sew*}', [1, 2]],
    ['title=ilike(all).{*s*,*e*}', [1, 2, 4, 5, 6]],
    ['priority=gt(all).{0,1}', [2, 4, 5]],
    ['due_at=lt.2024-03-15', [1, 3]],
    ['created_at=gte.2024-01-05T00:00:00Z', [5, 6]],
    ['estimate=gt.2.4', [1, 2, 5]],
    ['not.or=(status.eq.todo,status.eq.doing)', [3]],
    ['or=(id.eq.1,and(priority.gt.2,done.is.false))', [1, 4]],
    ['and=(priority.gte.2,or(status.eq.doing,id.eq.4))', [2, 4, 5]],
    ['or=(title.eq."Print posters, flyers",tags.cs.{costume})', [2, 4]],
    ['or=(id.in.(1,2),priority.is.null)', [1, 2, 3, 6]],
    ['or=(data->>color.eq.blue,id.not.eq.1)&id=lt.3', [2]],
  ])('%s', async (search, expected) => {
    expect(await ids(search)).toEqual(expected)
  })

  it('when a value does not parse for the column type, answers 400 22P02', async () => {
    const res = await f.call('GET', '/tasks', { search: 'id=eq.abc' })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: '22P02' })
  })

  it('when the operator is unknown, answers 400 PGRST100', async () => {
    const res = await f.call('GET', '/tasks', { search: 'id=foo.1' })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: 'PGRST100', details: 'unexpected "f" expecting "not" or operator (eq, gt, ...)' })
  })

  it('when filtering on a missing column, answers 400 42703', async () => {
    const res = await f.call('GET', '/tasks', { search: 'nope=eq.1' })
    expect(res.json).toMatchObject({ code: '42703', message: 'column tasks.nope does not exist' })
  })
})

describe('GET: ordering', () => {
  it('orders with nulls first or last and several terms', async () => {
    expect(await f.call('GET', '/tasks', { search: 'select=id&order=priority.desc.nullsfirst,id' }).then((r) => r.json)).toEqual(
      [3, 6, 4, 2, 5, 1].map((id) => ({ id })),
    )
    expect(await f.call('GET', '/tasks', { search: 'select=id&order=priority.asc.nullslast,id.desc' }).then((r) => r.json)).toEqual(
      [1, 5, 2, 4, 6, 3].map((id) => ({ id })),
    )
  })

  it('orders on a JSON path', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id&order=data->>color.desc.nullslast,id' })
    expect((res.json as Array<{ id: number }>).map((r) => r.id)).toEqual([1, 4, 2, 3, 5, 6])
  })
})

describe('GET: paging and counts', () => {
  it('without a count, answers 200 with an open Content-Range', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id&order=id&limit=2&offset=1' })
    expect(res.status).toBe(200)
    expect(res.headers['Content-Range']).toBe('1-2/*')
    expect(res.json).toEqual([{ id: 2 }, { id: 3 }])
  })

  it('with count=exact and a partial page, answers 206 with the total', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id&limit=2', headers: { prefer: 'count=exact' } })
    expect(res.status).toBe(206)
    expect(res.headers['Content-Range']).toBe('0-1/6')
    expect(res.headers['Preference-Applied']).toBe('count=exact')
  })

  it('with a count covering every row, answers 200', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id', headers: { prefer: 'count=planned' } })
    expect(res.status).toBe(200)
    expect(res.headers['Content-Range']).toBe('0-5/6')
  })

  it('counts only the filtered rows', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id&status=eq.todo&limit=1', headers: { prefer: 'count=estimated' } })
    expect(res.headers['Content-Range']).toBe('0-0/3')
  })

  it('when empty, answers */0 with a count and */* without', async () => {
    const counted = await f.call('GET', '/tasks', { search: 'id=gt.1000', headers: { prefer: 'count=exact' } })
    expect([counted.status, counted.headers['Content-Range'], counted.body]).toEqual([200, '*/0', '[]'])
    const plain = await f.call('GET', '/tasks', { search: 'id=gt.1000' })
    expect([plain.status, plain.headers['Content-Range']]).toEqual([200, '*/*'])
  })

  it('when the offset is past the end with a count, answers 416 PGRST103', async () => {
    const res = await f.call('GET', '/tasks', { search: 'offset=7', headers: { prefer: 'count=exact' } })
    expect(res.status).toBe(416)
    expect(res.headers['Content-Range']).toBe('*/6')
    expect(res.json).toEqual({
      code: 'PGRST103',
      message: 'Requested range not satisfiable',
      details: 'An offset of 7 was requested, but there are only 6 rows.',
      hint: null,
    })
  })

  it('honours the Range header on GET', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id&order=id', headers: { range: '2-3', 'range-unit': 'items' } })
    expect(res.headers['Content-Range']).toBe('2-3/*')
    expect(res.json).toEqual([{ id: 3 }, { id: 4 }])
  })

  it('answers limit=0 with an empty page', async () => {
    const res = await f.call('GET', '/tasks', { search: 'limit=0', headers: { prefer: 'count=exact' } })
    expect([res.status, res.headers['Content-Range'], res.body]).toEqual([206, '*/6', '[]'])
  })

  it('refuses a negative limit with 416', async () => {
    expect((await f.call('GET', '/tasks', { search: 'limit=-1' })).status).toBe(416)
  })
})

describe('GET: media types', () => {
  it('returns one object for vnd.pgrst.object+json', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id,title&id=eq.2', headers: { accept: 'application/vnd.pgrst.object+json' } })
    expect(res.status).toBe(200)
    expect(res.headers['Content-Type']).toBe('application/vnd.pgrst.object+json; charset=utf-8')
    expect(res.json).toEqual({ id: 2, title: 'Sew costumes' })
  })

  it('answers 406 PGRST116 when the single object would be zero or many rows', async () => {
    const many = await f.call('GET', '/tasks', { headers: { accept: 'application/vnd.pgrst.object+json' } })
    expect(many.status).toBe(406)
    expect(many.json).toEqual({
      code: 'PGRST116',
      message: 'Cannot coerce the result to a single JSON object',
      details: 'The result contains 6 rows',
      hint: null,
    })
    const none = await f.call('GET', '/tasks', { search: 'id=eq.999', headers: { accept: 'application/vnd.pgrst.object+json' } })
    expect(none.json).toMatchObject({ code: 'PGRST116', details: 'The result contains 0 rows' })
  })

  it('strips nulls when asked', async () => {
    const res = await f.call('GET', '/tasks', {
      search: 'select=id,priority,parent_id&id=eq.3',
      headers: { accept: 'application/vnd.pgrst.array+json;nulls=stripped' },
    })
    expect(res.json).toEqual([{ id: 3, parent_id: 1 }])
  })

  it('returns CSV with a header line', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id,title&id=lte.2&order=id', headers: { accept: 'text/csv' } })
    expect(res.headers['Content-Type']).toBe('text/csv; charset=utf-8')
    expect(res.body).toBe('id,title\n1,"Build the set"\n2,"Sew costumes"')
  })

  it('answers 406 PGRST107 for an unknown Accept', async () => {
    const res = await f.call('GET', '/tasks', { headers: { accept: 'application/xml' } })
    expect(res.status).toBe(406)
    expect(res.json).toMatchObject({ code: 'PGRST107' })
  })

  it('answers HEAD with headers and counts but no body', async () => {
    const res = await f.call('HEAD', '/tasks', { search: 'limit=2', headers: { prefer: 'count=exact' } })
    expect(res.status).toBe(206)
    expect(res.headers['Content-Range']).toBe('0-1/6')
    expect(res.body).toBeUndefined()
  })
})

describe('GET: timezone preference', () => {
  it('renders timestamptz in the requested zone and reports it as applied', async () => {
    const res = await f.call('GET', '/tasks', {
      search: 'select=due_at&id=eq.1',
      headers: { prefer: 'timezone=America/New_York' },
    })
    expect(res.json).toEqual([{ due_at: '2024-03-01T07:00:00-05:00' }])
    expect(res.headers['Preference-Applied']).toBe('timezone=America/New_York')
  })

  it('answers 400 for an unknown zone', async () => {
    const res = await f.call('GET', '/tasks', { headers: { prefer: 'timezone=Mars/Base' } })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: '22023' })
  })
})

describe('GET: schema profiles', () => {
  it('accepts the exposed schema in Accept-Profile and echoes Content-Profile', async () => {
    const res = await f.call('GET', '/tasks', { search: 'select=id&id=eq.1', headers: { 'accept-profile': 'public' } })
    expect(res.status).toBe(200)
    expect(res.headers['Content-Profile']).toBe('public')
  })

  it('refuses other schemas with 406 PGRST106', async () => {
    const res = await f.call('GET', '/users', { headers: { 'accept-profile': 'auth' } })
    expect(res.status).toBe(406)
    expect(res.json).toEqual({
      code: 'PGRST106',
      message: 'Invalid schema: auth',
      details: null,
      hint: 'Only the following schemas are exposed: public',
    })
  })
})
