import type { SupabaseClient } from '@supabase/supabase-js'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { errorMessage } from '../../lib/errorMessage'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { conflictingFields } from '../../realtime/conflictingFields'
import { fetchOneRecord } from './loadViewRecords'
import { applyFieldValues, updateBody } from './recordValues'
import type { RecordRow, ViewStoreState } from './ViewStore'

export const deletedMessage = 'This record was deleted by someone else, so your change was not saved.'
export const forbiddenMessage = 'You do not have permission to change this record.'

interface QueuedWrite {
  values: Record<string, unknown>
  cancelled: boolean
  /** On its way to the server: the server's compare-and-set decides it, not a realtime event. */
  sent: boolean
}

type WriteState = Pick<ViewStoreState, 'writeError' | 'conflicts'>

export interface RecordWritesConfig {
  // Module tables are reached by name, so the writes take any client (see ViewStoreConfig).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client: SupabaseClient<any, any, any>
  module: ModuleDefinition
  /** What the server last confirmed, by id: shared with the store, which also fills it from loads and events. */
  confirmed: Map<string, RecordRow>
  fields(): readonly FieldDefinition[]
  /** Re-derive these records (confirmed + pending) and the view's layout. */
  publish(ids: readonly string[]): void
  get(): WriteState
  set(partial: Partial<WriteState>): void
}

/** The store's write path: optimistic edits, their compare-and-set, and settling what someone else wrote first. */
export interface RecordWrites {
  /** The record as shown: what the server confirmed with our writes still in flight on top. */
  displayed(id: string): RecordRow | undefined
  patch(recordId: string, values: Record<string, unknown>): Promise<void>
  /** Someone else's version `theirs` replaced `base` (a realtime event): our edits not yet sent settle against it. */
  settleRemote(recordId: string, base: RecordRow, theirs: RecordRow): void
  /** The record is gone: its pending writes and conflicts go with it. */
  forget(recordId: string): void
  resolveConflict: ViewStoreState['resolveConflict']
}

/**
 * Writes to one record go one at a time, each compare-and-set on the sync_version the previous one returned: our own
 * quick edits never conflict with each other, someone else's edit always does. Fields only we changed are written
 * again on top of theirs; fields we both changed become conflicts for the user to resolve, never lost.
 */
