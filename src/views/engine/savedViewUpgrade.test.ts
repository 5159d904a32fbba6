import { describe, expect, it } from 'vitest'
import { CURRENT_VIEW_VERSION } from './savedView'
import { toViewRow } from './savedViewRow'
import { readSavedView, upgradeSavedView } from './savedViewUpgrade'

const base = {
  id: '0f000000-0000-4000-8000-000000000005',
  workspace_id: 'b0000000-0000-4000-8000-000000000001',
  module: 'project_tasks',
  view_type: 'list',
  name: 'My task list',
  is_shared: false,
  is_locked: false,
  owner_id: '22222222-2222-4222-8222-222222222222',
  position: 'a2',
}

describe('upgradeSavedView', () => {
  it('reads a current row as it is', () => {
    const row = {
      ...base,
      version: 1,
      filters: {
        kind: 'group',
        id: 'f',
        conjunction: 'and',
        children: [{ kind: 'condition', id: 'f.0', field: 'assignee_id', operator: 'eq', value: 'me' }],
      },
      sorts: [{ field: 'due_date', direction: 'asc' }],
      group_by: { field: 'status', collapsed: ['done'] },
      config: { fields: [{ key: 'title', visible: true, width: 320 }], options: { rowHeight: 'compact' } },
    }
    const { view, issues } = readSavedView(row)
    expect(issues).toEqual([])
    expect(view).toEqual({
      version: CURRENT_VIEW_VERSION,
      id: base.id,
      workspaceId: base.workspace_id,
      module: 'project_tasks',
      type: 'list',
      name: 'My task list',
      filter: row.filters,
      sorts: row.sorts,
      groupBy: { field: 'status', collapsed: ['done'] },
      fields: [{ key: 'title', visible: true, width: 320 }],
      options: { rowHeight: 'compact' },
      isShared: false,
      isLocked: false,
      ownerId: base.owner_id,
      position: 'a2',
    })
  })

  it('upgrades the unversioned shapes: flat condition lists, "-field" sorts, a bare group_by, hidden field lists', () => {
    const view = upgradeSavedView({
      ...base,
      version: 0,
      filters: [
        { field: 'status', operator: 'neq', value: 'done' },
        { conjunction: 'or', conditions: [{ field: 'priority', operator: 'eq', value: 'urgent' }, { field: 'due_date', operator: 'is_empty' }] },
      ],
      sorts: ['-due_date', { field: 'title', desc: false }],
      group_by: 'status',
      config: { hidden: ['description'], options: {} },
    })
    expect(view.filter).toEqual({
      kind: 'group',
      id: 'f',
      conjunction: 'and',
      children: [
        { kind: 'condition', id: 'f.0', field: 'status', operator: 'neq', value: 'done' },
        {
          kind: 'group',
          id: 'f.1',
          conjunction: 'or',
          children: [
            { kind: 'condition', id: 'f.1.0', field: 'priority', operator: 'eq', value: 'urgent' },
            { kind: 'condition', id: 'f.1.1', field: 'due_date', operator: 'is_empty' },
          ],
        },
      ],
    })
    expect(view.sorts).toEqual([
      { field: 'due_date', direction: 'desc' },
      { field: 'title', direction: 'asc' },
    ])
    expect(view.groupBy).toEqual({ field: 'status', collapsed: [] })
    expect(view.fields).toEqual([{ key: 'description', visible: false }])
  })

  it('degrades garbled JSON part by part instead of failing to open the view', () => {
    const { view, issues } = readSavedView({
      ...base,
      version: 1,
      view_type: 'gantt',
      name: '',
      filters: { kind: 'group', children: [{ kind: 'condition', field: 'status' }, 'junk', { field: 'title', operator: 'contains', value: 'rig' }] },
      sorts: [{ field: 'due_date', direction: 'sideways' }, { field: 'title', direction: 'asc' }],
      group_by: { nope: true },
      config: 'not json',
    })
    expect(view.type).toBe('list')
    expect(view.name).toBe('Untitled view')
    expect(view.filter?.children).toEqual([{ kind: 'condition', id: 'f.2', field: 'title', operator: 'contains', value: 'rig' }])
    expect(view.sorts).toEqual([{ field: 'title', direction: 'asc' }])
    expect(view.groupBy).toBeNull()
    expect(view.fields).toEqual([])
    expect(issues.length).toBeGreaterThanOrEqual(6)
  })

  it('reads a row from a newer app as well as it can, and survives a row that is not even an object', () => {
    expect(readSavedView({ ...base, version: 9, filters: null, sorts: [], config: {} }).issues[0]).toMatch(/newer/)
    expect(upgradeSavedView(null)).toMatchObject({ type: 'list', name: 'Untitled view', filter: null, sorts: [] })
  })

  it('round-trips through toViewRow', () => {
    const view = upgradeSavedView({ ...base, version: 1, filters: null, sorts: [{ field: 'title', direction: 'asc' }], group_by: null, config: {} })
    const row = toViewRow(view)
    expect(row).toMatchObject({ module: 'project_tasks', view_type: 'list', version: CURRENT_VIEW_VERSION, config: { fields: [], options: {} } })
    expect(upgradeSavedView(row)).toEqual(view)
  })
})
