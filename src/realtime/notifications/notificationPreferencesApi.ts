import type { SupabaseClient } from '@supabase/supabase-js'
import { notificationKinds, notificationPreferenceSchema, type NotificationKind } from './notificationSchema'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = SupabaseClient<any, any, any>

// Apart from notificationsApi.ts so that only the panel, which loads on first open, carries it.

export type MutedKinds = Record<NotificationKind, boolean>

/** Which kinds the user muted; a kind without a row is not muted. */
export async function readNotificationPreferences(client: AnyClient, userId: string): Promise<MutedKinds> {
  const { data, error } = await client.from('notification_preferences').select('type, muted').eq('user_id', userId)
  if (error) throw error
  const muted = Object.fromEntries(notificationKinds.map((kind) => [kind, false])) as MutedKinds
  for (const row of data ?? []) {
    const parsed = notificationPreferenceSchema.safeParse(row)
    if (parsed.success) muted[parsed.data.type] = parsed.data.muted
  }
  return muted
}

/** Mutes or unmutes one kind: one upsert on the (user_id, type) primary key. */
export async function setNotificationPreference(client: AnyClient, userId: string, kind: NotificationKind, muted: boolean): Promise<void> {
  const { error } = await client
    .from('notification_preferences')
    .upsert({ user_id: userId, type: kind, muted }, { onConflict: 'user_id,type' })
  if (error) throw error
}
