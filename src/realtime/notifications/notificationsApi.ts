import type { SupabaseClient } from '@supabase/supabase-js'
import { parseNotificationRows, type NotificationRow } from './notificationSchema'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = SupabaseClient<any, any, any>

export const notificationPageSize = 20

/** Where the next page starts: the oldest row shown so far (pages are keyed, so new rows never shift them). */
export interface NotificationCursor {
  created_at: string
  id: string
}

export interface NotificationPage {
  rows: NotificationRow[]
  hasMore: boolean
}

/**
 * The user's notifications, newest first, `limit` at a time. Row-level security already limits rows to the
 * recipient; the user_id filter lets Postgres use the (user_id, created_at desc) index.
 */
export async function listNotifications(
  client: AnyClient,
  userId: string,
  { after, limit = notificationPageSize }: { after?: NotificationCursor | null; limit?: number } = {},
): Promise<NotificationPage> {
  let query = client.from('notifications').select('*').eq('user_id', userId)
  if (after) {
    // Timestamps contain ':' and '+', so they are quoted inside the logic tree.
    const at = JSON.stringify(after.created_at)
    query = query.or(`created_at.lt.${at},and(created_at.eq.${at},id.lt.${after.id})`)
  }
  // One more than asked tells whether another page exists without a count.
  const { data, error } = await query.order('created_at', { ascending: false }).order('id', { ascending: false }).limit(limit + 1)
  if (error) throw error
  const rows = parseNotificationRows(data ?? [])
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit }
}

/** How many of the user's notifications are unread: an exact count, no rows. */
export async function countUnreadNotifications(client: AnyClient, userId: string): Promise<number> {
  const { count, error } = await client
    .from('notifications')
    .select('id', { count: 'exact' })
    .eq('user_id', userId)
    .is('read_at', null)
    .limit(0)
  if (error) throw error
  return count ?? 0
}

/** Marks one notification read (now) or unread; the row as saved, or null when it is not (or no longer) visible. */
export async function setNotificationRead(client: AnyClient, id: string, read: boolean): Promise<NotificationRow | null> {
  const { data, error } = await client
    .from('notifications')
    .update({ read_at: read ? new Date().toISOString() : null })
    .eq('id', id)
    .select()
  if (error) throw error
  return parseNotificationRows(data ?? [])[0] ?? null
}

/** Marks every unread notification of the user read in one PATCH; returns the ids it changed. */
export async function markAllNotificationsRead(client: AnyClient, userId: string): Promise<string[]> {
  const { data, error } = await client
    .from('notifications')
    .update({ read_at: new Date().toISOString() })
    .eq('user_id', userId)
    .is('read_at', null)
    .select('id')
  if (error) throw error
  return ((data ?? []) as { id: unknown }[]).flatMap((row) => (typeof row.id === 'string' ? [row.id] : []))
}
