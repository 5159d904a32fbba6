import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { toDayNumber } from '../calendar/fieldDates'
import { barGroups, buildRows, packLanes, recordToBar, type TimelineBar } from './timelineBars'

function field(key: string, type: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { key, label: key, type, config: {}, source: 'column', required: false, readOnly: false, ...extra }
}
const d = (y: number, m: number, day: number, h = 0) => toDayNumber(new Date(y, m - 1, day, h))
const bar = (id: string, start: number, end: number): TimelineBar => ({ id, title: id, start, end })

const dateFields = { start: field('start_date', 'date'), end: field('end_date', 'date'), title: field('name', 'text') }

describe('recordToBar', () => {
  it('a date range is a bar from its first day to the day after its last', () => {
    expect(recordToBar({ id: 'a', name: 'Run', start_date: '2025-03-10', end_date: '2025-03-12' }, dateFields)).toEqual({
      id: 'a',
      title: 'Run',
      start: d(2025, 3, 10),
      end: d(2025, 3, 13),
    })
  })

  it('a date-time range keeps its hours', () => {
    const bar = recordToBar(
      { id: 'a', starts_at: new Date(2025, 2, 10, 18).toISOString(), ends_at: new Date(2025, 2, 10, 21).toISOString() },
      { start: field('starts_at', 'date_time'), end: field('ends_at', 'date_time') },
    )
    expect(bar?.end! - bar?.start!).toBeCloseTo(3 / 24)
  })

  it('no start: unscheduled; no or inverted end: the default length', () => {
    expect(recordToBar({ id: 'a', start_date: null }, dateFields)).toBeNull()
    expect(recordToBar({ id: 'a', start_date: '2025-03-10', end_date: null }, dateFields)?.end).toBe(d(2025, 3, 11))
    expect(recordToBar({ id: 'a', start_date: '2025-03-10', end_date: '2025-03-01' }, dateFields)?.end).toBe(d(2025, 3, 11))
  })
})

describe('packLanes', () => {
  it('puts bars that do not overlap in the same lane and opens a lane for each overlap', () => {
    const lanes = packLanes([bar('a', 0, 5), bar('b', 3, 8), bar('c', 5, 7), bar('d', 8, 9)])
    expect(lanes.map((lane) => lane.map((item) => item.id))).toEqual([['a', 'c', 'd'], ['b']])
  })

  it('no bars, no lanes', () => {
    expect(packLanes([])).toEqual([])
  })
})

describe('grouping', () => {
  const bars = [bar('a', 0, 2), bar('b', 1, 3), bar('c', 0, 1), bar('e', 4, 5)]

  it('swimlanes follow the groups\' order and hold the bars of their ids, skipping unscheduled ones', () => {
    const groups = barGroups(
      [
        { key: 'todo', label: 'To do', collapsed: false },
        { key: 'done', label: 'Done', collapsed: true },
        { key: '', label: 'No status', collapsed: false },
      ],
      { todo: ['b', 'unscheduled'], done: ['a', 'e'], '': ['c'] },
      new Map(bars.map((item) => [item.id, item])),
    )
    expect(groups.map((group) => [group.key, group.label, group.bars.map((item) => item.id), group.collapsed])).toEqual([
      ['todo', 'To do', ['b'], false],
      ['done', 'Done', ['a', 'e'], true],
      ['', 'No status', ['c'], false],
    ])
  })

  it('rows: one per bar when ungrouped; a header and packed lanes per group, none for a collapsed group', () => {
    expect(buildRows(bars, null).map((row) => row.key)).toEqual(['r:a', 'r:b', 'r:c', 'r:e'])
    const rows = buildRows(bars, [
      { key: 'x', label: 'X', bars: [bars[0]!, bars[1]!], collapsed: false },
      { key: 'y', label: 'Y', bars: [bars[2]!], collapsed: true },
      { key: 'z', label: 'Z', bars: [], collapsed: false },
    ])
    expect(rows.map((row) => row.key)).toEqual(['g:x', 'l:x:0', 'l:x:1', 'g:y', 'g:z', 'l:z:0'])
  })
})
