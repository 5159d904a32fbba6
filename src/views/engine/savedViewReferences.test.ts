import { describe, expect, it } from 'vitest'
import { moduleFields } from '../../custom-fields/moduleFields'
import { tasksModule } from '../../modules/tasksModule'
import type { SavedView } from './savedView'
import { checkViewReferences } from './savedViewReferences'

const fields = moduleFields(tasksModule, [])

const view: SavedView = {
  version: 1,
  id: 'v1',
  workspaceId: 'w1',
  module: 'project_tasks',
  type: 'board',
  name: 'Crew board',
  filter: {
    kind: 'group',
    id: 'f',
    conjunction: 'and',
    children: [
      { kind: 'condition', id: 'a', field: 'status', operator: 'neq', value: 'done' },
      { kind: 'condition', id: 'b', field: 'department', operator: 'eq', value: 'sound' },
      { kind: 'group', id: 'c', conjunction: 'or', children: [{ kind: 'condition', id: 'c1', field: 'department', operator: 'is_empty' }] },
      { kind: 'condition', id: 'd', field: 'title', operator: 'is_after', value: 'x' },
      { kind: 'condition', id: 'e', field: 'priority', operator: 'eq', value: 'deleted_option' },
    ],
  },
  sorts: [
    { field: 'department', direction: 'asc' },
    { field: 'due_date', direction: 'asc' },
  ],
  groupBy: { field: 'department', collapsed: [] },
  fields: [
    { key: 'department', visible: true },
    { key: 'title', visible: true },
  ],
  options: {},
  isShared: true,
  isLocked: false,
  ownerId: null,
  position: 'a0',
}

describe('checkViewReferences', () => {
  it('when a custom field was deleted, drops what referred to it and flags the view; the rest still applies', () => {
    const checked = checkViewReferences(view, fields)
    expect(checked.hasDanglingReferences).toBe(true)
    expect(checked.view.filter?.children.map((c) => c.id)).toEqual(['a', 'e'])
    expect(checked.view.sorts).toEqual([{ field: 'due_date', direction: 'asc' }])
    expect(checked.view.groupBy).toBeNull()
    expect(checked.view.fields).toEqual([{ key: 'title', visible: true }])
    expect(checked.issues.map((i) => `${i.kind}:${i.nodeId ?? i.field}`)).toEqual([
      'condition:b',
      'condition:c1',
      'condition:d',
      'sort:department',
      'groupBy:department',
      'field:department',
    ])
  })

  it('keeps a condition on a deleted option: it matches nothing, like the database, and the option may return', () => {
    expect(checkViewReferences(view, fields).view.filter?.children.some((c) => c.id === 'e')).toBe(true)
  })

  it('leaves a healthy view untouched', () => {
    const healthy = { ...view, filter: null, sorts: [], groupBy: { field: 'status', collapsed: [] }, fields: [] }
    expect(checkViewReferences(healthy, fields)).toEqual({ view: healthy, issues: [], hasDanglingReferences: false })
  })
})
