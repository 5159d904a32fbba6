import type { SupabaseClient } from '@supabase/supabase-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/startBackend.ts'
import { clientFor, ids, signedInClient, startTestBackend } from '../../support/testBackend.ts'
import { closeClients, Inbox, settle, subscribe, subscribed } from './realtimeTestKit.ts'

/** What realtime-js hands a postgres_changes callback. */
interface Change {
  schema: string
  table: string
  commit_timestamp: string
  eventType: 'INSERT' | 'UPDATE' | 'DELETE'
  new: Record<string, any>
  old: Record<string, any>
  errors: string[] | null
}

let backend: Backend
let alice: SupabaseClient
let bob: SupabaseClient
let carol: SupabaseClient
let mallory: SupabaseClient
let anon: SupabaseClient

beforeAll(async () => {
  backend = await startTestBackend()
  ;[alice, bob, carol, mallory] = await Promise.all([
    signedInClient(backend, 'alice'),
    signedInClient(backend, 'bob'),
    signedInClient(backend, 'carol'),
    signedInClient(backend, 'mallory'),
  ])
  anon = clientFor(backend)
  // A table published while the backend runs, with a column authenticated may not read and the default
  // replica identity (old records carry the primary key only).
  await backend.db.exec(`
    create table public.rt_notes (
      id bigint generated always as identity primary key,
      workspace_id uuid not null,
      title text,
      secret text,
      score int,
      tags text[],
      body text
    );
    alter table public.rt_notes enable row level security;
    create policy "members read" on public.rt_notes for select to authenticated
      using (workspace_id in (select private.member_workspace_ids()));
    revoke all on public.rt_notes from anon, authenticated, service_role;
    grant select (id, workspace_id, title, score, tags, body) on public.rt_notes to authenticated;
    grant select on public.rt_notes to service_role;
    alter publication supabase_realtime add table public.rt_notes;
  `)
})

afterAll(async () => {
  await closeClients(alice, bob, carol, mallory, anon)
  await backend?.close()
})

function listen(client: SupabaseClient, name: string, binding: { event: '*' | 'INSERT' | 'UPDATE' | 'DELETE'; table: string; filter?: string }) {
  const inbox = new Inbox<Change>()
  const channel = client.channel(name).on('postgres_changes' as never, { schema: 'public', ...binding } as never, inbox.push as never)
  return { inbox, channel }
}

