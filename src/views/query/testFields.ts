import { moduleFields } from '../../custom-fields/moduleFields'
import { tasksModule } from '../../modules/tasksModule'
import type { FilterContext } from '../../custom-fields/FieldType'

// The tasks module with three custom fields, as the query tests use it.
export const taskFields = moduleFields(tasksModule, [
  {
    id: 'cf-1',
    workspace_id: 'w',
    module: 'project_tasks',
    name: 'department',
    label: 'Department',
    field_type: 'single_select',
    options: [
      { value: 'lighting', label: 'Lighting', color: 'yellow' },
      { value: 'sound', label: 'Sound', color: 'purple' },
    ],
    config: {},
    is_required: false,
    default_value: null,
    position: 'a0',
  },
  {
    id: 'cf-2',
    workspace_id: 'w',
    module: 'project_tasks',
    name: 'crew_size',
    label: 'Crew size',
    field_type: 'number',
    options: [],
    config: {},
    is_required: false,
    default_value: null,
    position: 'a1',
  },
  {
    id: 'cf-3',
    workspace_id: 'w',
    module: 'project_tasks',
    name: 'tags',
    label: 'Tags',
    field_type: 'multi_select',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
    config: {},
    is_required: false,
    default_value: null,
    position: 'a2',
  },
])

export const context: FilterContext = {
  today: '2026-11-23',
  now: '2026-11-23T12:00:00.000Z',
  timeZone: 'Europe/London',
  userId: '22222222-2222-4222-8222-222222222222',
}
