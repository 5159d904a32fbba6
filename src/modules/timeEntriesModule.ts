import {
  dateTimeColumn,
  durationColumn,
  longTextColumn,
  personColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const timeEntriesModule: ModuleDefinition = {
  key: 'time_entries',
  label: 'Timesheets',
  singular: 'Time entry',
  table: 'time_entries',
  fields: [
    textColumn('title', 'Work', { required: true }),
    relationColumn('person_id', 'Person', 'people', { required: true }),
    relationColumn('assignment_id', 'Crew call', 'assignments'),
    dateTimeColumn('clock_in', 'Clock in', { required: true }),
    dateTimeColumn('clock_out', 'Clock out'),
    durationColumn('break_minutes', 'Breaks', { required: true }),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'draft', label: 'Draft', color: 'gray' },
        { value: 'submitted', label: 'Submitted', color: 'yellow' },
        { value: 'approved', label: 'Approved', color: 'green' },
        { value: 'rejected', label: 'Rejected', color: 'red' },
      ],
      { required: true },
    ),
    // Stamped by the database when an admin approves or rejects: whatever a client sends is replaced.
    personColumn('approved_by', 'Reviewed by', { readOnly: true }),
    dateTimeColumn('approved_at', 'Reviewed', { readOnly: true }),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'clock_in', end: 'clock_out' },
  viewTypes: ['list', 'board', 'calendar', 'timeline'],
  defaultViews: [
    { name: 'All entries', type: 'list', sorts: [{ field: 'clock_in', direction: 'desc' }] },
    // What an admin has to decide: the submitted entries, oldest first.
    {
      name: 'Awaiting approval',
      type: 'list',
      sorts: [{ field: 'clock_in', direction: 'asc' }],
      filter: {
        kind: 'group', id: 'awaiting-approval', conjunction: 'and',
        children: [{ kind: 'condition', id: 'submitted', field: 'status', operator: 'eq', value: 'submitted' }],
      },
    },
    { name: 'By status', type: 'board', groupBy: 'status', sorts: [{ field: 'clock_in', direction: 'asc' }] },
    // One swimlane per person: each one's week of shifts.
    {
      name: 'Shifts',
      type: 'timeline',
      sorts: [{ field: 'clock_in', direction: 'asc' }],
      options: { startField: 'clock_in', endField: 'clock_out', groupField: 'person_id', zoom: 'week' },
    },
  ],
}
