import type { SupabaseClient } from '@supabase/supabase-js'
import { commentRowSchema, parseRows, reactionRowSchema, type CommentRow, type ReactionRow } from './commentSchema'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = SupabaseClient<any, any, any>

/** A thread is read in one page; a record with more than this many comments shows the oldest ones. */
const commentLimit = 500

export interface RecordRef {
  workspaceId: string
  /** The module's table: comments' entity_type. */
  table: string
  recordId: string
}

/** A record's comments (deleted ones too: they keep their replies in place) and the reactions on them. */
export async function listRecordComments(client: AnyClient, { workspaceId, table, recordId }: RecordRef): Promise<{ comments: CommentRow[]; reactions: ReactionRow[] }> {
  const { data, error } = await client
    .from('comments')
    .select('*')
    .eq('workspace_id', workspaceId)
    .eq('entity_type', table)
    .eq('entity_id', recordId)
    .order('created_at', { ascending: true })
    .order('id', { ascending: true })
    .limit(commentLimit)
  if (error) throw error
  const comments = parseRows(commentRowSchema, data ?? [])
  if (comments.length === 0) return { comments, reactions: [] }
  const reactions = await client
    .from('comment_reactions')
    .select('*')
    .eq('workspace_id', workspaceId)
    .in('comment_id', comments.map((comment) => comment.id))
    .order('created_at', { ascending: true })
  if (reactions.error) throw reactions.error
  return { comments, reactions: parseRows(reactionRowSchema, reactions.data ?? []) }
}

/** A new comment, or a reply when `parentId` names a thread; the row as saved. The author is the caller. */
export async function addComment(client: AnyClient, ref: RecordRef & { content: string; parentId?: string | null }): Promise<CommentRow> {
  const { data, error } = await client
    .from('comments')
    .insert({ workspace_id: ref.workspaceId, entity_type: ref.table, entity_id: ref.recordId, content: ref.content, parent_comment_id: ref.parentId ?? null })
    .select()
    .single()
  if (error) throw error
  return commentRowSchema.parse(data)
}

/** Changes the text of one's own comment (the policy allows authors only); null when it is not (or no longer) theirs. */
export async function editComment(client: AnyClient, id: string, content: string): Promise<CommentRow | null> {
  const { data, error } = await client.from('comments').update({ content }).eq('id', id).is('deleted_at', null).select()
  if (error) throw error
  return parseRows(commentRowSchema, data ?? [])[0] ?? null
}

/**
 * Deletes one's own comment softly (deleted_at), which the authors' update policy allows: its replies stay in
 * place under a placeholder, and counts and feeds drop it. Null when it was not the caller's to delete.
 */
export async function deleteComment(client: AnyClient, id: string): Promise<CommentRow | null> {
  const { data, error } = await client.from('comments').update({ deleted_at: new Date().toISOString() }).eq('id', id).is('deleted_at', null).select()
  if (error) throw error
  return parseRows(commentRowSchema, data ?? [])[0] ?? null
}

/** Resolves or reopens a thread (any writer may, through the resolve_comment RPC); the row as saved. */
export async function resolveComment(client: AnyClient, id: string, resolved: boolean): Promise<CommentRow> {
  const { data, error } = await client.rpc('resolve_comment', { p_comment_id: id, p_resolved: resolved })
  if (error) throw error
  return commentRowSchema.parse(data)
}

/** Adds or takes back the caller's reaction. Adding one that exists already is not an error. */
export async function setReaction(client: AnyClient, reaction: ReactionRow, on: boolean): Promise<void> {
  if (on) {
    const { error } = await client
      .from('comment_reactions')
      .insert({ comment_id: reaction.comment_id, workspace_id: reaction.workspace_id, user_id: reaction.user_id, emoji: reaction.emoji })
    // 23505: already there (another tab of the same person) - what was asked for.
    if (error && error.code !== '23505') throw error
    return
  }
  const { error } = await client
    .from('comment_reactions')
    .delete()
    .eq('comment_id', reaction.comment_id)
    .eq('user_id', reaction.user_id)
    .eq('emoji', reaction.emoji)
  if (error) throw error
}

/** Not-deleted comments per record of one module, replies included, for count badges. */
export async function countComments(client: AnyClient, workspaceId: string, table: string): Promise<Map<string, number>> {
  const { data, error } = await client.rpc('comment_counts', { p_workspace_id: workspaceId, p_entity_type: table })
  if (error) throw error
  const counts = new Map<string, number>()
  for (const row of (data ?? []) as { entity_id?: unknown; count?: unknown }[]) {
    if (typeof row.entity_id === 'string' && typeof row.count === 'number') counts.set(row.entity_id, row.count)
  }
  return counts
}
