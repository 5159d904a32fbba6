import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/startBackend.ts'
import { ids, signedInClient, startTestBackend } from '../../support/testBackend.ts'
import { closeClients, Inbox, settle, subscribe, subscribed } from '../realtime/realtimeTestKit.ts'

// Broadcasts written by database triggers (supabase/migrations/20261123001300) reaching the unmodified supabase-js
// client over private channels: `workspace:<id>:rows | :comments | :activity` for members, `user:<uid>` for one
// person. Mallory, in another organization, can join none of them and hears nothing.

let backend: Backend
let alice: SupabaseClient
let bob: SupabaseClient
let carol: SupabaseClient
let mallory: SupabaseClient

const topic = {
  rows: `workspace:${ids.mainStage}:rows`,
  comments: `workspace:${ids.mainStage}:comments`,
  activity: `workspace:${ids.mainStage}:activity`,
  user: (id: string) => `user:${id}`,
}
// Seeded tasks created by alice: 26 (assigned to alice), 28 (to carol, in progress), 35 (to alice).
const task = (n: number) => `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`

// Whatever mallory may legitimately hear while the others work: her own inbox and Arena's rows.
const malloryHears = new Inbox<any>()

beforeAll(async () => {
  backend = await startTestBackend()
  ;[alice, bob, carol, mallory] = await Promise.all([
    signedInClient(backend, 'alice'),
    signedInClient(backend, 'bob'),
    signedInClient(backend, 'carol'),
    signedInClient(backend, 'mallory'),
  ])
  // Private channels authorize with the user's token; supabase-js hands it to realtime on sign-in, and the app
  // calls setAuth before subscribing, as Supabase's guide does.
  await Promise.all([alice, bob, carol, mallory].map((client) => client.realtime.setAuth()))
  await subscribed(privateChannel(mallory, topic.user(ids.mallory)).on('broadcast', { event: '*' }, malloryHears.push))
  await subscribed(privateChannel(mallory, `workspace:${ids.arena}:rows`).on('broadcast', { event: '*' }, malloryHears.push))
})

// realtime-js keys channels by topic: each test starts with fresh ones (mallory's listeners stay for the last test).
afterEach(async () => {
  await closeClients(alice, bob, carol)
})

afterAll(async () => {
  await closeClients(alice, bob, carol, mallory)
  await backend?.close()
})

function privateChannel(client: SupabaseClient, name: string, config: Record<string, unknown> = {}): RealtimeChannel {
  return client.channel(name, { config: { private: true, ...config } })
}

async function listen(client: SupabaseClient, name: string): Promise<Inbox<any>> {
  const inbox = new Inbox<any>()
  await subscribed(privateChannel(client, name).on('broadcast', { event: '*' }, inbox.push))
  return inbox
}

describe('database broadcasts on private channels', () => {
  it('bring bob his notification live, and its read state to every tab', async () => {
    const bobInbox = await listen(bob, topic.user(ids.bob))
    const { error } = await alice.from('project_tasks').update({ assignee_id: ids.bob }).eq('id', task(35))
    expect(error).toBeNull()
    const [message] = await bobInbox.waitForCount(1)
    expect(message).toMatchObject({
      type: 'broadcast',
      event: 'notification',
      payload: {
        operation: 'INSERT',
        record: { user_id: ids.bob, type: 'assignment', entity_type: 'project_tasks', entity_id: task(35), actor_id: ids.alice, read_at: null },
      },
    })

    const read = await bob.from('notifications').update({ read_at: new Date().toISOString() }).eq('id', message.payload.record.id)
    expect(read.error).toBeNull()
    await bobInbox.waitForCount(2)
    expect(bobInbox.items[1]).toMatchObject({ event: 'notification', payload: { operation: 'UPDATE', record: { id: message.payload.record.id } } })
    expect(bobInbox.items[1].payload.record.read_at).not.toBeNull()
  })

  it('send a viewer every row change whole, with the old row, and the activity it made', async () => {
    const rows = await listen(carol, topic.rows)
    const activity = await listen(carol, topic.activity)
    const { error } = await bob.from('project_tasks').update({ status: 'review' }).eq('id', task(28))
    expect(error).toBeNull()

    const [change] = await rows.waitForCount(1)
    expect(change).toMatchObject({ event: 'UPDATE', payload: { operation: 'UPDATE', table: 'project_tasks', schema: 'public' } })
    expect(change.payload.record).toMatchObject({ id: task(28), status: 'review', workspace_id: ids.mainStage, updated_by: ids.bob })
    expect(Object.keys(change.payload.record)).toEqual(expect.arrayContaining(['title', 'custom_fields', 'position', 'sync_version', 'assignee_id']))
    expect(change.payload.old_record).toMatchObject({ id: task(28) })
    expect(change.payload.old_record.status).not.toBe('review')

    const [feed] = await activity.waitForCount(1)
    expect(feed).toMatchObject({
      event: 'activity',
      payload: { record: { action: 'updated', entity_type: 'project_tasks', entity_id: task(28), user_id: ids.bob, changes: { status: { new: 'review' } } } },
    })
  })

  it('send members comments and reactions as they happen', async () => {
    const comments = await listen(carol, topic.comments)
    const inserted = await alice
      .from('comments')
      .insert({ workspace_id: ids.mainStage, entity_type: 'project_tasks', entity_id: task(26), content: `@[Bob Okafor](${ids.bob}) new trims` })
      .select('id')
      .single()
    expect(inserted.error).toBeNull()
    const reacted = await bob.from('comment_reactions').insert({ comment_id: inserted.data!.id, workspace_id: ids.mainStage, emoji: '👍' })
    expect(reacted.error).toBeNull()

    await comments.waitForCount(2)
    expect(comments.items.map((m) => [m.event, m.payload.operation, m.payload.table])).toEqual([
      ['comment', 'INSERT', 'comments'],
      ['reaction', 'INSERT', 'comment_reactions'],
    ])
    expect(comments.items[0].payload.record).toMatchObject({ id: inserted.data!.id, user_id: ids.alice, entity_id: task(26) })
  })

  it('refuse bob another person’s inbox, and the sending of forged row changes', async () => {
    const outcome = await subscribe(privateChannel(bob, topic.user(ids.alice)))
    expect(outcome.status).toBe('CHANNEL_ERROR')
    expect(outcome.error?.message).toBe(`Unauthorized: You do not have permissions to read from this Channel topic: ${topic.user(ids.alice)}`)

    const carolRows = await listen(carol, topic.rows)
    const bobRows = await subscribed(privateChannel(bob, topic.rows, { broadcast: { ack: true } }))
    const sent = await bobRows.send({ type: 'broadcast', event: 'UPDATE', payload: { record: { id: task(28), status: 'done' } } })
    expect(sent).not.toBe('ok')
    await settle(300)
    expect(carolRows.items).toEqual([])
  })

  it('let mallory join none of Main Stage’s topics nor bob’s inbox, and tell her nothing of all the above', async () => {
    for (const name of [topic.rows, topic.comments, topic.activity, topic.user(ids.bob)]) {
      const channel = privateChannel(mallory, name)
      const outcome = await subscribe(channel)
      expect(outcome.status, name).toBe('CHANNEL_ERROR')
      expect(outcome.error?.message).toBe(`Unauthorized: You do not have permissions to read from this Channel topic: ${name}`)
      await mallory.removeChannel(channel)
    }
    await settle(300)
    expect(malloryHears.items).toEqual([])
  })
})
