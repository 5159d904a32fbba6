import type { CommentEvent } from './commentSchema'

/**
 * Moves a module's comment counts by one live event: a new comment adds one, a soft delete takes one away (and
 * clearing deleted_at gives it back), a hard delete of a comment still counted takes one away. Only what the
 * database broadcast moves a count, so our own comment (whose echo arrives too) is counted exactly once. Returns the
 * same map when nothing changed.
 */
export function applyCountEvent(counts: ReadonlyMap<string, number>, event: CommentEvent, table: string): ReadonlyMap<string, number> {
  let delta = 0
  let recordId: string | null = null
  if (event.kind === 'comment') {
    if (event.row.entity_type !== table) return counts
    recordId = event.row.entity_id
    const counted = event.row.deleted_at === null
    if (event.operation === 'INSERT') delta = counted ? 1 : 0
    else if (event.old) delta = (counted ? 1 : 0) - (event.old.deleted_at === null ? 1 : 0)
  } else if (event.kind === 'comment-removed') {
    if (event.old.entity_type !== table) return counts
    recordId = event.old.entity_id
    delta = event.old.deleted_at === null ? -1 : 0
  }
  if (!recordId || delta === 0) return counts
  const next = new Map(counts)
  const value = Math.max(0, (counts.get(recordId) ?? 0) + delta)
  if (value === 0) next.delete(recordId)
  else next.set(recordId, value)
  return next
}
