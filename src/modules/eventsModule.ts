import {
  checkboxColumn,
  dateTimeColumn,
  longTextColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const eventsModule: ModuleDefinition = {
  key: 'events',
  label: 'Events',
  singular: 'Event',
  table: 'events',
  fields: [
    textColumn('title', 'Title', { required: true }),
    selectColumn(
      'event_type',
      'Type',
      [
        { value: 'performance', label: 'Performance', color: 'purple' },
        { value: 'rehearsal', label: 'Rehearsal', color: 'blue' },
        { value: 'load_in', label: 'Load-in', color: 'orange' },
        { value: 'load_out', label: 'Load-out', color: 'orange' },
        { value: 'tech', label: 'Tech', color: 'teal' },
        { value: 'meeting', label: 'Meeting', color: 'gray' },
        { value: 'other', label: 'Other', color: 'gray' },
      ],
      { required: true },
    ),
    dateTimeColumn('starts_at', 'Starts', { required: true }),
    dateTimeColumn('ends_at', 'Ends'),
    checkboxColumn('all_day', 'All day', { required: true }),
    textColumn('location', 'Location'),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'tentative', label: 'Tentative', color: 'yellow' },
        { value: 'confirmed', label: 'Confirmed', color: 'green' },
        { value: 'cancelled', label: 'Cancelled', color: 'red' },
      ],
      { required: true },
    ),
    relationColumn('production_id', 'Production', 'productions'),
    longTextColumn('description', 'Description'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'starts_at', end: 'ends_at' },
  viewTypes: ['calendar', 'list', 'timeline', 'board'],
  // Show day: each upcoming show with a rundown, to call, follow or put on the backstage monitor.
  panels: ['shows'],
  defaultViews: [
    { name: 'Calendar', type: 'calendar' },
    { name: 'All events', type: 'list', sorts: [{ field: 'starts_at', direction: 'asc' }] },
  ],
}
