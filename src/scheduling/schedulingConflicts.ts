import type { SupabaseClient } from '@supabase/supabase-js'

/** One collision the database's conflict engine (check_event_conflicts) found for a booking or crew call. */
export interface SchedulingConflict {
  /** block: refused on save unless an admin overrides; warn: asks first; info: context only. */
  severity: 'block' | 'warn' | 'info'
  /** double_booking, tentative_overlap, hold_rank, parent_space, leave, rest, certification or stock_shortage. */
  conflictType: string
  /** Names the other booking, leave or certificate, with its times, in the workspace's time zone. */
  reason: string
  otherTable: string | null
  otherId: string | null
}

interface ConflictRow {
  severity: SchedulingConflict['severity']
  conflict_type: string
  reason: string
  other_table: string | null
  other_id: string | null
}

const severityOrder: Record<SchedulingConflict['severity'], number> = { block: 0, warn: 1, info: 2 }

/**
 * What `row` (a row of `table` as it would be written, its id when it exists) collides with, blocks first. Row-level
 * security applies: only what the caller may see is reported.
 */
export async function checkSchedulingConflicts(
  // Module tables are reached by name, as in the view store.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client: SupabaseClient<any, any, any>,
  table: string,
  row: Record<string, unknown>,
): Promise<SchedulingConflict[]> {
  const { data, error } = await client.rpc('check_event_conflicts', { p_table: table, p_row: row })
  if (error) throw error
  return ((data ?? []) as ConflictRow[])
    .map((c) => ({ severity: c.severity, conflictType: c.conflict_type, reason: c.reason, otherTable: c.other_table, otherId: c.other_id }))
    .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
}

/** Whether a write needs the user's word first: anything that blocks or warns. */
export function needsConfirmation(conflicts: readonly SchedulingConflict[]): boolean {
  return conflicts.some((c) => c.severity !== 'info')
}
