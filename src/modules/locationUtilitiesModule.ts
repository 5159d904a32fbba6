import { dateColumn, longTextColumn, relationColumn, selectColumn, systemFields, textColumn } from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const locationUtilitiesModule: ModuleDefinition = {
  key: 'location_utilities',
  label: 'Utilities',
  singular: 'Utility',
  table: 'location_utilities',
  fields: [
    textColumn('name', 'Name', { required: true }),
    relationColumn('location_id', 'Location', 'locations', { required: true }),
    selectColumn(
      'utility_type',
      'Type',
      [
        { value: 'power', label: 'Power', color: 'orange' },
        { value: 'water', label: 'Water', color: 'blue' },
        { value: 'data', label: 'Data', color: 'purple' },
        { value: 'rigging', label: 'Rigging', color: 'red' },
        { value: 'gas', label: 'Gas', color: 'yellow' },
        { value: 'other', label: 'Other', color: 'gray' },
      ],
      { required: true },
    ),
    // Text, not a number: "Powerlock 400 A", "12 x 1 t points".
    textColumn('capacity', 'Capacity'),
    longTextColumn('details', 'Details'),
    dateColumn('last_inspected_on', 'Last inspected'),
    ...systemFields,
  ],
  titleField: 'name',
  dateFields: { start: 'last_inspected_on' },
  viewTypes: ['list', 'board'],
  defaultViews: [
    { name: 'All utilities', type: 'list', sorts: [{ field: 'name', direction: 'asc' }] },
    { name: 'By type', type: 'board', groupBy: 'utility_type', sorts: [{ field: 'name', direction: 'asc' }] },
    { name: 'Inspections', type: 'list', sorts: [{ field: 'last_inspected_on', direction: 'asc' }] },
  ],
}
