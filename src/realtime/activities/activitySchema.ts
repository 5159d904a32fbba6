import { z } from 'zod'

export const activityActions = ['created', 'updated', 'deleted', 'restored', 'commented', 'assigned'] as const
export type ActivityAction = (typeof activityActions)[number]

/** One field's change in an activity: `{"status": {"old": "todo", "new": "done"}}`; custom fields as "custom_fields.<name>". */
const changeSchema = z.object({ old: z.unknown().optional(), new: z.unknown().optional() })

/**
 * A row of public.activities, written by the database's triggers only. `action` stays open text so an action added
 * later still shows; `entity_type` is the module's table, `metadata.title` the record's title at the time.
 */
export const activityRowSchema = z.object({
  id: z.string(),
  workspace_id: z.string(),
  user_id: z.string().nullable(),
  action: z.string(),
  entity_type: z.string(),
  entity_id: z.string().nullable(),
  changes: z.record(z.string(), changeSchema).nullable().catch(null),
  metadata: z
    .looseObject({ title: z.string().optional().catch(undefined), comment_id: z.string().optional().catch(undefined), excerpt: z.string().optional().catch(undefined) })
    .nullable()
    .catch(null),
  created_at: z.string(),
})
export type ActivityRow = z.infer<typeof activityRowSchema>

/** What private.broadcast_activity sends on `workspace:<id>:activity` (event 'activity'). */
const eventSchema = z.object({ record: activityRowSchema })

/** The activity a realtime payload carries, or null for anything malformed. */
export function parseActivityEvent(payload: unknown): ActivityRow | null {
  const parsed = eventSchema.safeParse(payload)
  return parsed.success ? parsed.data.record : null
}

export function parseActivityRows(rows: readonly unknown[]): ActivityRow[] {
  return rows.flatMap((row) => {
    const parsed = activityRowSchema.safeParse(row)
    return parsed.success ? [parsed.data] : []
  })
}

/** The feed's filters; null is "anyone / any module / any action". */
export interface ActivityFilter {
  userId: string | null
  entityType: string | null
  action: string | null
}

export const noActivityFilter: ActivityFilter = { userId: null, entityType: null, action: null }

/** The in-memory twin of the feed's query: a live activity shows only when the query would have returned it. */
export function matchesActivityFilter(row: ActivityRow, filter: ActivityFilter): boolean {
  return (
    (filter.userId === null || row.user_id === filter.userId) &&
    (filter.entityType === null || row.entity_type === filter.entityType) &&
    (filter.action === null || row.action === filter.action)
  )
}
