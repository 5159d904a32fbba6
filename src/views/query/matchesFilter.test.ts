import { describe, expect, it } from 'vitest'
import type { FilterGroup } from './filterTree'
import { createRecordMatcher, matchesFilter } from './matchesFilter'
import { context, taskFields } from './testFields'

const bob = '22222222-2222-4222-8222-222222222222'
const task = (values: Record<string, unknown>) => ({
  id: 't1',
  workspace_id: 'w1',
  deleted_at: null,
  title: 'Focus the rig',
  status: 'todo',
  assignee_id: bob,
  due_date: '2026-11-25',
  custom_fields: {},
  ...values,
})

const myOpenTasks: FilterGroup = {
  kind: 'group',
  id: 'f',
  conjunction: 'and',
  children: [
    { kind: 'condition', id: 'a', field: 'assignee_id', operator: 'eq', value: 'me' },
    {
      kind: 'group',
      id: 'b',
      conjunction: 'or',
      children: [
        { kind: 'condition', id: 'b1', field: 'status', operator: 'neq', value: 'done' },
        { kind: 'condition', id: 'b2', field: 'department', operator: 'eq', value: 'sound' },
      ],
    },
  ],
}

describe('matchesFilter', () => {
  it('interprets nested AND/OR groups over built-in and custom values', () => {
    expect(matchesFilter(task({}), myOpenTasks, taskFields, { context })).toBe(true)
    expect(matchesFilter(task({ status: 'done' }), myOpenTasks, taskFields, { context })).toBe(false)
    expect(matchesFilter(task({ status: 'done', custom_fields: { department: 'sound' } }), myOpenTasks, taskFields, { context })).toBe(true)
    expect(matchesFilter(task({ assignee_id: null }), myOpenTasks, taskFields, { context })).toBe(false)
  })

  it('never matches soft-deleted rows or rows of another workspace, as the compiled query leaves them out', () => {
    const matcher = createRecordMatcher(null, taskFields, { context, workspaceId: 'w1' })
    expect(matcher(task({}))).toBe(true)
    expect(matcher(task({ deleted_at: '2026-11-23T10:00:00+00:00' }))).toBe(false)
    expect(matcher(task({ workspace_id: 'w2' }))).toBe(false)
    expect(matchesFilter(task({ deleted_at: '2026-11-23T10:00:00+00:00' }), null, taskFields, { includeDeleted: true })).toBe(true)
  })

  it('ignores conditions on deleted fields instead of failing', () => {
    const filter: FilterGroup = {
      kind: 'group',
      id: 'f',
      conjunction: 'and',
      children: [{ kind: 'condition', id: 'a', field: 'budget_code', operator: 'eq', value: 'X' }],
    }
    expect(matchesFilter(task({}), filter, taskFields, { context })).toBe(true)
  })
})
