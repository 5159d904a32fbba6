import type { SupabaseClient } from '@supabase/supabase-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/startBackend.ts'
import { ids, signedInClient, startTestBackend } from '../../support/testBackend.ts'

// The database's own bookkeeping of collaboration (supabase/migrations/20261123001300), seen through the unmodified
// supabase-js client against the embedded backend: activities with field diffs, notifications for the right person
// only, muted kinds, reactions, resolving threads and comment counts. Each test works on its own seeded task.

let backend: Backend
let alice: SupabaseClient
let bob: SupabaseClient
let carol: SupabaseClient
let mallory: SupabaseClient

const task = (n: number) => `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`
// Seeded tasks, all created by alice: 10 assigned to carol (department "production"), 13 and 22 to alice, 16 to bob.
const catering = task(10)
const runningOrder = task(13)
const trussTask = task(16)
const paTask = task(22)
const aliceThread = 'c1000000-0000-4000-8000-000000000001'

beforeAll(async () => {
  backend = await startTestBackend()
  ;[alice, bob, carol, mallory] = await Promise.all([
    signedInClient(backend, 'alice'),
    signedInClient(backend, 'bob'),
    signedInClient(backend, 'carol'),
    signedInClient(backend, 'mallory'),
  ])
})
afterAll(async () => {
  await backend?.close()
})

/** The data of a request that must succeed (writes without a select have none, and nobody reads it). */
async function ok<R extends { data: unknown; error: unknown }>(request: PromiseLike<R>): Promise<NonNullable<R['data']>> {
  const { data, error } = await request
  expect(error).toBeNull()
  return data as NonNullable<R['data']>
}

const activitiesOf = (client: SupabaseClient, entityId: string) =>
  ok(client.from('activities').select('action, user_id, changes, metadata').eq('entity_id', entityId).order('created_at'))
const notificationsAbout = (client: SupabaseClient, entityId: string) =>
  ok(client.from('notifications').select('user_id, type, title, actor_id').eq('entity_id', entityId))

describe('activities', () => {
  it('when bob edits a task, members read one updated activity with the field diff, custom field included; mallory reads none', async () => {
    const before = await ok(bob.from('project_tasks').select('custom_fields').eq('id', catering).single())
    await ok(
      bob.from('project_tasks')
        .update({ priority: 'low', custom_fields: { ...before.custom_fields, department: 'lighting' } })
        .eq('id', catering),
    )
    const activities = await activitiesOf(carol, catering)
    expect(activities).toEqual([
      {
        action: 'updated',
        user_id: ids.bob,
        changes: {
          priority: { old: 'urgent', new: 'low' },
          'custom_fields.department': { old: 'production', new: 'lighting' },
        },
        metadata: { title: 'Book crew catering for tech week' },
      },
    ])
    expect(await activitiesOf(mallory, catering)).toEqual([])
  })

  it('records a soft delete as deleted and clearing it as restored', async () => {
    await ok(bob.from('project_tasks').update({ deleted_at: new Date().toISOString() }).eq('id', paTask))
    await ok(bob.from('project_tasks').update({ deleted_at: null }).eq('id', paTask))
    const activities = await activitiesOf(alice, paTask)
    expect(activities.map((a) => [a.action, a.user_id, a.metadata.title])).toEqual([
      ['deleted', ids.bob, 'Tune the PA and set delays'],
      ['restored', ids.bob, 'Tune the PA and set delays'],
    ])
  })
})

