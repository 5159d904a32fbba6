import { useCallback, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { titleText, type DateFieldSet } from '../calendar/resolveDateFields'
import type { RecordRow, ViewStoreApi } from '../store/ViewStore'
import { groupRecords } from '../query/groupRecords'
import { barGroups, buildRows, recordToBar, type BarGroup, type TimelineBar, type TimelineRow } from './timelineBars'

export interface UnscheduledRecord {
  id: string
  title: string
}

export interface TimelineData {
  bars: TimelineBar[]
  unscheduled: UnscheduledRecord[]
  rows: TimelineRow[]
  toggleGroup(key: string): void
}

/**
 * The store's records as bars, rows and the unscheduled list. Grouping comes from the store when the view is
 * grouped by the same field (its labels, including people's and related records' names, order and collapsed
 * state); otherwise groupRecords, the store's own grouping function, runs here on the scheduled records.
 */
export function useTimelineRows(
  store: ViewStoreApi,
  fields: DateFieldSet | null,
  allFields: readonly FieldDefinition[],
  groupField: FieldDefinition | undefined,
  storeGroupsMatch: boolean,
): TimelineData {
  const records = useStore(store, (state) => state.records)
  const groupedIds = useStore(store, (state) => state.groupedIds)
  const storeGroups = useStore(store, (state) => state.groups)
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())

  // One bar per record object: the store replaces only the records it changes, so a patch re-parses one record.
  const cache = useMemo(() => new WeakMap<RecordRow, TimelineBar | null>(), [fields])

  const { bars, byId, scheduled, unscheduled } = useMemo(() => {
    const bars: TimelineBar[] = []
    const byId = new Map<string, TimelineBar>()
    const scheduled: RecordRow[] = []
    const unscheduled: UnscheduledRecord[] = []
    if (!fields) return { bars, byId, scheduled, unscheduled }
    for (const id of new Set(Object.values(groupedIds).flat())) {
      const record = records[id]
      if (!record) continue
      let bar = cache.get(record)
      if (bar === undefined) {
        bar = recordToBar(record, fields)
        cache.set(record, bar)
      }
      if (bar) {
        bars.push(bar)
        byId.set(id, bar)
        scheduled.push(record)
      } else {
        unscheduled.push({ id, title: titleText(fields.title ? readFieldValue(record, fields.title) : null) })
      }
    }
    return { bars, byId, scheduled, unscheduled }
  }, [fields, groupedIds, records, cache])

  const rows = useMemo(() => {
    let groups: BarGroup[] | null = null
    if (groupField && storeGroupsMatch) {
      groups = barGroups(storeGroups, groupedIds, byId)
    } else if (groupField) {
      const local = groupRecords(scheduled, { field: groupField.key, collapsed: [...collapsed] }, allFields)
      // A field that cannot group (a deleted or ungroupable type) leaves the timeline ungrouped.
      if (!local.ignoredGroupBy) groups = barGroups(local.groups, local.groupedIds, byId)
    }
    return buildRows(bars, groups)
  }, [groupField, storeGroupsMatch, storeGroups, groupedIds, byId, bars, scheduled, allFields, collapsed])

  const toggleGroup = useCallback(
    (key: string) => {
      if (storeGroupsMatch) {
        store.getState().toggleGroup(key)
        return
      }
      setCollapsed((current) => {
        const next = new Set(current)
        if (!next.delete(key)) next.add(key)
        return next
      })
    },
    [store, storeGroupsMatch],
  )

  return { bars, unscheduled, rows, toggleGroup }
}
