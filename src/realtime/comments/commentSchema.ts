import { z } from 'zod'

/** A row of public.comments. `entity_type` is the module's table, `entity_id` the record. */
export const commentRowSchema = z.object({
  id: z.string(),
  workspace_id: z.string(),
  entity_type: z.string(),
  entity_id: z.string(),
  user_id: z.string().nullable(),
  content: z.string(),
  parent_comment_id: z.string().nullable(),
  resolved_at: z.string().nullable(),
  edited_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  deleted_at: z.string().nullable(),
})
export type CommentRow = z.infer<typeof commentRowSchema>

/** A row of public.comment_reactions: one per (comment, person, emoji). */
export const reactionRowSchema = z.object({
  comment_id: z.string(),
  workspace_id: z.string(),
  user_id: z.string(),
  emoji: z.string(),
  created_at: z.string().optional(),
})
export type ReactionRow = z.infer<typeof reactionRowSchema>

/** What `realtime.broadcast_changes` sends on `workspace:<id>:comments` (events 'comment' and 'reaction'). */
const changeSchema = z.object({
  operation: z.enum(['INSERT', 'UPDATE', 'DELETE']),
  table: z.enum(['comments', 'comment_reactions']),
  schema: z.string().optional(),
  record: z.unknown().optional(),
  old_record: z.unknown().optional(),
})

/** A comment saved or removed for good, a reaction added or taken back. */
export type CommentEvent =
  | { kind: 'comment'; operation: 'INSERT' | 'UPDATE'; row: CommentRow; old: CommentRow | null }
  | { kind: 'comment-removed'; old: CommentRow }
  | { kind: 'reaction-added'; row: ReactionRow }
  | { kind: 'reaction-removed'; row: ReactionRow }

/** The event a comments-topic payload describes, or null for anything malformed (ignored, never thrown at the UI). */
export function parseCommentEvent(payload: unknown): CommentEvent | null {
  const change = changeSchema.safeParse(payload)
  if (!change.success) return null
  const { operation, table, record, old_record: oldRecord } = change.data
  if (table === 'comments') {
    const row = commentRowSchema.safeParse(operation === 'DELETE' ? oldRecord : record)
    if (!row.success) return null
    if (operation === 'DELETE') return { kind: 'comment-removed', old: row.data }
    const old = commentRowSchema.safeParse(oldRecord)
    return { kind: 'comment', operation, row: row.data, old: old.success ? old.data : null }
  }
  const row = reactionRowSchema.safeParse(operation === 'DELETE' ? oldRecord : record)
  if (!row.success) return null
  // Reactions are never edited; an UPDATE (only the service could) is read as the row now being there.
  return operation === 'DELETE' ? { kind: 'reaction-removed', row: row.data } : { kind: 'reaction-added', row: row.data }
}

/** Rows from the REST API, keeping the well-formed ones. */
export function parseRows<T>(schema: z.ZodType<T>, rows: readonly unknown[]): T[] {
  return rows.flatMap((row) => {
    const parsed = schema.safeParse(row)
    return parsed.success ? [parsed.data] : []
  })
}