describe('notifications', () => {
  it('tell the assignee (only them) that alice assigned them a task', async () => {
    await ok(alice.from('project_tasks').update({ assignee_id: ids.bob }).eq('id', runningOrder))
    expect(await notificationsAbout(bob, runningOrder)).toEqual([
      { user_id: ids.bob, type: 'assignment', title: "Alice Moreau assigned you 'Write the show running order'", actor_id: ids.alice },
    ])
    for (const other of [alice, carol, mallory]) expect(await notificationsAbout(other, runningOrder)).toEqual([])
    const activities = await activitiesOf(carol, runningOrder)
    expect(activities).toEqual([
      expect.objectContaining({ action: 'assigned', user_id: ids.alice, changes: { assignee_id: { old: ids.alice, new: ids.bob } } }),
    ])
  })

  it('tell a mentioned member (only them) about a comment, with an excerpt', async () => {
    const comment = await ok(
      alice.from('comments')
        .insert({ workspace_id: ids.mainStage, entity_type: 'project_tasks', entity_id: trussTask, content: `@[Bob Okafor](${ids.bob}) trims at 7.2 m` })
        .select('id')
        .single(),
    )
    const mine = await ok(bob.from('notifications').select('type, title, message').eq('entity_id', trussTask))
    expect(mine).toEqual([{ type: 'mention', title: "Alice Moreau mentioned you on 'Rig FOH truss and check trims'", message: '@Bob Okafor trims at 7.2 m' }])
    for (const other of [alice, carol, mallory]) expect(await notificationsAbout(other, trussTask)).toEqual([])
    expect(await activitiesOf(carol, trussTask)).toEqual([
      {
        action: 'commented',
        user_id: ids.alice,
        changes: null,
        metadata: { title: 'Rig FOH truss and check trims', comment_id: comment.id, excerpt: '@Bob Okafor trims at 7.2 m' },
      },
    ])
  })

  it('skip a kind the recipient muted, while others still hear of it', async () => {
    await ok(bob.from('notification_preferences').upsert({ type: 'assignment', muted: true }))
    try {
      await ok(alice.from('project_tasks').update({ assignee_id: ids.bob }).eq('id', catering))
      expect(await notificationsAbout(bob, catering)).toEqual([])
      await ok(alice.from('project_tasks').update({ assignee_id: ids.carol }).eq('id', catering))
      expect((await notificationsAbout(carol, catering)).map((n) => n.type)).toEqual(['assignment'])
    } finally {
      await ok(bob.from('notification_preferences').delete().eq('type', 'assignment'))
    }
  })

  it('never reach mallory, who sees only her own Arena notifications', async () => {
    const hers = await ok(mallory.from('notifications').select('user_id, workspace_id'))
    expect(hers.length).toBeGreaterThan(0)
    expect(hers.every((n) => n.user_id === ids.mallory && n.workspace_id === ids.arena)).toBe(true)
    expect(await ok(mallory.from('activities').select('id').eq('workspace_id', ids.mainStage))).toEqual([])
  })
})

describe('comment extras', () => {
  it('let bob react to and resolve alice’s thread, and count comments per record', async () => {
    await ok(bob.from('comment_reactions').insert({ comment_id: aliceThread, workspace_id: ids.mainStage, emoji: '🎉' }))
    const reactions = await ok(carol.from('comment_reactions').select('user_id, emoji').eq('comment_id', aliceThread).order('emoji'))
    expect(reactions).toContainEqual({ user_id: ids.bob, emoji: '🎉' })

    const resolved = await ok(bob.rpc('resolve_comment', { p_comment_id: aliceThread, p_resolved: true }))
    expect(resolved).toMatchObject({ id: aliceThread, user_id: ids.alice })
    expect(resolved.resolved_at).not.toBeNull()
    const refused = await carol.rpc('resolve_comment', { p_comment_id: aliceThread, p_resolved: false })
    expect(refused.error).toMatchObject({ code: '42501' })

    const counts = await ok(carol.rpc('comment_counts', { p_workspace_id: ids.mainStage, p_entity_type: 'project_tasks' }))
    expect(counts).toContainEqual({ entity_id: task(1), count: 2 })
    expect(await ok(mallory.rpc('comment_counts', { p_workspace_id: ids.mainStage, p_entity_type: 'project_tasks' }))).toEqual([])
  })
})
