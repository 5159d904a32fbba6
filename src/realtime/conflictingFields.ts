import { readFieldValue, type FieldDefinition } from '../custom-fields/FieldDefinition'
import { POSITION_KEY } from '../views/store/layoutRecords'
import type { RecordRow } from '../views/store/ViewStore'

/** One field two people changed at once: what this user wrote (or is typing) and what the other saved. */
export interface FieldConflict {
  recordId: string
  field: string
  mine: unknown
  theirs: unknown
  /** Who saved theirs (profile id), when the row says. */
  by: string | null
}

/**
 * The fields of `mine` (edits made on top of `base`) that someone else changed too, to something else, in `theirs`.
 * Only those need a person to choose; every other edit can be replayed on `theirs` without losing anything. Keys
 * that are not fields, and the manual `position`, never conflict: the later drop simply wins, as with any reorder.
 */
export function conflictingFields(
  base: RecordRow,
  theirs: RecordRow,
  mine: Record<string, unknown>,
  fields: readonly FieldDefinition[],
): FieldConflict[] {
  const conflicts: FieldConflict[] = []
  for (const [key, value] of Object.entries(mine)) {
    const field = fields.find((candidate) => candidate.key === key)
    if (!field || key === POSITION_KEY) continue
    const before = readFieldValue(base, field)
    const now = readFieldValue(theirs, field)
    if (sameValue(before, now) || sameValue(now, value)) continue
    conflicts.push({ recordId: theirs.id, field: key, mine: value, theirs: now, by: changedBy(theirs) })
  }
  return conflicts
}

/** The last writer of a row, from the `updated_by` column the database keeps. */
export function changedBy(row: RecordRow): string | null {
  return typeof row.updated_by === 'string' ? row.updated_by : null
}

/** Equal as stored JSON: null and a missing value are the same "empty". */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a ?? null) === canonical(b ?? null)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  )
}
