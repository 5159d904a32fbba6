import {
  currencyColumn,
  dateColumn,
  longTextColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

// Marking the last open record of an asset in maintenance done puts it back in service (the database does it).
export const assetMaintenanceModule: ModuleDefinition = {
  key: 'asset_maintenance',
  label: 'Maintenance',
  singular: 'Maintenance record',
  table: 'asset_maintenance',
  fields: [
    textColumn('title', 'Title', { required: true }),
    relationColumn('asset_id', 'Asset', 'assets', { required: true }),
    selectColumn(
      'maintenance_type',
      'Type',
      [
        { value: 'inspection', label: 'Inspection', color: 'blue' },
        { value: 'repair', label: 'Repair', color: 'red' },
        { value: 'service', label: 'Service', color: 'purple' },
        { value: 'pat_test', label: 'PAT test', color: 'yellow' },
        { value: 'other', label: 'Other', color: 'gray' },
      ],
      { required: true },
    ),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'scheduled', label: 'Scheduled', color: 'yellow' },
        { value: 'in_progress', label: 'In progress', color: 'blue' },
        { value: 'done', label: 'Done', color: 'green' },
        { value: 'cancelled', label: 'Cancelled', color: 'gray' },
      ],
      { required: true },
    ),
    dateColumn('scheduled_on', 'Scheduled'),
    // Today when a record is marked done without one.
    dateColumn('completed_on', 'Completed'),
    currencyColumn('cost', 'Cost'),
    textColumn('performed_by', 'Performed by'),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'scheduled_on' },
  viewTypes: ['list', 'board', 'calendar'],
  defaultViews: [
    { name: 'Schedule', type: 'list', sorts: [{ field: 'scheduled_on', direction: 'asc' }] },
    { name: 'By status', type: 'board', groupBy: 'status', sorts: [{ field: 'scheduled_on', direction: 'asc' }] },
    { name: 'Calendar', type: 'calendar' },
  ],
}
