import { longTextColumn, numberColumn, relationColumn, selectColumn, systemFields, textColumn } from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const locationsModule: ModuleDefinition = {
  key: 'locations',
  label: 'Locations',
  singular: 'Location',
  table: 'locations',
  fields: [
    textColumn('name', 'Name', { required: true }),
    selectColumn(
      'location_type',
      'Type',
      [
        { value: 'venue', label: 'Venue', color: 'purple' },
        { value: 'space', label: 'Space', color: 'blue' },
        { value: 'office', label: 'Office', color: 'gray' },
        { value: 'warehouse', label: 'Warehouse', color: 'orange' },
        { value: 'other', label: 'Other', color: 'gray' },
      ],
      { required: true },
    ),
    relationColumn('parent_id', 'Part of', 'locations'),
    textColumn('address', 'Address'),
    textColumn('city', 'City'),
    numberColumn('capacity', 'Capacity', { precision: 0, min: 0 }),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'active', label: 'Active', color: 'green' },
        { value: 'inactive', label: 'Inactive', color: 'gray' },
      ],
      { required: true },
    ),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'name',
  dateFields: { start: 'created_at' },
  viewTypes: ['list', 'board'],
  defaultViews: [
    { name: 'All locations', type: 'list', sorts: [{ field: 'name', direction: 'asc' }] },
    { name: 'By type', type: 'board', groupBy: 'location_type', sorts: [{ field: 'name', direction: 'asc' }] },
  ],
}
