import {
  currencyColumn,
  dateColumn,
  longTextColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const assetsModule: ModuleDefinition = {
  key: 'assets',
  label: 'Assets',
  singular: 'Asset',
  table: 'assets',
  fields: [
    textColumn('name', 'Name', { required: true }),
    textColumn('asset_tag', 'Asset tag'),
    selectColumn(
      'category',
      'Category',
      [
        { value: 'audio', label: 'Audio', color: 'purple' },
        { value: 'lighting', label: 'Lighting', color: 'yellow' },
        { value: 'video', label: 'Video', color: 'teal' },
        { value: 'rigging', label: 'Rigging', color: 'red' },
        { value: 'staging', label: 'Staging', color: 'green' },
        { value: 'power', label: 'Power', color: 'orange' },
        { value: 'backline', label: 'Backline', color: 'pink' },
        { value: 'other', label: 'Other', color: 'gray' },
      ],
      { required: true },
    ),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'available', label: 'Available', color: 'green' },
        { value: 'in_use', label: 'In use', color: 'blue' },
        { value: 'maintenance', label: 'Maintenance', color: 'yellow' },
        { value: 'retired', label: 'Retired', color: 'gray' },
      ],
      { required: true },
    ),
    textColumn('location', 'Location'),
    dateColumn('purchase_date', 'Purchased'),
    currencyColumn('value', 'Value'),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'name',
  dateFields: { start: 'purchase_date' },
  viewTypes: ['list', 'board'],
  defaultViews: [
    { name: 'All assets', type: 'list', sorts: [{ field: 'name', direction: 'asc' }] },
    { name: 'By category', type: 'board', groupBy: 'category', sorts: [{ field: 'name', direction: 'asc' }] },
  ],
}
