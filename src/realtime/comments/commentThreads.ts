import type { CommentRow, ReactionRow } from './commentSchema'

/** Everything known of one record's comments: rows by id (deleted ones kept, to place their replies) and reactions. */
export interface CommentThreadState {
  comments: ReadonlyMap<string, CommentRow>
  /** Comment id -> its reactions, in the order they came. */
  reactions: ReadonlyMap<string, readonly ReactionRow[]>
}

export const emptyThreadState: CommentThreadState = { comments: new Map(), reactions: new Map() }

/** One reaction emoji on one comment: who chose it. */
export interface ReactionSummary {
  emoji: string
  userIds: string[]
}

export interface CommentNode {
  comment: CommentRow
  reactions: ReactionSummary[]
}

/** A top-level comment with its replies, oldest first. A deleted top comment stays as a placeholder while it has replies. */
export interface CommentThread extends CommentNode {
  replies: CommentNode[]
}

export function threadStateOf(comments: readonly CommentRow[], reactions: readonly ReactionRow[]): CommentThreadState {
  const byComment = new Map<string, ReactionRow[]>()
  for (const reaction of reactions) byComment.set(reaction.comment_id, [...(byComment.get(reaction.comment_id) ?? []), reaction])
  return { comments: new Map(comments.map((comment) => [comment.id, comment])), reactions: byComment }
}

const byCreated = (a: CommentRow, b: CommentRow) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

function summarize(reactions: readonly ReactionRow[] | undefined): ReactionSummary[] {
  const byEmoji = new Map<string, string[]>()
  for (const reaction of reactions ?? []) byEmoji.set(reaction.emoji, [...(byEmoji.get(reaction.emoji) ?? []), reaction.user_id])
  return [...byEmoji].map(([emoji, userIds]) => ({ emoji, userIds }))
}

/** The threads to show: top-level comments oldest first, each with its visible replies. */
export function commentThreads(state: CommentThreadState): CommentThread[] {
  const all = [...state.comments.values()].sort(byCreated)
  const node = (comment: CommentRow): CommentNode => ({ comment, reactions: summarize(state.reactions.get(comment.id)) })
  const replies = new Map<string, CommentNode[]>()
  for (const comment of all) {
    if (comment.parent_comment_id === null || comment.deleted_at !== null) continue
    replies.set(comment.parent_comment_id, [...(replies.get(comment.parent_comment_id) ?? []), node(comment)])
  }
  return all
    .filter((comment) => comment.parent_comment_id === null || !state.comments.has(comment.parent_comment_id))
    .filter((comment) => comment.deleted_at === null || (replies.get(comment.id)?.length ?? 0) > 0)
    .map((comment) => ({ ...node(comment), replies: replies.get(comment.id) ?? [] }))
}

/** Comments that are not deleted, replies included: what the `comment_counts` RPC counts. */
export function visibleCommentCount(state: CommentThreadState): number {
  let count = 0
  for (const comment of state.comments.values()) if (comment.deleted_at === null) count += 1
  return count
}
