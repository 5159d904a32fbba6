import {
  currencyColumn,
  dateColumn,
  longTextColumn,
  numberColumn,
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
    selectColumn(
      'tracking',
      'Tracking',
      [
        { value: 'serialized', label: 'Serialized (one unit)', color: 'gray' },
        { value: 'bulk', label: 'Bulk stock (by quantity)', color: 'blue' },
      ],
      { required: true },
    ),
    // Bulk stock is booked by quantity and runs short when the bookings at one moment need more than this.
    numberColumn('stock_quantity', 'Stock', { precision: 0, min: 1 }, { required: true }),
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
  // Gear schedules show each asset's use, and bulk stock short at its peak, in its lane.
  laneSummary: 'asset_utilization',
}
