import type { RecordRow } from '../views/store/ViewStore'
import type { RecordEvent } from './recordEvents'

/** The records a view holds: every row it knows by id, and the ids it shows (in the order the server sent them). */
export interface RecordSet {
  rows: ReadonlyMap<string, RecordRow>
  order: readonly string[]
}

/** How an event changed the view: a row came in, changed in place (and may move on relayout), went out, or nothing. */
export type RecordEventEffect = 'entered' | 'updated' | 'left' | 'ignored'

/**
 * Places a remote change in one view. `matches` is the view's filter tree (plus workspace, soft delete and date
 * range) matched in memory: the same predicate the server applied when the view loaded, so a row enters, stays or
 * leaves exactly as a refetch would have it. Sorting and grouping happen on layout, after this.
 *
 * A version not newer than the one held is ignored: an echo of our own write (its response already carried that
 * version) or a delivery that overtook a newer one. A row known but not shown (opened in the drawer) is kept fresh.
 */
export function applyRecordEvent(
  set: RecordSet,
  event: RecordEvent,
  matches: (row: RecordRow) => boolean,
): { set: RecordSet; effect: RecordEventEffect } {
  const id = event.kind === 'upsert' ? event.row.id : event.id
  const held = set.rows.get(id)
  const shown = set.order.includes(id)

  if (event.kind === 'delete') {
    if (!held && !shown) return { set, effect: 'ignored' }
    const rows = new Map(set.rows)
    rows.delete(id)
    return { set: { rows, order: set.order.filter((candidate) => candidate !== id) }, effect: shown ? 'left' : 'ignored' }
  }

  const row = event.row
  if (held && isNotNewer(row, held)) return { set, effect: 'ignored' }
  const inView = matches(row)
  if (!held && !inView) return { set, effect: 'ignored' }

  const rows = new Map(set.rows)
  rows.set(id, row)
  if (inView) {
    return { set: { rows, order: shown ? set.order : [...set.order, id] }, effect: shown ? 'updated' : 'entered' }
  }
  return { set: { rows, order: shown ? set.order.filter((candidate) => candidate !== id) : set.order }, effect: shown ? 'left' : 'ignored' }
}

function isNotNewer(incoming: RecordRow, held: RecordRow): boolean {
  return typeof incoming.sync_version === 'number' && typeof held.sync_version === 'number' && incoming.sync_version <= held.sync_version
}
