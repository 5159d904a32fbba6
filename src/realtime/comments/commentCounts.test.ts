import { describe, expect, it } from 'vitest'
import { applyCountEvent } from './commentCounts'
import { buildComment as comment } from './commentFixtures'
import type { CommentEvent } from './commentSchema'

const counts = new Map([['r1', 2]])
const deleted = { deleted_at: '2025-03-02T00:00:00Z' }

describe('applyCountEvent', () => {
  it('a new comment adds one to its record; one of another module changes nothing', () => {
    const insert: CommentEvent = { kind: 'comment', operation: 'INSERT', row: comment('c9'), old: null }
    expect(applyCountEvent(counts, insert, 'project_tasks').get('r1')).toBe(3)
    expect(applyCountEvent(new Map(), insert, 'project_tasks').get('r1')).toBe(1)
    expect(applyCountEvent(counts, insert, 'events')).toBe(counts)
  })

  it('a soft delete takes one away and a restore gives it back; an edit changes nothing', () => {
    const softDelete: CommentEvent = { kind: 'comment', operation: 'UPDATE', row: comment('c1', deleted), old: comment('c1') }
    expect(applyCountEvent(counts, softDelete, 'project_tasks').get('r1')).toBe(1)
    const restore: CommentEvent = { kind: 'comment', operation: 'UPDATE', row: comment('c1'), old: comment('c1', deleted) }
    expect(applyCountEvent(counts, restore, 'project_tasks').get('r1')).toBe(3)
    const edit: CommentEvent = { kind: 'comment', operation: 'UPDATE', row: comment('c1', { content: 'x' }), old: comment('c1') }
    expect(applyCountEvent(counts, edit, 'project_tasks')).toBe(counts)
  })

  it('a hard delete takes one away unless the comment was already soft-deleted; the last one removes the entry', () => {
    expect(applyCountEvent(counts, { kind: 'comment-removed', old: comment('c1') }, 'project_tasks').get('r1')).toBe(1)
    expect(applyCountEvent(counts, { kind: 'comment-removed', old: comment('c1', deleted) }, 'project_tasks')).toBe(counts)
    expect(applyCountEvent(new Map([['r1', 1]]), { kind: 'comment-removed', old: comment('c1') }, 'project_tasks').has('r1')).toBe(false)
  })

  it('reactions never move a count', () => {
    expect(applyCountEvent(counts, { kind: 'reaction-added', row: { comment_id: 'c1', workspace_id: 'ws', user_id: 'u', emoji: '👍' } }, 'project_tasks')).toBe(counts)
  })
})
