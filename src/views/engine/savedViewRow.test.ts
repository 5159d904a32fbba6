import { describe, expect, it } from 'vitest'
import { tasksModule } from '../../modules/tasksModule'
import { defaultSavedView } from './savedViewDefaults'
import { toViewRow } from './savedViewRow'

describe('toViewRow', () => {
  it('writes the current version and leaves owner_id to the database default when unknown (the insert policy needs the caller)', () => {
    const view = defaultSavedView(tasksModule, 'board', 'w1', { id: 'v1' })
    const row = toViewRow(view)
    expect(row).toEqual({
      id: 'v1',
      workspace_id: 'w1',
      module: 'project_tasks',
      view_type: 'board',
      name: 'Board',
      filters: null,
      sorts: [{ field: 'position', direction: 'asc' }],
      group_by: { field: 'status', collapsed: [] },
      config: { fields: [], options: {} },
      is_shared: true,
      is_locked: false,
      position: null,
      version: 1,
    })
    expect('owner_id' in row).toBe(false)
    expect(toViewRow({ ...view, ownerId: 'u1' }).owner_id).toBe('u1')
  })
})