export function createRecordWrites({ client, module, confirmed, fields, publish, get, set }: RecordWritesConfig): RecordWrites {
  const pending = new Map<string, QueuedWrite[]>()
  const queues = new Map<string, Promise<void>>()

  function displayed(id: string): RecordRow | undefined {
    const base = confirmed.get(id)
    if (!base) return undefined
    return (pending.get(id) ?? []).reduce((row, write) => applyFieldValues(row, write.values, fields()), base)
  }

  function enqueue(recordId: string, run: () => Promise<void>): Promise<void> {
    const previous = queues.get(recordId) ?? Promise.resolve()
    const next = previous.then(run, run)
    queues.set(recordId, next)
    void next.finally(() => {
      if (queues.get(recordId) === next) queues.delete(recordId)
    })
    return next
  }

  function dropPending(recordId: string, write: QueuedWrite) {
    const list = (pending.get(recordId) ?? []).filter((candidate) => candidate !== write)
    if (list.length > 0) pending.set(recordId, list)
    else pending.delete(recordId)
  }

  /** Marks every queued write of the record matching `which` as cancelled and returns their values merged. */
  function takeQueued(recordId: string, which: (write: QueuedWrite) => boolean): Record<string, unknown> {
    const mine: Record<string, unknown> = {}
    const kept: QueuedWrite[] = []
    for (const write of pending.get(recordId) ?? []) {
      if (!which(write)) {
        kept.push(write)
        continue
      }
      write.cancelled = true
      Object.assign(mine, write.values)
    }
    if (kept.length > 0) pending.set(recordId, kept)
    else pending.delete(recordId)
    return mine
  }

  async function patch(recordId: string, values: Record<string, unknown>): Promise<void> {
    if (!confirmed.has(recordId) || Object.keys(values).length === 0) return
    const write: QueuedWrite = { values, cancelled: false, sent: false }
    pending.set(recordId, [...(pending.get(recordId) ?? []), write])
    publish([recordId])

    await enqueue(recordId, async () => {
      const base = confirmed.get(recordId)
      if (write.cancelled || !base) {
        dropPending(recordId, write)
        return
      }
      write.sent = true
      let request = client.from(module.table).update(updateBody(base, values, fields())).eq('id', recordId)
      if (typeof base.sync_version === 'number') request = request.eq('sync_version', base.sync_version)
      let outcome: { rows: RecordRow[] } | { error: string }
      try {
        const { data, error } = await request.select()
        outcome = error ? { error: errorMessage(error) } : { rows: (data ?? []) as RecordRow[] }
      } catch (error) {
        outcome = { error: errorMessage(error) }
      }
      dropPending(recordId, write)

      if ('error' in outcome) {
        publish([recordId])
        set({ writeError: `Could not save your change: ${outcome.error}` })
        return
      }
      const [saved] = outcome.rows
      if (saved) {
        confirmed.set(recordId, saved)
        publish([recordId])
        set({ writeError: null })
        return
      }
      // Zero rows: the compare-and-set missed (someone wrote first) or row-level security hid the row from UPDATE.
      await settleMiss(recordId, base, values)
    })
  }

  async function settleMiss(recordId: string, base: RecordRow, values: Record<string, unknown>) {
    // Edits queued behind the one that lost were made on the same old version: settle them together.
    const mine = { ...values, ...takeQueued(recordId, () => true) }
    let fresh: RecordRow | null = null
    try {
      fresh = await fetchOneRecord(client, module, recordId)
    } catch {
      fresh = base
    }
    if (fresh) confirmed.set(recordId, fresh)
    else confirmed.delete(recordId)
    publish([recordId])
    if (!fresh) {
      set({ writeError: deletedMessage })
      return
    }
    if (fresh.sync_version === base.sync_version) {
      set({ writeError: forbiddenMessage })
      return
    }
    settleAgainst(recordId, base, fresh, mine)
  }

  /** Someone else saved `theirs` over the version our edits `mine` were made on. */
  function settleAgainst(recordId: string, base: RecordRow, theirs: RecordRow, mine: Record<string, unknown>) {
    const conflicts = conflictingFields(base, theirs, mine, fields())
    const contested = new Set(conflicts.map((conflict) => conflict.field))
    const replay = Object.fromEntries(Object.entries(mine).filter(([key]) => !contested.has(key)))
    if (conflicts.length > 0) {
      const others = get().conflicts.filter((held) => !(held.recordId === recordId && contested.has(held.field)))
      set({ conflicts: [...others, ...conflicts] })
    }
    if (Object.keys(replay).length > 0) void patch(recordId, replay)
  }

  return {
    displayed,
    patch,
    settleRemote(recordId, base, theirs) {
      // Our edits not yet sent would compare-and-set on the new version and overwrite theirs: settle them now
      // (an edit already in flight fails its compare-and-set on the server and settles the same way).
      if (!pending.get(recordId)?.some((write) => !write.sent)) return
      settleAgainst(recordId, base, theirs, takeQueued(recordId, (write) => !write.sent))
    },
    forget(recordId) {
      pending.delete(recordId)
      set({ conflicts: get().conflicts.filter((conflict) => conflict.recordId !== recordId) })
    },
    resolveConflict(recordId, field, choice) {
      const conflict = get().conflicts.find((held) => held.recordId === recordId && held.field === field)
      if (!conflict) return
      set({ conflicts: get().conflicts.filter((held) => held !== conflict) })
      if (choice === 'mine') void patch(recordId, { [field]: conflict.mine })
    },
  }
}
