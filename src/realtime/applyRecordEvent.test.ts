import { describe, expect, it } from 'vitest'
import { moduleFields } from '../custom-fields/moduleFields'
import { tasksModule } from '../modules/tasksModule'
import type { FilterGroup } from '../views/query/filterTree'
import { layoutRecords } from '../views/store/layoutRecords'
import { viewRecordMatcher } from '../views/store/viewRecordMatcher'
import type { RecordRow } from '../views/store/ViewStore'
import { applyRecordEvent, type RecordSet } from './applyRecordEvent'

const ws = 'ws-1'
const fields = moduleFields(tasksModule, [])
const notDone: FilterGroup = { kind: 'group', id: 'g', conjunction: 'and', children: [{ kind: 'condition', id: 'c', field: 'status', operator: 'neq', value: 'done' }] }
const query = { fields, filter: notDone, sorts: [], groupBy: { field: 'status', collapsed: [] } }
const matches = viewRecordMatcher(query, ws)

const task = (id: string, values: Partial<RecordRow> = {}): RecordRow => ({
  id, workspace_id: ws, title: id, status: 'todo', position: 'a0', sync_version: 1, deleted_at: null, custom_fields: {}, ...values,
})
const setOf = (...rows: RecordRow[]): RecordSet => ({ rows: new Map(rows.map((row) => [row.id, row])), order: rows.map((row) => row.id) })
const upsert = (row: RecordRow) => ({ kind: 'upsert' as const, table: 'project_tasks', row })
const columns = (set: RecordSet) => {
  const records = Object.fromEntries(set.rows)
  return layoutRecords({ records, order: [...set.order], module: tasksModule, query, collapsed: new Set() }).groupedIds
}

describe('applyRecordEvent', () => {
  it('when an inserted record matches the filter, it enters the view', () => {
    const { set, effect } = applyRecordEvent(setOf(task('a')), upsert(task('b', { status: 'review' })), matches)
    expect(effect).toBe('entered')
    expect(columns(set).review).toEqual(['b'])
  })

  it('when an inserted record does not match, nothing changes', () => {
    const before = setOf(task('a'))
    const { set, effect } = applyRecordEvent(before, upsert(task('b', { status: 'done' })), matches)
    expect(effect).toBe('ignored')
    expect(set).toBe(before)
  })

  it('when an update changes the grouped field, the record moves to the other group on layout', () => {
    const { set, effect } = applyRecordEvent(setOf(task('a'), task('b')), upsert(task('a', { status: 'in_progress', sync_version: 2 })), matches)
    expect(effect).toBe('updated')
    expect(columns(set)).toMatchObject({ todo: ['b'], in_progress: ['a'] })
  })

  it('when an update no longer matches the filter, the record leaves', () => {
    const { set, effect } = applyRecordEvent(setOf(task('a'), task('b')), upsert(task('a', { status: 'done', sync_version: 2 })), matches)
    expect(effect).toBe('left')
    expect(set.order).toEqual(['b'])
  })

  it('a soft-deleted record and a record of another workspace leave as a refetch would have it', () => {
    expect(applyRecordEvent(setOf(task('a')), upsert(task('a', { deleted_at: '2026-11-23T00:00:00Z', sync_version: 2 })), matches).effect).toBe('left')
    expect(applyRecordEvent(setOf(task('a')), upsert(task('a', { workspace_id: 'ws-2', sync_version: 2 })), matches).effect).toBe('left')
  })

  it('ignores an echo of a version it already holds, and a delivery older than it', () => {
    const before = setOf(task('a', { sync_version: 3 }))
    expect(applyRecordEvent(before, upsert(task('a', { title: 'echo', sync_version: 3 })), matches)).toEqual({ set: before, effect: 'ignored' })
    expect(applyRecordEvent(before, upsert(task('a', { title: 'old', sync_version: 2 })), matches).set).toBe(before)
  })

  it('a delete takes the record out; a delete of something unknown is ignored', () => {
    const { set, effect } = applyRecordEvent(setOf(task('a'), task('b')), { kind: 'delete', table: 'project_tasks', id: 'a' }, matches)
    expect(effect).toBe('left')
    expect([...set.rows.keys()]).toEqual(['b'])
    expect(applyRecordEvent(set, { kind: 'delete', table: 'project_tasks', id: 'zzz' }, matches).effect).toBe('ignored')
  })

  it('keeps a record known outside the view (open in the drawer) fresh without showing it', () => {
    const before: RecordSet = { rows: new Map([['a', task('a', { status: 'done' })]]), order: [] }
    const { set, effect } = applyRecordEvent(before, upsert(task('a', { status: 'done', title: 'renamed', sync_version: 2 })), matches)
    expect(effect).toBe('ignored')
    expect(set.rows.get('a')?.title).toBe('renamed')
    expect(set.order).toEqual([])
  })

  it('does not change the set it was given', () => {
    const before = setOf(task('a'))
    applyRecordEvent(before, upsert(task('a', { status: 'review', sync_version: 2 })), matches)
    expect(before.rows.get('a')?.status).toBe('todo')
  })
})
