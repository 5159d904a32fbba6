import type { SupabaseClient } from '@supabase/supabase-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/startBackend.ts'
import { clientFor, ids, signedInClient, startTestBackend } from '../../support/testBackend.ts'
import { closeClients, Inbox, settle, signToken, subscribe, subscribed } from './realtimeTestKit.ts'

let backend: Backend
let alice: SupabaseClient
let bob: SupabaseClient
let carol: SupabaseClient
let mallory: SupabaseClient
let anon: SupabaseClient

const mainStageTopic = `workspace:${ids.mainStage}`
const arenaTopic = `workspace:${ids.arena}`

beforeAll(async () => {
  backend = await startTestBackend()
  ;[alice, bob, carol, mallory] = await Promise.all([
    signedInClient(backend, 'alice'),
    signedInClient(backend, 'bob'),
    signedInClient(backend, 'carol'),
    signedInClient(backend, 'mallory'),
  ])
  anon = clientFor(backend)
  // Broadcast from the database, as the activity stream will do it: a security definer trigger calls
  // realtime.send() (and realtime.broadcast_changes()) with the workspace topic.
  await backend.db.exec(`
    create or replace function public.rt_test_announce_task()
    returns trigger language plpgsql security definer set search_path = '' as $$
    begin
      perform realtime.send(
        jsonb_build_object('task_id', new.id, 'title', new.title),
        'task_created',
        'workspace:' || new.workspace_id,
        true
      );
      perform realtime.broadcast_changes(
        'workspace:' || new.workspace_id, 'task_changed', tg_op, tg_table_name, tg_table_schema, new, null
      );
      return null;
    end;
    $$;
    create trigger rt_test_announce after insert on public.project_tasks
      for each row execute function public.rt_test_announce_task();
  `)
})

afterAll(async () => {
  await closeClients(alice, bob, carol, mallory, anon)
  await backend?.close()
})

const privateChannel = (client: SupabaseClient, topic: string, config: Record<string, unknown> = {}) =>
  client.channel(topic, { config: { private: true, ...config } })

