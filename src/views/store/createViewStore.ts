import type { SupabaseClient } from '@supabase/supabase-js'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import { errorMessage } from '../../lib/errorMessage'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { applyRecordEvent } from '../../realtime/applyRecordEvent'
import type { RecordEvent } from '../../realtime/recordEvents'
import { viewRecordMatcher } from './viewRecordMatcher'
import { loadViewRecords, fetchOneRecord } from './loadViewRecords'
import { layoutRecords, hasManualOrder } from './layoutRecords'
import { positionBetween } from './positionBetween'
import { createConflictGuard, type ConflictAnswer, type ConflictPrompt } from './conflictGuard'
import { createRecordWrites } from './recordWrites'
import { applyFieldValues, groupKeyToValue, recordGroupKeys } from './recordValues'
import type { ViewQuery } from './ViewQuery'
import type { RecordRow, ViewStoreState } from './ViewStore'

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
  /** A write to a module with conflictChecks held until the user answers (see conflictGuard); null when none. */
  conflictPrompt: ConflictPrompt | null
  answerConflictPrompt(answer: ConflictAnswer): void
}

export type FullViewStoreState = ViewStoreState & ViewStoreControls
/** Assignable to ViewStoreApi (zustand's setState is bivariant), so renderers get the same object. */
export type FullViewStoreApi = StoreApi<FullViewStoreState>

/**
 * One store per mounted view. Records are normalized by id; what the server last confirmed is kept apart from the
 * writes still in flight (recordWrites), so showing a record is "confirmed + pending writes" and rolling back a
 * failed write is dropping it.
 */
export function createViewStore(config: ViewStoreConfig): FullViewStoreApi {
  const { client, module, workspaceId } = config
  let query = config.query
  let order: string[] = []
  let collapsed = new Set(query.groupBy?.collapsed ?? [])
  const confirmed = new Map<string, RecordRow>()
  let loadGeneration = 0
  let matches = viewRecordMatcher(query, workspaceId)

  const store = createStore<FullViewStoreState>()((set, get) => {
    const writes = createRecordWrites({ client, module, confirmed, fields: () => query.fields, publish, get, set })
    const { displayed } = writes
    const guard = createConflictGuard({ client, module, show: (conflictPrompt) => set({ conflictPrompt }) })

    /** Every edit, move and drag: asks the conflict engine first when the values touch what it judges. */
    async function patch(recordId: string, values: Record<string, unknown>): Promise<void> {
      const record = get().records[recordId]
      if (!record || !guard.applies(values)) return writes.patch(recordId, values)
      const approved = await guard.confirm(recordId, applyFieldValues(record, values, query.fields), values)
      if (approved) await writes.patch(recordId, approved)
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

    function applyRemote(event: RecordEvent) {
      if (event.table !== module.table) return
      // Someone else booked, moved or released a row of this table: an open conflict prompt may be out of date.
      guard.recheck()
      const id = event.kind === 'upsert' ? event.row.id : event.id
      const base = confirmed.get(id)
      const result = applyRecordEvent({ rows: confirmed, order }, event, matches)
      if (result.effect === 'ignored' && result.set.rows.get(id) === base) return
      confirmed.clear()
      for (const [key, row] of result.set.rows) confirmed.set(key, row)
      order = [...result.set.order]
      if (event.kind === 'delete') writes.forget(id)
      else if (base) writes.settleRemote(id, base, event.row)
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
      let row = applyFieldValues({ id, workspace_id: workspaceId, custom_fields: {} }, withPlace, query.fields)
      if (guard.applies(withPlace)) {
        const approved = await guard.confirm(null, row, withPlace)
        if (!approved) return null
        row = applyFieldValues(row, approved, query.fields)
      }
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
      conflictPrompt: null,
      answerConflictPrompt: guard.answer,
      patch,
      move,
      create,
      resolveConflict: writes.resolveConflict,
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
