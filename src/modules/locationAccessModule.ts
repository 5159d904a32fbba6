import { longTextColumn, phoneColumn, relationColumn, selectColumn, systemFields, textColumn } from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const locationAccessModule: ModuleDefinition = {
  key: 'location_access',
  label: 'Access points',
  singular: 'Access point',
  table: 'location_access',
  fields: [
    textColumn('name', 'Name', { required: true }),
    relationColumn('location_id', 'Location', 'locations', { required: true }),
    selectColumn(
      'access_type',
      'Type',
      [
        { value: 'door', label: 'Door', color: 'blue' },
        { value: 'gate', label: 'Gate', color: 'green' },
        { value: 'loading_dock', label: 'Loading dock', color: 'orange' },
        { value: 'lift', label: 'Lift', color: 'purple' },
        { value: 'other', label: 'Other', color: 'gray' },
      ],
      { required: true },
    ),
    textColumn('hours', 'Hours'),
    longTextColumn('instructions', 'Instructions'),
    textColumn('contact_name', 'Contact'),
    phoneColumn('contact_phone', 'Contact phone'),
    ...systemFields,
  ],
  titleField: 'name',
  dateFields: { start: 'created_at' },
  viewTypes: ['list', 'board'],
  defaultViews: [
    { name: 'All access points', type: 'list', sorts: [{ field: 'name', direction: 'asc' }] },
    { name: 'By type', type: 'board', groupBy: 'access_type', sorts: [{ field: 'name', direction: 'asc' }] },
  ],
}
