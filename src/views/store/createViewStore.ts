import type { SupabaseClient } from '@supabase/supabase-js'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import { errorMessage } from '../../lib/errorMessage'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import type { FilterContext } from '../../custom-fields/FieldType'
import type { FilterGroup, Sort } from '../query/filterTree'
import { applyRecordEvent } from '../../realtime/applyRecordEvent'
import { conflictingFields, type FieldConflict } from '../../realtime/conflictingFields'
import type { RecordEvent } from '../../realtime/recordEvents'
import { viewRecordMatcher } from './viewRecordMatcher'
import { loadViewRecords, fetchOneRecord, type DateRangeQuery } from './loadViewRecords'
import { layoutRecords, hasManualOrder, type GroupLabeler } from './layoutRecords'
import { positionBetween } from './positionBetween'
import { applyFieldValues, groupKeyToValue, recordGroupKeys, updateBody } from './recordValues'
import type { RecordRow, ViewStoreState } from './ViewStore'

/** What decides which records a view shows and how they are grouped: the query-relevant slice of a saved view. */
export interface ViewQuery {
  fields: readonly FieldDefinition[]
  filter: FilterGroup | null
  sorts: readonly Sort[]
  groupBy: { field: string; collapsed: readonly string[] } | null
  /** Calendar and timeline views read only the dates they show; null until the renderer reports its range. */
  range?: DateRangeQuery | null
  /** The order when the view has no sorts of its own: manual order for a board, creation order otherwise. */
  defaultSorts?: readonly Sort[]
  /** "Today" and "me" for relative filters: the same context compiles the query and matches records in memory. */
  context?: FilterContext
  /** Group labels the field type cannot know: people's names, related records' titles. */
  labelFor?: GroupLabeler
}

export interface ViewStoreConfig {
  // The app's client is typed for the tables it names; module tables are reached by name, so the store takes any.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client: SupabaseClient<any, any, any>
  module: ModuleDefinition
  workspaceId: string
  query: ViewQuery
  /** Told when the user collapses or expands a group, so the host can keep it in the saved view. */
  onCollapsedChange?(collapsed: string[]): void
}

/** The host's side of the store: what a renderer does not need. */
export interface ViewStoreControls {
  /** New filter/sort reload from the server; a new grouping or field list only regroups what is loaded. */
  configure(query: ViewQuery): void
  /** A record by id, from the view or fetched (the drawer opens records a filter hides). */
  ensureRecord(id: string): Promise<RecordRow | null>
  dismissWriteError(): void
  /**
   * A change saved by another client (a realtime event): the record enters, moves within or leaves the view as its
   * filter, sorts and groups say (applyRecordEvent). Echoes of our own writes are ignored; writes still in flight
   * stay on top; an edit of a field the other person changed too becomes a conflict to resolve, never lost.
   */
  applyRemote(event: RecordEvent): void
}

export type FullViewStoreState = ViewStoreState & ViewStoreControls
/** Assignable to ViewStoreApi (zustand's setState is bivariant), so renderers get the same object. */
export type FullViewStoreApi = StoreApi<FullViewStoreState>

export const deletedMessage = 'This record was deleted by someone else, so your change was not saved.'
export const forbiddenMessage = 'You do not have permission to change this record.'

interface QueuedWrite {
  values: Record<string, unknown>
  cancelled: boolean
  /** On its way to the server: the server's compare-and-set decides it, not a realtime event. */
  sent: boolean
}

/**
 * One store per mounted view. Records are normalized by id; what the server last confirmed is kept apart from the
 * writes still in flight, so showing a record is "confirmed + pending writes" and rolling back a failed write is
 * dropping it. Writes to one record go one at a time, each compare-and-set on the sync_version the previous one
 * returned: our own quick edits never conflict with each other, someone else's edit always does.
 */
