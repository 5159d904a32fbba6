import { describe, expect, it } from 'vitest'
import { groupRecords } from './groupRecords'
import { taskFields } from './testFields'

const rows = [
  { id: '1', status: 'done', custom_fields: { department: 'sound' } },
  { id: '2', status: 'todo', custom_fields: { department: 'catering' } },
  { id: '3', status: 'todo', custom_fields: {} },
  { id: '4', status: 'done', custom_fields: { department: 'sound' } },
]

describe('groupRecords', () => {
  it('shows every option in option order, even empty, keeping the records’ order within each group', () => {
    const { groups, groupedIds } = groupRecords(rows, { field: 'status', collapsed: ['done'] }, taskFields)
    expect(groups.map((g) => [g.key, g.label, g.count, g.collapsed])).toEqual([
      ['todo', 'To do', 2, false],
      ['in_progress', 'In progress', 0, false],
      ['review', 'In review', 0, false],
      ['done', 'Done', 2, true],
    ])
    expect(groupedIds.done).toEqual(['1', '4'])
    expect(groups[3]).toMatchObject({ color: 'green' })
  })

  it('gives a deleted option its own group after the known ones, and ends with "no value"', () => {
    const { groups, groupedIds } = groupRecords(rows, { field: 'department' }, taskFields)
    expect(groups.map((g) => [g.key, g.label, g.count])).toEqual([
      ['lighting', 'Lighting', 0],
      ['sound', 'Sound', 2],
      ['catering', 'catering', 1],
      ['', 'No department', 1],
    ])
    expect(groupedIds['']).toEqual(['3'])
  })

  it('ignores a grouping on a deleted or ungroupable field, saying so', () => {
    expect(groupRecords(rows, { field: 'ghost' }, taskFields)).toMatchObject({ groupedIds: { '': ['1', '2', '3', '4'] }, ignoredGroupBy: 'ghost' })
    expect(groupRecords(rows, { field: 'title' }, taskFields).ignoredGroupBy).toBe('title')
    expect(groupRecords(rows, null, taskFields).groups).toEqual([{ key: '', label: 'All records', count: 4, collapsed: false }])
  })

  it('takes labels the field type cannot know (people’s names) from the caller', () => {
    const people = [{ id: '1', assignee_id: '22222222-2222-4222-8222-222222222222', custom_fields: {} }]
    const { groups } = groupRecords(people, { field: 'assignee_id' }, taskFields, { labelFor: (_f, key) => (key ? 'Bob Okafor' : undefined) })
    expect(groups.map((g) => g.label)).toEqual(['Bob Okafor', 'No assignee'])
  })
})
