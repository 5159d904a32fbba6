import {
  checkboxColumn,
  dateTimeColumn,
  longTextColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import { departmentOptions } from './departments'
import type { ModuleDefinition } from './ModuleDefinition'

/** What went wrong during a show, stamped with the cue that was running; damage to gear sends it to repair. */
export const incidentsModule: ModuleDefinition = {
  key: 'incidents',
  label: 'Incidents',
  singular: 'Incident',
  table: 'incidents',
  fields: [
    textColumn('title', 'Title', { required: true }),
    relationColumn('event_id', 'Event', 'events'),
    relationColumn('run_of_show_id', 'Cue', 'run_of_show'),
    dateTimeColumn('occurred_at', 'Occurred', { required: true }),
    selectColumn(
      'severity',
      'Severity',
      [
        { value: 'minor', label: 'Minor', color: 'gray' },
        { value: 'moderate', label: 'Moderate', color: 'yellow' },
        { value: 'major', label: 'Major', color: 'orange' },
        { value: 'critical', label: 'Critical', color: 'red' },
      ],
      { required: true },
    ),
    selectColumn('department', 'Department', departmentOptions),
    relationColumn('person_id', 'Person', 'people'),
    relationColumn('asset_id', 'Asset', 'assets'),
    checkboxColumn('asset_damaged', 'Asset damaged', { required: true }),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'open', label: 'Open', color: 'red' },
        { value: 'resolved', label: 'Resolved', color: 'green' },
      ],
      { required: true },
    ),
    longTextColumn('report', 'Report'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'occurred_at' },
  viewTypes: ['list', 'board', 'calendar'],
  defaultViews: [
    { name: 'All incidents', type: 'list', sorts: [{ field: 'occurred_at', direction: 'desc' }] },
    { name: 'By severity', type: 'board', groupBy: 'severity', sorts: [{ field: 'occurred_at', direction: 'desc' }] },
  ],
}