export function createViewStore(config: ViewStoreConfig): FullViewStoreApi {
  const { client, module, workspaceId } = config
  let query = config.query
  let order: string[] = []
  let collapsed = new Set(query.groupBy?.collapsed ?? [])
  const confirmed = new Map<string, RecordRow>()
  const pending = new Map<string, QueuedWrite[]>()
  const queues = new Map<string, Promise<void>>()
  let loadGeneration = 0
  let matches = viewRecordMatcher(query, workspaceId)

  const store = createStore<FullViewStoreState>()((set, get) => {
    function displayed(id: string): RecordRow | undefined {
      const base = confirmed.get(id)
      if (!base) return undefined
      return (pending.get(id) ?? []).reduce((row, write) => applyFieldValues(row, write.values, query.fields), base)
    }

    /** Re-derives the records of the given ids and the whole layout (sort within groups, groups, counts). */
    function publish(ids: readonly string[]) {
      const records = { ...get().records }
      for (const id of ids) {
        const row = displayed(id)
        if (row) records[id] = row
        else delete records[id]
      }
      set({ records, ...layoutRecords({ records, order, module, query, collapsed }) })
    }

    function relayout() {
      const records = get().records
      set(layoutRecords({ records, order, module, query, collapsed }))
    }

    async function reload() {
      const generation = ++loadGeneration
      set({ status: 'loading', error: null })
      try {
        const rows = await loadViewRecords(client, { module, workspaceId, query })
        if (generation !== loadGeneration) return
        confirmed.clear()
        for (const row of rows) confirmed.set(row.id, row)
        order = rows.map((row) => row.id)
        // Writes still in flight stay visible on top of the fresh rows.
        const records: Record<string, RecordRow> = {}
        for (const id of order) records[id] = displayed(id) as RecordRow
        set({ status: 'ready', records, ...layoutRecords({ records, order, module, query, collapsed }) })
      } catch (error) {
        if (generation === loadGeneration) set({ status: 'error', error: errorMessage(error) })
      }
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
        let request = client.from(module.table).update(updateBody(base, values, query.fields)).eq('id', recordId)
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
      const mine = { ...values }
      for (const queued of pending.get(recordId) ?? []) {
        queued.cancelled = true
        Object.assign(mine, queued.values)
      }
      pending.delete(recordId)
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

    /**
     * Someone else saved `theirs` over the version our edits `mine` were made on. Fields only we changed are written
     * again on top of theirs; fields we both changed wait for the user to choose (keep mine / take theirs).
     */
    function settleAgainst(recordId: string, base: RecordRow, theirs: RecordRow, mine: Record<string, unknown>) {
      const conflicts = conflictingFields(base, theirs, mine, query.fields)
      const contested = new Set(conflicts.map((conflict) => conflict.field))
      const replay = Object.fromEntries(Object.entries(mine).filter(([key]) => !contested.has(key)))
      if (conflicts.length > 0) {
        const others = get().conflicts.filter((held) => !(held.recordId === recordId && contested.has(held.field)))
        set({ conflicts: [...others, ...conflicts] })
      }
      if (Object.keys(replay).length > 0) void patch(recordId, replay)
    }

    function applyRemote(event: RecordEvent) {
      if (event.table !== module.table) return
      const id = event.kind === 'upsert' ? event.row.id : event.id
      const base = confirmed.get(id)
      const result = applyRecordEvent({ rows: confirmed, order }, event, matches)
      if (result.effect === 'ignored' && result.set.rows.get(id) === base) return
      confirmed.clear()
      for (const [key, row] of result.set.rows) confirmed.set(key, row)
      order = [...result.set.order]
      if (event.kind === 'delete') {
        pending.delete(id)
        set({ conflicts: get().conflicts.filter((conflict) => conflict.recordId !== id) })
      } else if (base && pending.has(id)) {
        // Our edits not yet sent would compare-and-set on the new version and overwrite theirs: settle them now
        // (an edit already in flight fails its compare-and-set on the server and settles the same way).
        const queued = (pending.get(id) ?? []).filter((write) => !write.sent)
        if (queued.length > 0) {
          const mine = Object.assign({}, ...queued.map((write) => write.values)) as Record<string, unknown>
          for (const write of queued) write.cancelled = true
          pending.set(id, (pending.get(id) ?? []).filter((write) => write.sent))
          if (pending.get(id)?.length === 0) pending.delete(id)
          settleAgainst(id, base, event.row, mine)
        }
      }
      publish([id])
    }

    function groupField(): FieldDefinition | undefined {
      const key = query.groupBy?.field
      return key ? query.fields.find((field) => field.key === key) : undefined
    }

    function currentGroupKey(record: RecordRow): string {
      const field = groupField()
      if (!field) return ''
      return recordGroupKeys(record, field, getFieldType(field.type))[0] ?? ''
    }

    /** Where a record lands among `siblings` (display order, itself excluded): `before`/`after` name a neighbour. */
    function neighbours(siblings: readonly string[], to: { beforeId?: string | null; afterId?: string | null }) {
      if (to.beforeId) {
        const index = siblings.indexOf(to.beforeId)
        if (index >= 0) return { previous: siblings[index - 1] ?? null, next: to.beforeId }
      }
      if (to.afterId) {
        const index = siblings.indexOf(to.afterId)
        if (index >= 0) return { previous: to.afterId, next: siblings[index + 1] ?? null }
      }
      return { previous: siblings[siblings.length - 1] ?? null, next: null }
    }

    function positionOf(id: string | null): string | null {
      if (!id) return null
      const value = get().records[id]?.position
      return typeof value === 'string' ? value : null
    }

    async function move(
      recordId: string,
      to: Parameters<ViewStoreState['move']>[1],
    ): Promise<void> {
      const record = get().records[recordId]
      if (!record) return
      const values: Record<string, unknown> = { ...to.values }
      const field = groupField()
      const fromKey = to.fromGroupKey ?? currentGroupKey(record)
      const targetKey = to.groupKey ?? fromKey
      if (field && targetKey !== fromKey) {
        values[field.key] = groupKeyToValue(targetKey, field, getFieldType(field.type), readFieldValue(record, field), fromKey)
      }
      if (hasManualOrder(query)) {
        const siblings = (get().groupedIds[targetKey] ?? []).filter((id) => id !== recordId)
        const { previous, next } = neighbours(siblings, to)
        const unchangedPlace = targetKey === fromKey && isAlreadyBetween(get().groupedIds[targetKey] ?? [], recordId, previous, next)
        if (!unchangedPlace) values.position = positionBetween(positionOf(previous), positionOf(next))
      }
      await patch(recordId, values)
    }

    async function create(values: Record<string, unknown>): Promise<string | null> {
      const id = crypto.randomUUID()
      const field = groupField()
      const withPlace = { ...values }
      if (hasManualOrder(query) && withPlace.position === undefined) {
        const key = field ? recordGroupKeys(applyFieldValues({ id }, values, query.fields), field, getFieldType(field.type))[0] ?? '' : ''
        const siblings = get().groupedIds[key] ?? []
        withPlace.position = positionBetween(positionOf(siblings[siblings.length - 1] ?? null), null)
      }
      const row = applyFieldValues({ id, workspace_id: workspaceId, custom_fields: {} }, withPlace, query.fields)
      confirmed.set(id, row)
      order = [...order, id]
      publish([id])
      try {
        const { data, error } = await client.from(module.table).insert(row).select().single()
        if (error) throw error
        confirmed.set(id, data as RecordRow)
        publish([id])
        set({ writeError: null })
        return id
      } catch (error) {
        confirmed.delete(id)
        order = order.filter((candidate) => candidate !== id)
        publish([id])
        set({ writeError: `Could not add the ${module.singular.toLowerCase()}: ${errorMessage(error)}` })
        return null
      }
    }

    return {
      status: 'idle',
      error: null,
      records: {},
      groupedIds: {},
      groups: [],
      writeError: null,
      conflicts: [],
      patch,
      move,
      create,
      resolveConflict(recordId, field, choice) {
        const conflict = get().conflicts.find((held) => held.recordId === recordId && held.field === field)
        if (!conflict) return
        set({ conflicts: get().conflicts.filter((held) => held !== conflict) })
        if (choice === 'mine') void patch(recordId, { [field]: conflict.mine })
      },
      toggleGroup(key) {
        if (collapsed.has(key)) collapsed.delete(key)
        else collapsed.add(key)
        collapsed = new Set(collapsed)
        relayout()
        config.onCollapsedChange?.([...collapsed])
      },
      reload,
      configure(next) {
        const previous = query
        query = next
        matches = viewRecordMatcher(query, workspaceId)
        collapsed = new Set(next.groupBy?.collapsed ?? [])
        const refetch =
          JSON.stringify(previous.filter) !== JSON.stringify(next.filter) ||
          JSON.stringify(previous.sorts) !== JSON.stringify(next.sorts) ||
          JSON.stringify(previous.range ?? null) !== JSON.stringify(next.range ?? null) ||
          JSON.stringify(previous.defaultSorts ?? null) !== JSON.stringify(next.defaultSorts ?? null) ||
          previous.context?.today !== next.context?.today ||
          previous.context?.userId !== next.context?.userId
        if (refetch) void reload()
        else relayout()
      },
      async ensureRecord(id) {
        const known = get().records[id]
        if (known) return known
        const row = await fetchOneRecord(client, module, id)
        if (!row) return null
        // Kept beside the view's records (not in its order): editable from the drawer without showing in the view.
        confirmed.set(row.id, row)
        publish([row.id])
        return get().records[row.id] ?? null
      },
      dismissWriteError() {
        set({ writeError: null })
      },
      applyRemote,
    }
  })
  return store
}

function isAlreadyBetween(ids: readonly string[], id: string, previous: string | null, next: string | null): boolean {
  const index = ids.indexOf(id)
  if (index < 0) return false
  return (ids[index - 1] ?? null) === previous && (ids[index + 1] ?? null) === next
}