async function insertNote(values: Record<string, unknown>): Promise<number> {
  const columns = Object.keys(values)
  const { rows } = await backend.db.query<{ id: number }>(
    `insert into public.rt_notes (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
    Object.values(values),
  )
  return rows[0]!.id
}

let channelCount = 0
const name = (prefix: string) => `${prefix}-${++channelCount}`

describe('postgres_changes', () => {
  it('delivers a Main Stage task’s insert, update and delete to bob and carol (viewer), with full old records', async () => {
    const bobSide = listen(bob, name('tasks'), { event: '*', table: 'project_tasks' })
    const carolSide = listen(carol, name('tasks'), { event: '*', table: 'project_tasks' })
    await subscribed(bobSide.channel)
    await subscribed(carolSide.channel)

    const inserted = await bob.from('project_tasks').insert({ workspace_id: ids.mainStage, title: 'Rig the flown pieces', priority: 'high' }).select().single()
    expect(inserted.error).toBeNull()
    const id = inserted.data!.id as string
    // Each step waits for the last to arrive: as on Supabase, the RLS check reads the row as it is when the
    // change is processed, so a row already deleted by then is nobody's to see.
    await carolSide.inbox.waitForCount(1)
    expect((await bob.from('project_tasks').update({ status: 'review' }).eq('id', id)).error).toBeNull()
    await carolSide.inbox.waitForCount(2)
    expect((await bob.from('project_tasks').delete().eq('id', id)).error).toBeNull()

    for (const { inbox } of [bobSide, carolSide]) {
      await inbox.waitForCount(3)
      const [insert, update, del] = inbox.items
      expect(insert).toMatchObject({ schema: 'public', table: 'project_tasks', eventType: 'INSERT', errors: null, old: {} })
      expect(insert!.new).toMatchObject({ id, title: 'Rig the flown pieces', priority: 'high', status: 'todo', sync_version: 1, custom_fields: {} })
      expect(insert!.commit_timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
      expect(update).toMatchObject({ eventType: 'UPDATE', new: { id, status: 'review', sync_version: 2 } })
      // replica identity full: the whole old row
      expect(update!.old).toMatchObject({ id, status: 'todo', title: 'Rig the flown pieces', sync_version: 1 })
      // RLS on the table: a DELETE carries the primary key only, as on Supabase
      expect(del).toMatchObject({ eventType: 'DELETE', new: {}, old: { id } })
      expect(Object.keys(del!.old)).toEqual(['id'])
    }
  })

  it('gives each event binding only its event, matched by the ids in the join reply', async () => {
    const inserts = new Inbox<Change>()
    const updates = new Inbox<Change>()
    const deletes = new Inbox<Change>()
    const channel = bob
      .channel(name('split'))
      .on('postgres_changes', { event: 'INSERT', schema: 'public', table: 'rt_notes' }, inserts.push)
      .on('postgres_changes', { event: 'UPDATE', schema: 'public', table: 'rt_notes' }, updates.push)
      .on('postgres_changes', { event: 'DELETE', schema: 'public', table: 'rt_notes' }, deletes.push)
    await subscribed(channel)
    const id = await insertNote({ workspace_id: ids.mainStage, title: 'a', secret: 's', score: 1 })
    await inserts.waitForCount(1)
    await backend.db.query('update public.rt_notes set title = $2 where id = $1', [id, 'b'])
    await updates.waitForCount(1)
    await backend.db.query('delete from public.rt_notes where id = $1', [id])
    await deletes.waitForCount(1)
    await settle(100)
    expect(inserts.items.map((c) => c.eventType)).toEqual(['INSERT'])
    expect(updates.items.map((c) => c.eventType)).toEqual(['UPDATE'])
    expect(deletes.items.map((c) => c.eventType)).toEqual(['DELETE'])
    // replica identity default: old records hold the primary key only
    expect(updates.items[0]!.old).toEqual({ id })
    expect(deletes.items[0]!.old).toEqual({ id })
  })

  it('filters with eq, neq, lt, lte, gt, gte and in, comparing as the column’s type', async () => {
    const filters = {
      eq: 'score=eq.3',
      neq: 'score=neq.3',
      lt: 'score=lt.3',
      lte: 'score=lte.3',
      gt: 'score=gt.3',
      gte: 'score=gte.3',
      in: 'title=in.(two,four)',
      numeric: 'score=gt.10', // as text, "9" > "10"; as int it is not
    }
    const inboxes = Object.fromEntries(Object.keys(filters).map((k) => [k, new Inbox<Change>()])) as Record<keyof typeof filters, Inbox<Change>>
    let channel = carol.channel(name('filters'))
    for (const [key, filter] of Object.entries(filters)) {
      channel = channel.on('postgres_changes', { event: 'INSERT', schema: 'public', table: 'rt_notes', filter }, inboxes[key as keyof typeof filters].push)
    }
    await subscribed(channel)
    const words = ['one', 'two', 'three', 'four', 'five']
    for (const [i, title] of words.entries()) await insertNote({ workspace_id: ids.mainStage, title, score: i + 1 })
    await insertNote({ workspace_id: ids.mainStage, title: 'nine', score: 9 })
    await inboxes.neq.waitForCount(5)
    await settle(150)
    const scores = (key: keyof typeof filters) => inboxes[key].items.map((c) => c.new.score).sort((a, b) => a - b)
    expect(scores('eq')).toEqual([3])
    expect(scores('neq')).toEqual([1, 2, 4, 5, 9])
    expect(scores('lt')).toEqual([1, 2])
    expect(scores('lte')).toEqual([1, 2, 3])
    expect(scores('gt')).toEqual([4, 5, 9])
    expect(scores('gte')).toEqual([3, 4, 5, 9])
    expect(inboxes.in.items.map((c) => c.new.title).sort()).toEqual(['four', 'two'])
    expect(scores('numeric')).toEqual([])
  })

  it('serves a wildcard binding (every published table of a schema) from one id', async () => {
    const inbox = new Inbox<Change>()
    await subscribed(bob.channel(name('wildcard')).on('postgres_changes', { event: 'INSERT', schema: 'public', table: '*' }, inbox.push))
    const id = await insertNote({ workspace_id: ids.mainStage, title: 'via wildcard' })
    const task = await bob.from('project_tasks').insert({ workspace_id: ids.mainStage, title: 'also via wildcard' }).select('id').single()
    await inbox.waitFor((items) => items.some((c) => c.table === 'rt_notes') && items.some((c) => c.table === 'project_tasks'))
    expect(inbox.items.find((c) => c.table === 'rt_notes')!.new.id).toBe(id)
    expect(inbox.items.find((c) => c.table === 'project_tasks')!.new.id).toBe(task.data!.id)
  })

  it('filters a DELETE on its old record: the key always, other columns only under replica identity full', async () => {
    const first = await insertNote({ workspace_id: ids.mainStage, title: 'doomed', score: 42 })
    const byId = new Inbox<Change>()
    const byScore = new Inbox<Change>()
    await subscribed(
      bob
        .channel(name('delete-filters'))
        .on('postgres_changes', { event: 'DELETE', schema: 'public', table: 'rt_notes', filter: `id=eq.${first}` }, byId.push)
        .on('postgres_changes', { event: 'DELETE', schema: 'public', table: 'rt_notes', filter: 'score=eq.42' }, byScore.push),
    )
    await backend.db.query('delete from public.rt_notes where id = $1', [first])
    await byId.waitForCount(1)
    await settle(150)
    expect(byScore.items).toEqual([]) // the default identity keeps only the key
    await backend.db.exec('alter table public.rt_notes replica identity full')
    try {
      const second = await insertNote({ workspace_id: ids.mainStage, title: 'doomed too', score: 42 })
      await backend.db.query('delete from public.rt_notes where id = $1', [second])
      await byScore.waitForCount(1)
      // RLS on the table: still only the key travels
      expect(byScore.items[0]!.old).toEqual({ id: second })
    } finally {
      await backend.db.exec('alter table public.rt_notes replica identity default')
    }
  })

  it('never shows mallory (Arena) a Main Stage row; a delete reaches her as its primary key only, as on Supabase', async () => {
    const all = listen(mallory, name('mallory'), { event: '*', table: 'project_tasks' })
    const arenaOnly = listen(mallory, name('mallory-arena'), { event: '*', table: 'project_tasks', filter: `workspace_id=eq.${ids.arena}` })
    await subscribed(all.channel)
    await subscribed(arenaOnly.channel)
    const inserted = await bob.from('project_tasks').insert({ workspace_id: ids.mainStage, title: 'Secret set piece' }).select('id').single()
    const id = inserted.data!.id as string
    await settle(100)
    await bob.from('project_tasks').update({ title: 'Still secret' }).eq('id', id)
    await settle(100)
    await bob.from('project_tasks').delete().eq('id', id)
    // her own workspace still works
    const own = await mallory.from('project_tasks').insert({ workspace_id: ids.arena, title: 'Arena task' }).select('id').single()
    expect(own.error).toBeNull()
    await arenaOnly.inbox.waitForCount(1)
    await all.inbox.waitFor((items) => items.some((c) => c.eventType === 'INSERT'))
    await settle(200)
    expect(arenaOnly.inbox.items.map((c) => c.new.id)).toEqual([own.data!.id])
    const mainStageEvents = all.inbox.items.filter((c) => c.new.id !== own.data!.id)
    expect(mainStageEvents).toEqual([expect.objectContaining({ eventType: 'DELETE', new: {}, old: { id } })])
    expect(JSON.stringify(all.inbox.items)).not.toContain('secret')
  })

  it('never shows anon a row: without SELECT on the table it gets realtime’s 401 error events and no values', async () => {
    const { inbox, channel } = listen(anon, name('anon'), { event: '*', table: 'project_tasks' })
    await subscribed(channel)
    const inserted = await bob.from('project_tasks').insert({ workspace_id: ids.mainStage, title: 'Not for anon' }).select('id').single()
    await inbox.waitForCount(1)
    await bob.from('project_tasks').delete().eq('id', inserted.data!.id)
    await inbox.waitForCount(2)
    expect(inbox.items[0]).toMatchObject({ eventType: 'INSERT', new: {}, old: {}, errors: ['Error 401: Unauthorized'] })
    expect(inbox.items[1]).toMatchObject({ eventType: 'DELETE', new: {}, old: {} })
    expect(JSON.stringify(inbox.items)).not.toContain('Not for anon')
  })

  it('never sends a column the role may not read, in the record or the column list', async () => {
    const member = listen(bob, name('columns'), { event: 'INSERT', table: 'rt_notes' })
    const service = clientFor(backend, backend.serviceRoleKey)
    const server = listen(service, name('columns-service'), { event: 'INSERT', table: 'rt_notes' })
    await subscribed(member.channel)
    await subscribed(server.channel)
    const id = await insertNote({ workspace_id: ids.mainStage, title: 'with a secret', secret: 'the combination', score: 7, tags: ['a', 'b'] })
    await member.inbox.waitForCount(1)
    await server.inbox.waitForCount(1)
    expect(member.inbox.items[0]!.new).toEqual({ id, workspace_id: ids.mainStage, title: 'with a secret', score: 7, tags: ['a', 'b'], body: null })
    expect(JSON.stringify(member.inbox.items)).not.toContain('the combination')
    expect(server.inbox.items[0]!.new).toMatchObject({ secret: 'the combination' })
    await closeClients(service)
  })

  it('delivers a row far over NOTIFY’s 8000 bytes whole, and one over 1 MB with only its small fields and Error 413', async () => {
    const { inbox, channel } = listen(bob, name('large'), { event: 'INSERT', table: 'rt_notes' })
    await subscribed(channel)
    const medium = 'm'.repeat(50_000)
    const huge = 'h'.repeat(1_100_000)
    await insertNote({ workspace_id: ids.mainStage, title: 'medium', body: medium })
    const hugeId = await insertNote({ workspace_id: ids.mainStage, title: 'huge', body: huge })
    await inbox.waitForCount(2)
    expect(inbox.items[0]!.new.body).toBe(medium)
    expect(inbox.items[0]!.errors).toBeNull()
    expect(inbox.items[1]!.errors).toEqual(['Error 413: Payload Too Large'])
    expect(inbox.items[1]!.new).toEqual({ id: hugeId, workspace_id: ids.mainStage, title: 'huge', score: null, tags: null })
  })

  it('answers a binding it cannot serve with a system error, the rest of the channel working', async () => {
    for (const [binding, message] of [
      [{ event: '*', table: 'not_published' }, /^Unable to subscribe to changes with given parameters. Please check Realtime is enabled/],
      [{ event: '*', table: 'rt_notes', filter: 'secret=eq.x' }, /Exception: invalid column for filter secret$/],
      [{ event: '*', table: 'rt_notes', filter: 'score=eq.notanumber' }, /Exception: .*invalid input syntax for type integer/],
      [{ event: '*', table: 'rt_notes', filter: 'score=like.1' }, /^Error parsing `filter` params: \["like", "1"\]$/],
    ] as const) {
      const system = new Inbox<{ extension: string; status: string; message: string }>()
      const channel = bob
        .channel(name('bad'))
        .on('postgres_changes' as never, { schema: 'public', ...binding } as never, () => undefined)
        .on('system', {}, system.push)
      expect((await subscribe(channel)).status).toBe('SUBSCRIBED')
      await system.waitForCount(1)
      expect(system.items[0]).toMatchObject({ extension: 'postgres_changes', status: 'error', message: expect.stringMatching(message) })
    }
  })

  it('follows the publication: a table taken out stops streaming and loses its capture trigger', async () => {
    const { inbox, channel } = listen(bob, name('unpublished'), { event: 'INSERT', table: 'rt_notes' })
    await subscribed(channel)
    await backend.db.exec('create table public.rt_scratch (id int primary key); alter publication supabase_realtime add table public.rt_scratch')
    const trigger = `select count(*)::int as n from pg_trigger where tgname = 'callboard_realtime_capture' and tgrelid = 'public.rt_scratch'::regclass`
    expect((await backend.db.query<{ n: number }>(trigger)).rows[0]!.n).toBe(1)
    await backend.db.exec('alter publication supabase_realtime drop table public.rt_scratch')
    expect((await backend.db.query<{ n: number }>(trigger)).rows[0]!.n).toBe(0)
    await backend.db.exec('alter publication supabase_realtime drop table public.rt_notes')
    await insertNote({ workspace_id: ids.mainStage, title: 'unpublished' })
    await settle(300)
    expect(inbox.items).toEqual([])
    await backend.db.exec('alter publication supabase_realtime add table public.rt_notes')
  })
})
