import type { SupabaseClient } from '@supabase/supabase-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/startBackend.ts'
import { addComment, countComments, deleteComment, editComment, listRecordComments, resolveComment, setReaction } from '../../../src/realtime/comments/commentsApi.ts'
import { listActivities } from '../../../src/realtime/activities/activitiesApi.ts'
import { noActivityFilter } from '../../../src/realtime/activities/activitySchema.ts'
import { ids, signedInClient, startTestBackend } from '../../support/testBackend.ts'

let backend: Backend
let alice: SupabaseClient
let bob: SupabaseClient
let carol: SupabaseClient
const recordId = 'd0000000-0000-4000-8000-000000000016'
const ref = { workspaceId: ids.mainStage, table: 'project_tasks', recordId }

beforeAll(async () => {
  backend = await startTestBackend()
  ;[alice, bob, carol] = await Promise.all([signedInClient(backend, 'alice'), signedInClient(backend, 'bob'), signedInClient(backend, 'carol')])
})
afterAll(async () => {
  await backend?.close()
})

describe('scratch', () => {
  it('comments api against the real backend', async () => {
    const before = (await countComments(alice, ids.mainStage, 'project_tasks')).get(recordId) ?? 0
    const top = await addComment(alice, { ...ref, content: `hi @[Bob](${ids.bob})` })
    const reply = await addComment(bob, { ...ref, content: 'reply', parentId: top.id })
    expect(reply.parent_comment_id).toBe(top.id)
    await expect(addComment(carol, { ...ref, content: 'viewer' })).rejects.toBeTruthy()
    expect(await editComment(bob, top.id, 'hijack')).toBeNull()
    expect((await editComment(alice, top.id, 'edited'))?.edited_at).not.toBeNull()
    await setReaction(bob, { comment_id: top.id, workspace_id: ids.mainStage, user_id: ids.bob, emoji: '👍' }, true)
    await setReaction(bob, { comment_id: top.id, workspace_id: ids.mainStage, user_id: ids.bob, emoji: '👍' }, true)
    const listed = await listRecordComments(carol, ref)
    expect(listed.comments.map((c) => c.id)).toEqual(expect.arrayContaining([top.id, reply.id]))
    expect(listed.reactions).toHaveLength(1)
    await setReaction(bob, { comment_id: top.id, workspace_id: ids.mainStage, user_id: ids.bob, emoji: '👍' }, false)
    expect((await listRecordComments(carol, ref)).reactions).toHaveLength(0)
    expect((await resolveComment(bob, top.id, true)).resolved_at).not.toBeNull()
    expect((await resolveComment(bob, top.id, false)).resolved_at).toBeNull()
    await expect(resolveComment(carol, top.id, true)).rejects.toBeTruthy()
    expect((await countComments(alice, ids.mainStage, 'project_tasks')).get(recordId)).toBe(before + 2)
    expect(await deleteComment(alice, reply.id)).toBeNull()
    expect((await deleteComment(bob, reply.id))?.deleted_at).not.toBeNull()
    expect((await countComments(alice, ids.mainStage, 'project_tasks')).get(recordId)).toBe(before + 1)
    const history = await listActivities(alice, { scope: 'record', ...ref })
    expect(history.rows[0]?.action).toBe('commented')
    const feed = await listActivities(alice, { scope: 'workspace', workspaceId: ids.mainStage, filter: { ...noActivityFilter, userId: ids.bob } }, { limit: 2 })
    expect(feed.rows.every((r) => r.user_id === ids.bob)).toBe(true)
    if (feed.hasMore) {
      const next = await listActivities(alice, { scope: 'workspace', workspaceId: ids.mainStage, filter: noActivityFilter }, { after: feed.rows[1]!, limit: 2 })
      expect(next.rows.length).toBeGreaterThan(0)
    }
    await alice.from('project_tasks').update({ status: 'review' }).eq('id', recordId)
    const updated = await listActivities(alice, { scope: 'record', ...ref }, { limit: 3 })
    console.log(JSON.stringify(updated.rows.map((r) => [r.action, r.changes, r.metadata])))
  })
})
