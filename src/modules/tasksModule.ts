import {
  checkboxColumn,
  dateColumn,
  longTextColumn,
  numberColumn,
  personColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const tasksModule: ModuleDefinition = {
  key: 'tasks',
  label: 'Tasks',
  singular: 'Task',
  table: 'project_tasks',
  fields: [
    textColumn('title', 'Title', { required: true }),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'todo', label: 'To do', color: 'gray' },
        { value: 'in_progress', label: 'In progress', color: 'blue' },
        { value: 'review', label: 'In review', color: 'purple' },
        { value: 'done', label: 'Done', color: 'green' },
      ],
      { required: true },
    ),
    selectColumn(
      'priority',
      'Priority',
      [
        { value: 'low', label: 'Low', color: 'gray' },
        { value: 'medium', label: 'Medium', color: 'blue' },
        { value: 'high', label: 'High', color: 'orange' },
        { value: 'urgent', label: 'Urgent', color: 'red' },
      ],
      { required: true },
    ),
    personColumn('assignee_id', 'Assignee'),
    relationColumn('production_id', 'Production', 'productions'),
    dateColumn('start_date', 'Start date'),
    dateColumn('due_date', 'Due date'),
    numberColumn('estimate_hours', 'Estimate', { min: 0, max: 99_999.99, suffix: 'h' }),
    // A moment, not work: zero working days on the critical path (get_production_timeline).
    checkboxColumn('milestone', 'Milestone', { required: true }),
    longTextColumn('description', 'Description'),
    // The fractional-index key of manual order within a status column: written by drags, never typed.
    textColumn('position', 'Manual order', { readOnly: true, hidden: true }),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'start_date', end: 'due_date' },
  viewTypes: ['list', 'board', 'calendar', 'timeline'],
  defaultViews: [
    { name: 'All tasks', type: 'list', sorts: [{ field: 'due_date', direction: 'asc' }] },
    { name: 'Board', type: 'board', groupBy: 'status', sorts: [{ field: 'position', direction: 'asc' }] },
    { name: 'Calendar', type: 'calendar' },
    { name: 'Timeline', type: 'timeline', sorts: [{ field: 'start_date', direction: 'asc' }] },
  ],
}
