import type { CommentEvent, CommentRow, ReactionRow } from './commentSchema'
import type { CommentThreadState } from './commentThreads'

/** The record whose thread a state holds. */
export interface ThreadTarget {
  table: string
  recordId: string
}

/**
 * Applies one live comments-topic event to one record's thread. Events of other records are ignored (the topic
 * carries the whole workspace); a version older than the one held is ignored too (a late delivery), and so is an
 * echo of our own write, which leaves the state as it was. Returns the same object when nothing changed.
 */
export function applyCommentEvent(state: CommentThreadState, event: CommentEvent, target: ThreadTarget): CommentThreadState {
  switch (event.kind) {
    case 'comment':
      return upsertComment(state, event.row, target)
    case 'comment-removed':
      return removeComment(state, event.old.id)
    case 'reaction-added':
      return addReaction(state, event.row)
    case 'reaction-removed':
      return removeReaction(state, event.row)
  }
}

export function upsertComment(state: CommentThreadState, row: CommentRow, target: ThreadTarget): CommentThreadState {
  const held = state.comments.get(row.id)
  if (row.entity_type !== target.table || row.entity_id !== target.recordId) {
    // Moved away (only the service could): it leaves this thread.
    return held ? removeComment(state, row.id) : state
  }
  if (held && (row.updated_at < held.updated_at || sameComment(held, row))) return state
  return { ...state, comments: new Map(state.comments).set(row.id, row) }
}

/** A hard delete: the comment, its replies (the foreign key cascades) and their reactions go. */
export function removeComment(state: CommentThreadState, id: string): CommentThreadState {
  if (!state.comments.has(id)) return state
  const gone = new Set([id])
  for (const comment of state.comments.values()) if (comment.parent_comment_id === id) gone.add(comment.id)
  const comments = new Map([...state.comments].filter(([key]) => !gone.has(key)))
  const reactions = new Map([...state.reactions].filter(([key]) => !gone.has(key)))
  return { comments, reactions }
}

const sameReaction = (a: ReactionRow, b: ReactionRow) => a.comment_id === b.comment_id && a.user_id === b.user_id && a.emoji === b.emoji

export function addReaction(state: CommentThreadState, row: ReactionRow): CommentThreadState {
  if (!state.comments.has(row.comment_id)) return state
  const current = state.reactions.get(row.comment_id) ?? []
  if (current.some((reaction) => sameReaction(reaction, row))) return state
  return { ...state, reactions: new Map(state.reactions).set(row.comment_id, [...current, row]) }
}

export function removeReaction(state: CommentThreadState, row: ReactionRow): CommentThreadState {
  const current = state.reactions.get(row.comment_id)
  if (!current?.some((reaction) => sameReaction(reaction, row))) return state
  return { ...state, reactions: new Map(state.reactions).set(row.comment_id, current.filter((reaction) => !sameReaction(reaction, row))) }
}

function sameComment(a: CommentRow, b: CommentRow): boolean {
  return (Object.keys(a) as (keyof CommentRow)[]).every((key) => a[key] === b[key])
}
