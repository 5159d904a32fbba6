import type { SupabaseClient } from '@supabase/supabase-js'
import { parseActivityRows, type ActivityFilter, type ActivityRow } from './activitySchema'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = SupabaseClient<any, any, any>

export const activityPageSize = 30

export interface ActivityPage {
  rows: ActivityRow[]
  hasMore: boolean
}

/** Where the next page starts: the oldest row shown (keyed pages, so new activity never shifts them). */
export type ActivityCursor = Pick<ActivityRow, 'created_at' | 'id'>

export type ActivityQuery =
  | { scope: 'record'; workspaceId: string; table: string; recordId: string }
  | { scope: 'workspace'; workspaceId: string; filter: ActivityFilter }

/** A record's history or the workspace's feed, newest first, one page at a time. */
export async function listActivities(client: AnyClient, query: ActivityQuery, { after, limit = activityPageSize }: { after?: ActivityCursor | null; limit?: number } = {}): Promise<ActivityPage> {
  let request = client.from('activities').select('*').eq('workspace_id', query.workspaceId)
  if (query.scope === 'record') {
    request = request.eq('entity_type', query.table).eq('entity_id', query.recordId)
  } else {
    if (query.filter.userId) request = request.eq('user_id', query.filter.userId)
    if (query.filter.entityType) request = request.eq('entity_type', query.filter.entityType)
    if (query.filter.action) request = request.eq('action', query.filter.action)
  }
  if (after) {
    // Timestamps contain ':' and '+', so they are quoted inside the logic tree.
    const at = JSON.stringify(after.created_at)
    request = request.or(`created_at.lt.${at},and(created_at.eq.${at},id.lt.${after.id})`)
  }
  // One more than asked tells whether another page exists without a count.
  const { data, error } = await request.order('created_at', { ascending: false }).order('id', { ascending: false }).limit(limit + 1)
  if (error) throw error
  const rows = parseActivityRows(data ?? [])
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit }
}