describe('private channels', () => {
  it('admit every Main Stage member, viewers included, to workspace:<id> and its sub-topics', async () => {
    for (const client of [alice, bob, carol]) {
      for (const topic of [mainStageTopic, `${mainStageTopic}:task:42`]) {
        await subscribed(privateChannel(client, topic))
        await client.removeChannel(client.getChannels().find((c) => c.topic === `realtime:${topic}`)!)
      }
    }
  })

  it('refuse mallory, anon and malformed topics with realtime’s Unauthorized error', async () => {
    const refusals: Array<[SupabaseClient, string]> = [
      [mallory, mainStageTopic],
      [mallory, `${mainStageTopic}:task:42`],
      [anon, mainStageTopic],
      [bob, 'workspace:not-a-uuid'],
      [bob, `workspace:${ids.mainStage}x`],
      [bob, 'room:lobby'],
    ]
    for (const [client, topic] of refusals) {
      const channel = privateChannel(client, topic)
      const outcome = await subscribe(channel)
      expect(outcome.status, topic).toBe('CHANNEL_ERROR')
      expect(outcome.error?.message).toBe(`Unauthorized: You do not have permissions to read from this Channel topic: ${topic}`)
      // realtime-js keys channels by topic alone and would otherwise keep retrying this one
      await client.removeChannel(channel)
    }
    // the same name as a public channel is another topic, open to anyone
    const open = await subscribed(mallory.channel(mainStageTopic))
    await mallory.removeChannel(open)
  })

  it('carry realtime.send() and realtime.broadcast_changes() from a trigger to members only', async () => {
    const inboxes = { bob: new Inbox<any>(), carol: new Inbox<any>(), mallory: new Inbox<any>(), publicSameName: new Inbox<any>() }
    await subscribed(privateChannel(bob, mainStageTopic).on('broadcast', { event: '*' }, inboxes.bob.push))
    await subscribed(privateChannel(carol, mainStageTopic).on('broadcast', { event: '*' }, inboxes.carol.push))
    await subscribed(privateChannel(mallory, arenaTopic).on('broadcast', { event: '*' }, inboxes.mallory.push))
    await subscribed(anon.channel(mainStageTopic).on('broadcast', { event: '*' }, inboxes.publicSameName.push))

    const inserted = await bob.from('project_tasks').insert({ workspace_id: ids.mainStage, title: 'Focus the follow spots' }).select('id').single()
    expect(inserted.error).toBeNull()
    const taskId = inserted.data!.id as string

    for (const inbox of [inboxes.bob, inboxes.carol]) {
      await inbox.waitForCount(2)
      const sent = inbox.items.find((m) => m.event === 'task_created')
      expect(sent).toEqual({
        type: 'broadcast',
        event: 'task_created',
        payload: { task_id: taskId, title: 'Focus the follow spots', id: expect.any(String) },
        meta: { id: sent.payload.id },
      })
      const changed = inbox.items.find((m) => m.event === 'task_changed')
      expect(changed.payload).toMatchObject({
        operation: 'INSERT',
        schema: 'public',
        table: 'project_tasks',
        old_record: null,
        record: { id: taskId, title: 'Focus the follow spots', workspace_id: ids.mainStage },
      })
    }
    await settle(300)
    expect(inboxes.mallory.items).toEqual([])
    expect(inboxes.publicSameName.items).toEqual([])
  })

  it('let members broadcast and track presence to each other', async () => {
    const topic = `${mainStageTopic}:board`
    const received = new Inbox<any>()
    const carolChannel = privateChannel(carol, topic)
      .on('broadcast', { event: 'cursor' }, received.push)
      .on('presence', { event: 'sync' }, () => undefined)
    await subscribed(carolChannel)
    const bobChannel = privateChannel(bob, topic, { broadcast: { ack: true }, presence: { key: 'bob' } }).on('presence', { event: 'sync' }, () => undefined)
    await subscribed(bobChannel)
    expect(await bobChannel.send({ type: 'broadcast', event: 'cursor', payload: { x: 3 } })).toBe('ok')
    await received.waitForCount(1)
    expect(await bobChannel.track({ name: 'Bob' })).toBe('ok')
    const seen = new Inbox()
    await seen.waitFor(() => Object.keys(carolChannel.presenceState()).includes('bob'), 3000, 'bob in carol’s presence state')
    expect(carolChannel.presenceState().bob).toEqual([expect.objectContaining({ name: 'Bob', presence_ref: expect.any(String) })])
  })

  it('deliver private REST broadcasts only from callers who may write to the topic', async () => {
    const inbox = new Inbox<any>()
    await subscribed(privateChannel(carol, `${mainStageTopic}:rest`).on('broadcast', { event: '*' }, inbox.push))
    const post = async (client: SupabaseClient, text: string) => {
      const token = (await client.auth.getSession()).data.session?.access_token ?? backend.anonKey
      const res = await fetch(`${backend.url}/realtime/v1/api/broadcast`, {
        method: 'POST',
        headers: { apikey: backend.anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ topic: `${mainStageTopic}:rest`, event: 'note', payload: { text }, private: true }] }),
      })
      expect(res.status).toBe(202)
    }
    await post(mallory, 'from mallory')
    await post(anon, 'from anon')
    await post(bob, 'from bob')
    await inbox.waitForCount(1)
    await settle(200)
    expect(inbox.items.map((m) => m.payload.text)).toEqual(['from bob'])
  })

  it('re-check the policies on a new access token, and end the channel when the user may no longer read', async () => {
    const system = new Inbox<any>()
    const statuses = new Inbox<string>()
    const channel = privateChannel(carol, `${mainStageTopic}:revocable`).on('system', {}, system.push)
    channel.subscribe((status) => statuses.push(status))
    await statuses.waitFor((s) => s.includes('SUBSCRIBED'))
    const session = (await carol.auth.getSession()).data.session!
    await backend.db.query('delete from public.workspace_members where workspace_id = $1 and user_id = $2', [ids.mainStage, ids.carol])
    try {
      // A token that differs from the last one (as a refresh would) makes realtime-js push access_token.
      const refreshed = await signToken({ ...decodeClaims(session.access_token), iat: Math.floor(Date.now() / 1000) + 1 })
      await carol.realtime.setAuth(refreshed)
      await system.waitForCount(1)
      expect(system.items[0]).toMatchObject({
        extension: 'system',
        status: 'error',
        message: `You no longer have permission to read from this Channel topic: ${mainStageTopic}:revocable`,
      })
      await statuses.waitFor((s) => s.includes('CLOSED'))
    } finally {
      await backend.db.query(`insert into public.workspace_members (workspace_id, user_id, role) values ($1, $2, 'viewer')`, [ids.mainStage, ids.carol])
      await carol.realtime.setAuth(session.access_token)
    }
  })
})

function decodeClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>
}
