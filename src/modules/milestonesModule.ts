import { dateColumn, longTextColumn, relationColumn, selectColumn, systemFields, textColumn } from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const milestonesModule: ModuleDefinition = {
  key: 'milestones',
  label: 'Milestones',
  singular: 'Milestone',
  table: 'project_milestones',
  fields: [
    textColumn('name', 'Name', { required: true }),
    relationColumn('production_id', 'Production', 'productions'),
    dateColumn('due_date', 'Due date'),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'upcoming', label: 'Upcoming', color: 'blue' },
        { value: 'achieved', label: 'Achieved', color: 'green' },
        { value: 'missed', label: 'Missed', color: 'red' },
      ],
      { required: true },
    ),
    longTextColumn('description', 'Description'),
    ...systemFields,
  ],
  titleField: 'name',
  dateFields: { start: 'due_date' },
  viewTypes: ['list', 'board', 'calendar', 'timeline'],
  defaultViews: [
    { name: 'All milestones', type: 'list', sorts: [{ field: 'due_date', direction: 'asc' }] },
    { name: 'Calendar', type: 'calendar' },
  ],
}
