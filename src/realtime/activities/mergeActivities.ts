import type { ActivityRow } from './activitySchema'

/** Newest first by created_at then id, without duplicates: a live row may also come back in a page. */
export function mergeActivities(current: readonly ActivityRow[], incoming: readonly ActivityRow[]): ActivityRow[] {
  const byId = new Map(current.map((row) => [row.id, row]))
  for (const row of incoming) byId.set(row.id, row)
  return [...byId.values()].sort((a, b) => (a.created_at !== b.created_at ? (a.created_at < b.created_at ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
}
