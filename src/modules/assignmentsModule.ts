import { certificationOptions } from './certifications'
import {
  dateTimeColumn,
  durationColumn,
  longTextColumn,
  multiSelectColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const assignmentsModule: ModuleDefinition = {
  key: 'assignments',
  label: 'Crew calls',
  singular: 'Crew call',
  table: 'personnel_assignments',
  fields: [
    textColumn('role', 'Role', { required: true }),
    relationColumn('person_id', 'Person', 'people', { required: true }),
    relationColumn('production_id', 'Production', 'productions'),
    relationColumn('event_id', 'Event', 'events'),
    dateTimeColumn('call_at', 'Call', { required: true }),
    dateTimeColumn('wrap_at', 'Wrap', { required: true }),
    durationColumn('pre_buffer_minutes', 'Travel before', { required: true }),
    durationColumn('post_buffer_minutes', 'Travel after', { required: true }),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'invited', label: 'Invited', color: 'yellow' },
        { value: 'tentative', label: 'Tentative', color: 'orange' },
        { value: 'confirmed', label: 'Confirmed', color: 'green' },
        { value: 'declined', label: 'Declined', color: 'red' },
      ],
      { required: true },
    ),
    multiSelectColumn('required_certifications', 'Requires', certificationOptions, { required: true }),
    textColumn('conflict_override_reason', 'Conflict override reason'),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'role',
  dateFields: { start: 'call_at', end: 'wrap_at' },
  viewTypes: ['timeline', 'calendar', 'list', 'board'],
  defaultViews: [
    // One swimlane per person: who is where, and who is double booked, at a glance.
    {
      name: 'Crew schedule',
      type: 'timeline',
      groupBy: 'person_id',
      sorts: [{ field: 'call_at', direction: 'asc' }],
      options: { startField: 'call_at', endField: 'wrap_at', groupField: 'person_id', zoom: 'week' },
    },
    { name: 'All calls', type: 'list', sorts: [{ field: 'call_at', direction: 'asc' }] },
    { name: 'By status', type: 'board', groupBy: 'status', sorts: [{ field: 'call_at', direction: 'asc' }] },
  ],
  conflictChecks: {
    fields: ['person_id', 'call_at', 'wrap_at', 'pre_buffer_minutes', 'post_buffer_minutes', 'status', 'required_certifications'],
  },
  panels: ['compliance_expiry'],
}
