import { z } from 'zod'

/** The kinds a person can mute (notification_preferences_type_check); the database writes only these today. */
export const notificationKinds = ['mention', 'assignment', 'comment', 'status_change'] as const
export const notificationKindSchema = z.enum(notificationKinds)
export type NotificationKind = z.infer<typeof notificationKindSchema>

/**
 * A row of public.notifications. `type` stays open text (the column has no check), so a kind added later still
 * shows; `entity_type` is a module's table name and `action_url`, when set, overrides the derived link.
 */
export const notificationRowSchema = z.object({
  id: z.string(),
  user_id: z.string(),
  workspace_id: z.string().nullable(),
  type: z.string(),
  title: z.string(),
  message: z.string().nullable(),
  entity_type: z.string().nullable(),
  entity_id: z.string().nullable(),
  actor_id: z.string().nullable(),
  read_at: z.string().nullable(),
  action_url: z.string().nullable(),
  created_at: z.string(),
})
export type NotificationRow = z.infer<typeof notificationRowSchema>

/** What private.broadcast_notification sends on `user:<id>` as event 'notification'. */
export const notificationEventSchema = z.object({
  operation: z.enum(['INSERT', 'UPDATE']),
  record: notificationRowSchema,
})
export type NotificationEvent = z.infer<typeof notificationEventSchema>

/** The event a realtime payload describes, or null for anything malformed (ignored, never thrown at the UI). */
export function parseNotificationEvent(payload: unknown): NotificationEvent | null {
  const parsed = notificationEventSchema.safeParse(payload)
  return parsed.success ? parsed.data : null
}

/** Rows from the REST API, keeping the well-formed ones. */
export function parseNotificationRows(rows: readonly unknown[]): NotificationRow[] {
  return rows.flatMap((row) => {
    const parsed = notificationRowSchema.safeParse(row)
    return parsed.success ? [parsed.data] : []
  })
}

export const notificationPreferenceSchema = z.object({
  type: notificationKindSchema,
  muted: z.boolean(),
})
export type NotificationPreference = z.infer<typeof notificationPreferenceSchema>
