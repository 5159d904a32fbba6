import { describe, expect, it } from 'vitest'
import { moduleFields } from '../../custom-fields/moduleFields'
import type { CustomFieldRow } from '../../custom-fields/customFieldRow'
import { tasksModule } from '../../modules/tasksModule'
import type { ActivityRow } from './activitySchema'
import { describeActivity, type DescribeContext } from './describeActivity'

const fields = moduleFields(tasksModule, [
  {
    id: 'f1', workspace_id: 'ws', module: 'project_tasks', name: 'department', label: 'Department', field_type: 'single_select',
    options: [{ value: 'lighting', label: 'Lighting' }, { value: 'sound', label: 'Sound' }], config: {}, is_required: false, default_value: null, position: 'a0',
  } as unknown as CustomFieldRow,
])
const names: Record<string, string> = { bob: 'Bob Okafor', carol: 'Carol Jensen' }
const history: DescribeContext = { personName: (id) => names[id], fields, singular: 'task', withTitle: false }
const feed: DescribeContext = { ...history, withTitle: true }

const activity = (action: string, changes: ActivityRow['changes'] = null): ActivityRow => ({
  id: 'a1', workspace_id: 'ws', user_id: 'bob', action, entity_type: 'project_tasks', entity_id: 'r1', changes, metadata: { title: 'Paint flats' }, created_at: '2025-03-01T10:00:00Z',
})

describe('describeActivity', () => {
  it('names a field by its label and its values as the field shows them', () => {
    expect(describeActivity(activity('updated', { status: { old: 'todo', new: 'done' } }), history).text).toBe('Bob Okafor changed Status from To do to Done')
  })

  it('reads a custom field by its label and option labels', () => {
    const { text, changes } = describeActivity(activity('updated', { 'custom_fields.department': { old: 'lighting', new: 'sound' } }), history)
    expect(text).toBe('Bob Okafor changed Department from Lighting to Sound')
    expect(changes).toEqual([{ key: 'custom_fields.department', label: 'Department', from: 'Lighting', to: 'Sound' }])
  })

  it('says set and cleared for values that appear or go, and joins several changes', () => {
    const { text } = describeActivity(activity('updated', { title: { old: 'Paint', new: 'Paint flats' }, estimate_hours: { old: null, new: 4 }, due_date: { old: '2025-03-03', new: null } }), history)
    expect(text).toBe('Bob Okafor changed Title from Paint to Paint flats, set Estimate to 4 h and cleared Due date')
  })

  it('in the feed, names the record by its title', () => {
    expect(describeActivity(activity('created'), feed).text).toBe('Bob Okafor created task “Paint flats”')
    expect(describeActivity(activity('updated', { status: { old: 'todo', new: 'done' } }), feed).text).toBe('Bob Okafor changed Status from To do to Done on task “Paint flats”')
  })

  it('names assignees, comments, deletes and restores', () => {
    expect(describeActivity(activity('assigned', { assignee_id: { old: null, new: 'carol' } }), history).text).toBe('Bob Okafor assigned this task to Carol Jensen')
    expect(describeActivity(activity('assigned', { assignee_id: { old: 'carol', new: null } }), history).text).toBe('Bob Okafor unassigned this task from Carol Jensen')
    expect(describeActivity(activity('commented'), history).text).toBe('Bob Okafor commented on this task')
    expect(describeActivity(activity('deleted'), history).text).toBe('Bob Okafor deleted this task')
    expect(describeActivity(activity('restored', { deleted_at: { old: '2025-03-01', new: null } }), history)).toEqual({ text: 'Bob Okafor restored this task', changes: [] })
  })

  it('copes with an unknown person and a column the module no longer describes', () => {
    const row = { ...activity('updated', { venue_code: { old: 'A', new: 'B' } }), user_id: 'gone' }
    expect(describeActivity(row, history).text).toBe('Someone changed Venue code from A to B')
  })
})
