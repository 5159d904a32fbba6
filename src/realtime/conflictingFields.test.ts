import { describe, expect, it } from 'vitest'
import { moduleFields } from '../custom-fields/moduleFields'
import type { CustomFieldRow } from '../custom-fields/customFieldRow'
import { tasksModule } from '../modules/tasksModule'
import { conflictingFields, sameValue } from './conflictingFields'

const fields = moduleFields(tasksModule, [
  { id: 'f1', workspace_id: 'ws', module: 'project_tasks', name: 'department', label: 'Department', field_type: 'text', options: [], config: {}, is_required: false, default_value: null, position: 'a0' } as unknown as CustomFieldRow,
])
const base = { id: 'r', title: 'Rig', status: 'todo', position: 'a0', sync_version: 1, custom_fields: { department: 'light' } }

describe('conflictingFields', () => {
  it('names a field both people changed to different values, with who changed it', () => {
    const theirs = { ...base, title: 'Rig (bob)', sync_version: 2, updated_by: 'bob' }
    expect(conflictingFields(base, theirs, { title: 'Rig (alice)' }, fields)).toEqual([
      { recordId: 'r', field: 'title', mine: 'Rig (alice)', theirs: 'Rig (bob)', by: 'bob' },
    ])
  })

  it('lets edits of different fields through: nothing to choose', () => {
    const theirs = { ...base, status: 'done', sync_version: 2 }
    expect(conflictingFields(base, theirs, { title: 'Rig (alice)' }, fields)).toEqual([])
  })

  it('is no conflict when both wrote the same value', () => {
    const theirs = { ...base, status: 'done', sync_version: 2 }
    expect(conflictingFields(base, theirs, { status: 'done' }, fields)).toEqual([])
  })

  it('compares custom values inside custom_fields', () => {
    const theirs = { ...base, custom_fields: { department: 'sound' }, sync_version: 2 }
    expect(conflictingFields(base, theirs, { department: 'video' }, fields)).toMatchObject([{ field: 'department', mine: 'video', theirs: 'sound', by: null }])
  })

  it('never makes the manual position a conflict: the later drop wins', () => {
    const theirs = { ...base, position: 'a5', sync_version: 2 }
    expect(conflictingFields(base, theirs, { position: 'a3' }, fields)).toEqual([])
  })

  it('treats null and missing as the same empty value, and objects regardless of key order', () => {
    expect(sameValue(null, undefined)).toBe(true)
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
  })
})
