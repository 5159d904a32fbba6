import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFixture, type Fixture } from './testing/fixture'

// Resource embedding, through the SQL the read builder produces.

let f: Fixture
beforeAll(async () => {
  f = await createFixture()
})
afterAll(async () => {
  await f.close()
})

const get = async (path: string, search: string, headers: Record<string, string> = {}) => {
  const res = await f.call('GET', path, { search, headers })
  return res
}

describe('embedding', () => {
  it('embeds a to-one relationship as an object, or null when there is no parent', async () => {
    const res = await get('/tasks', 'select=id,projects(name)&id=in.(5,6)&order=id')
    expect(res.json).toEqual([
      { id: 5, projects: { name: 'Lear' } },
      { id: 6, projects: null },
    ])
  })

  it('embeds a to-many relationship as an array, empty when there are no children', async () => {
    const res = await get('/profiles', 'select=name,workspaces(name)&order=name')
    expect(res.json).toEqual([
      { name: 'Alice', workspaces: [{ name: 'Stage' }] },
      { name: 'Bob', workspaces: [{ name: 'Studio' }] },
      { name: 'Carol', workspaces: [] },
    ])
  })

  it('puts embedded resources after the columns, as PostgREST does', async () => {
    const res = await get('/tasks', 'select=projects(id),id&id=eq.1')
    expect(res.body).toBe('[{"id":1,"projects":{"id": 1}}]')
  })

  it('embeds nested resources with aliases', async () => {
    const res = await get('/tasks', 'select=id,project:projects(name,ws:workspaces(name,owner:profiles(name)))&id=eq.4')
    expect(res.json).toEqual([{ id: 4, project: { name: 'Macbeth', ws: { name: 'Stage', owner: { name: 'Alice' } } } }])
  })

  it('disambiguates two foreign keys to the same table by constraint name or column', async () => {
    const res = await get(
      '/tasks',
      'select=id,assignee:profiles!tasks_assignee_id_fkey(name),reviewer:profiles!reviewer_id(name)&id=eq.1',
    )
    expect(res.json).toEqual([{ id: 1, assignee: { name: 'Alice' }, reviewer: { name: 'Bob' } }])
  })

  it('embeds by the foreign key column name as target', async () => {
    const res = await get('/tasks', 'select=id,assignee_id(name)&id=eq.2')
    expect(res.json).toEqual([{ id: 2, assignee_id: { name: 'Bob' } }])
  })

  it('when two relationships match, answers 300 PGRST201 listing them', async () => {
    const res = await get('/tasks', 'select=id,profiles(name)')
    expect(res.status).toBe(300)
    expect(res.json).toMatchObject({
      code: 'PGRST201',
      message: "Could not embed because more than one relationship was found for 'tasks' and 'profiles'",
      hint: "Try changing 'profiles' to one of the following: 'profiles!tasks_assignee_id_fkey', 'profiles!tasks_reviewer_id_fkey'. Find the desired relationship in the 'details' key.",
    })
    expect((res.json as { details: unknown[] }).details).toHaveLength(2)
  })

  it('when no relationship exists, answers 400 PGRST200', async () => {
    const res = await get('/tasks', 'select=id,labelz(name)')
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({
      code: 'PGRST200',
      message: "Could not find a relationship between 'tasks' and 'labelz' in the schema cache",
      details: "Searched for a foreign key relationship between 'tasks' and 'labelz' in the schema 'public', but no matches were found.",
    })
  })

  it('embeds self references: the column name gives the parent, the table the children', async () => {
    const res = await get('/tasks', 'select=id,parent:parent_id(id),children:tasks!parent_id(id)&id=in.(1,2)&order=id')
    expect(res.json).toEqual([
      { id: 1, parent: null, children: [{ id: 2 }, { id: 3 }] },
      { id: 2, parent: { id: 1 }, children: [] },
    ])
  })

  it('embeds one-to-one both ways as objects', async () => {
    const fromTask = await get('/tasks', 'select=id,task_details(notes)&id=in.(1,3)&order=id')
    expect(fromTask.json).toEqual([
      { id: 1, task_details: { notes: 'needs plywood' } },
      { id: 3, task_details: null },
    ])
    const fromDetails = await get('/task_details', 'select=notes,tasks(title)&task_id=eq.1')
    expect(fromDetails.json).toEqual([{ notes: 'needs plywood', tasks: { title: 'Build the set' } }])
  })

  it('embeds many-to-many through a junction table', async () => {
    const res = await get('/tasks', 'select=id,labels(name)&id=in.(1,3)&order=id&labels.order=name')
    expect(res.json).toEqual([
      { id: 1, labels: [{ name: 'easy' }, { name: 'urgent' }] },
      { id: 3, labels: [] },
    ])
  })

  it('embeds through a view in both directions', async () => {
    const fromView = await get('/open_tasks', 'select=id,projects(name)&id=eq.4')
    expect(fromView.json).toEqual([{ id: 4, projects: { name: 'Macbeth' } }])
    const toView = await get('/projects', 'select=id,open_tasks(id)&id=eq.1&open_tasks.order=id')
    expect(toView.json).toEqual([{ id: 1, open_tasks: [{ id: 1 }, { id: 2 }] }])
  })

  it('filters, orders and limits inside an embedded resource without dropping parents', async () => {
    const res = await get('/projects', 'select=id,tasks(id)&tasks.status=neq.done&tasks.order=id.desc&tasks.limit=1&order=id')
    expect(res.json).toEqual([
      { id: 1, tasks: [{ id: 2 }] },
      { id: 2, tasks: [{ id: 4 }] },
      { id: 3, tasks: [{ id: 5 }] },
    ])
  })

  it('applies or= inside an embedded resource', async () => {
    const res = await get('/projects', 'select=id,tasks(id)&tasks.or=(id.eq.1,id.eq.5)&order=id')
    expect(res.json).toEqual([
      { id: 1, tasks: [{ id: 1 }] },
      { id: 2, tasks: [] },
      { id: 3, tasks: [{ id: 5 }] },
    ])
  })

  it('with !inner, drops parents without a matching embedded row and counts accordingly', async () => {
    const res = await get('/tasks', 'select=id,projects!inner(name)&projects.name=eq.Hamlet&order=id', { prefer: 'count=exact' })
    expect(res.json).toEqual([1, 2, 3].map((id) => ({ id, projects: { name: 'Hamlet' } })))
    expect(res.headers['Content-Range']).toBe('0-2/3')
    const toMany = await get('/projects', 'select=id,tasks!inner(id)&tasks.done=is.true', { prefer: 'count=exact' })
    expect(toMany.json).toEqual([{ id: 1, tasks: [{ id: 3 }] }])
    expect(toMany.headers['Content-Range']).toBe('0-0/1')
  })

  it('filters parents on the presence of an embed with embed=is.null / not.is.null', async () => {
    const missing = await get('/tasks', 'select=id,projects(id)&projects=is.null')
    expect(missing.json).toEqual([{ id: 6, projects: null }])
    const present = await get('/tasks', 'select=id,projects()&projects=not.is.null&limit=1&order=id', { prefer: 'count=exact' })
    expect(present.json).toEqual([{ id: 1 }])
    expect(present.headers['Content-Range']).toBe('0-0/5')
  })

  it('orders parents by a to-one embedded column', async () => {
    const res = await get('/tasks', 'select=id,projects(name)&project_id=not.is.null&order=projects(name).desc,id')
    expect((res.json as Array<{ id: number }>).map((r) => r.id)).toEqual([4, 5, 1, 2, 3])
  })

  it('refuses ordering by a to-many embed with PGRST118', async () => {
    const res = await get('/projects', 'select=id,tasks(id)&order=tasks(id)')
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: 'PGRST118' })
  })

  it('when a filter names a resource that is not embedded, answers PGRST108', async () => {
    const res = await get('/tasks', 'select=id&projects.name=eq.Hamlet')
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: 'PGRST108', message: "'projects' is not an embedded resource in this request" })
  })

  it('reaches nested embeds with dotted paths for filters, order and limit', async () => {
    const res = await get(
      '/workspaces',
      'select=name,projects(name,tasks(id))&projects.tasks.status=eq.todo&projects.tasks.order=id.desc&projects.tasks.limit=1&projects.order=id&order=name',
    )
    expect(res.json).toEqual([
      { name: 'Stage', projects: [{ name: 'Hamlet', tasks: [{ id: 1 }] }, { name: 'Macbeth', tasks: [{ id: 4 }] }] },
      { name: 'Studio', projects: [{ name: 'Lear', tasks: [] }] },
    ])
  })

  it('filters embeds through their alias', async () => {
    const res = await get('/projects', 'select=id,todo:tasks(id)&todo.status=eq.todo&id=eq.1')
    expect(res.json).toEqual([{ id: 1, todo: [{ id: 1 }] }])
  })

  it('spreads a to-one embed into the parent', async () => {
    const res = await get('/tasks', 'select=id,...projects(project_name:name,archived)&id=eq.4')
    expect(res.json).toEqual([{ id: 4, project_name: 'Macbeth', archived: true }])
  })

  it('selects, filters and orders computed fields, also inside embeds', async () => {
    const res = await get('/projects', 'select=id,tasks(id,label)&id=eq.1&tasks.label=like.todo*')
    expect(res.json).toEqual([{ id: 1, tasks: [{ id: 1, label: 'todo: Build the set' }] }])
    const root = await get('/tasks', 'select=label&label=ilike.*costumes&order=label')
    expect(root.json).toEqual([{ label: 'doing: Sew costumes' }])
  })

  it('validates embedded columns with the alias Postgres would report', async () => {
    const res = await get('/tasks', 'select=id,projects(nope)')
    expect(res.json).toMatchObject({ code: '42703', message: 'column projects_1.nope does not exist' })
  })

  it('caps embedded and top-level pages at maxRows', async () => {
    const capped = await createFixture({ maxRows: 2 })
    try {
      const res = await capped.call('GET', '/projects', { search: 'select=id,tasks(id)&order=id&tasks.order=id', headers: { prefer: 'count=exact' } })
      expect(res.json).toEqual([
        { id: 1, tasks: [{ id: 1 }, { id: 2 }] },
        { id: 2, tasks: [{ id: 4 }] },
      ])
      expect(res.status).toBe(206)
      expect(res.headers['Content-Range']).toBe('0-1/3')
    } finally {
      await capped.close()
    }
  })
})
