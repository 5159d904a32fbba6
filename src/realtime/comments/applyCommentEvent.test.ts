import { describe, expect, it } from 'vitest'
import { applyCommentEvent } from './applyCommentEvent'
import { buildComment as comment } from './commentFixtures'
import { parseCommentEvent, type ReactionRow } from './commentSchema'
import { commentThreads, emptyThreadState, threadStateOf, visibleCommentCount } from './commentThreads'

const target = { table: 'project_tasks', recordId: 'r1' }
const reaction = (commentId: string, userId: string, emoji = '👍'): ReactionRow => ({ comment_id: commentId, workspace_id: 'ws', user_id: userId, emoji })
const change = (operation: 'INSERT' | 'UPDATE' | 'DELETE', table: string, record: unknown, old: unknown = null) =>
  parseCommentEvent({ operation, table, schema: 'public', record, old_record: old })!

describe('applyCommentEvent', () => {
  it('a new comment on the record joins its thread; one on another record is ignored', () => {
    const state = applyCommentEvent(emptyThreadState, change('INSERT', 'comments', comment('c1')), target)
    expect(commentThreads(state).map((thread) => thread.comment.id)).toEqual(['c1'])
    expect(applyCommentEvent(state, change('INSERT', 'comments', comment('c2', { entity_id: 'r2' })), target)).toBe(state)
  })

  it('a reply is shown under its thread, oldest first', () => {
    let state = threadStateOf([comment('c1')], [])
    state = applyCommentEvent(state, change('INSERT', 'comments', comment('c3', { parent_comment_id: 'c1', created_at: '2025-03-01T10:05:00Z' })), target)
    state = applyCommentEvent(state, change('INSERT', 'comments', comment('c2', { parent_comment_id: 'c1', created_at: '2025-03-01T10:02:00Z' })), target)
    const [thread] = commentThreads(state)
    expect(thread?.replies.map((reply) => reply.comment.id)).toEqual(['c2', 'c3'])
    expect(visibleCommentCount(state)).toBe(3)
  })

  it('an edit replaces the comment; an older delivery and an echo of what is held change nothing', () => {
    const state = threadStateOf([comment('c1', { content: 'new', updated_at: '2025-03-01T10:10:00Z' })], [])
    expect(applyCommentEvent(state, change('UPDATE', 'comments', comment('c1', { content: 'old', updated_at: '2025-03-01T10:05:00Z' })), target)).toBe(state)
    expect(applyCommentEvent(state, change('UPDATE', 'comments', comment('c1', { content: 'new', updated_at: '2025-03-01T10:10:00Z' })), target)).toBe(state)
    const edited = applyCommentEvent(state, change('UPDATE', 'comments', comment('c1', { content: 'newer', updated_at: '2025-03-01T10:20:00Z' })), target)
    expect(edited.comments.get('c1')?.content).toBe('newer')
  })

  it('a soft-deleted comment disappears, but a deleted thread with replies stays as their placeholder', () => {
    let state = threadStateOf([comment('c1'), comment('c2', { parent_comment_id: 'c1' }), comment('c3')], [])
    state = applyCommentEvent(state, change('UPDATE', 'comments', comment('c3', { deleted_at: '2025-03-02T00:00:00Z', updated_at: '2025-03-02T00:00:00Z' })), target)
    state = applyCommentEvent(state, change('UPDATE', 'comments', comment('c1', { deleted_at: '2025-03-02T00:00:00Z', updated_at: '2025-03-02T00:00:00Z' })), target)
    const threads = commentThreads(state)
    expect(threads.map((thread) => [thread.comment.id, thread.comment.deleted_at !== null])).toEqual([['c1', true]])
    expect(visibleCommentCount(state)).toBe(1)
  })

  it('a hard delete takes the comment, its replies and their reactions', () => {
    const state = threadStateOf([comment('c1'), comment('c2', { parent_comment_id: 'c1' })], [reaction('c2', 'u1')])
    const next = applyCommentEvent(state, change('DELETE', 'comments', null, comment('c1')), target)
    expect(next.comments.size).toBe(0)
    expect(next.reactions.size).toBe(0)
  })

  it('reactions are added once per person and emoji, and removed; those on unknown comments are ignored', () => {
    let state = threadStateOf([comment('c1')], [])
    state = applyCommentEvent(state, change('INSERT', 'comment_reactions', reaction('c1', 'u1')), target)
    const again = applyCommentEvent(state, change('INSERT', 'comment_reactions', reaction('c1', 'u1')), target)
    expect(again).toBe(state)
    state = applyCommentEvent(state, change('INSERT', 'comment_reactions', reaction('c1', 'u2')), target)
    expect(commentThreads(state)[0]?.reactions).toEqual([{ emoji: '👍', userIds: ['u1', 'u2'] }])
    state = applyCommentEvent(state, change('DELETE', 'comment_reactions', null, reaction('c1', 'u1')), target)
    expect(commentThreads(state)[0]?.reactions).toEqual([{ emoji: '👍', userIds: ['u2'] }])
    expect(applyCommentEvent(state, change('INSERT', 'comment_reactions', reaction('zz', 'u1')), target)).toBe(state)
  })
})

describe('parseCommentEvent', () => {
  it('refuses malformed payloads instead of throwing', () => {
    expect(parseCommentEvent(null)).toBeNull()
    expect(parseCommentEvent({ operation: 'INSERT', table: 'comments', record: { id: 'x' } })).toBeNull()
    expect(parseCommentEvent({ operation: 'INSERT', table: 'activities', record: comment('c1') })).toBeNull()
    expect(parseCommentEvent({ operation: 'TRUNCATE', table: 'comments' })).toBeNull()
  })

  it('reads the old row of an update when it is there', () => {
    const event = parseCommentEvent({ operation: 'UPDATE', table: 'comments', record: comment('c1', { content: 'b' }), old_record: comment('c1') })
    expect(event).toMatchObject({ kind: 'comment', operation: 'UPDATE', old: { content: 'Hello' } })
  })
})


