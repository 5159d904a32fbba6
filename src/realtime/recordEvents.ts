import { z } from 'zod'
import type { RecordRow } from '../views/store/ViewStore'

const rowSchema = z.looseObject({ id: z.string() })

/**
 * What `realtime.broadcast_changes` sends for a module row (the rows topic): the operation, the table and the row
 * before and after. Hosted Supabase and the embedded backend send the same shape.
 */
export const rowChangeSchema = z.object({
  operation: z.enum(['INSERT', 'UPDATE', 'DELETE']),
  table: z.string(),
  schema: z.string().optional(),
  record: rowSchema.nullable().optional(),
  old_record: rowSchema.nullable().optional(),
})

/** A module row as another client saved it, or its deletion. */
export type RecordEvent =
  | { kind: 'upsert'; table: string; row: RecordRow }
  | { kind: 'delete'; table: string; id: string }

/** The event a rows-topic payload describes, or null for anything malformed (logged, never thrown at a view). */
export function parseRowChange(payload: unknown): RecordEvent | null {
  const parsed = rowChangeSchema.safeParse(payload)
  if (!parsed.success) return null
  const { operation, table, record, old_record: oldRecord } = parsed.data
  if (operation === 'DELETE') return oldRecord ? { kind: 'delete', table, id: oldRecord.id } : null
  return record ? { kind: 'upsert', table, row: record as RecordRow } : null
}
