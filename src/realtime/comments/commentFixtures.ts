import type { CommentRow } from './commentSchema'

/** A comment row for the pure tests of this folder. */
export function buildComment(id: string, overrides: Partial<CommentRow> = {}): CommentRow {
  return {
    id,
    workspace_id: 'ws',
    entity_type: 'project_tasks',
    entity_id: 'r1',
    user_id: 'u1',
    content: 'Hello',
    parent_comment_id: null,
    resolved_at: null,
    edited_at: null,
    created_at: '2025-03-01T10:00:00Z',
    updated_at: '2025-03-01T10:00:00Z',
    deleted_at: null,
    ...overrides,
  }
}
