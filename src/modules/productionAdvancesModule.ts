import {
  dateColumn,
  longTextColumn,
  numberColumn,
  personColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

// What a production asks for ahead of its dates. Only workspace admins approve or decline (the database refuses
// anyone else with 42501), so a member dragging a card to Approved is told no.
export const productionAdvancesModule: ModuleDefinition = {
  key: 'production_advances',
  label: 'Advances',
  singular: 'Advance',
  table: 'production_advances',
  fields: [
    textColumn('item', 'Item', { required: true }),
    relationColumn('production_id', 'Production', 'productions', { required: true }),
    numberColumn('quantity', 'Quantity', { precision: 0, min: 1 }, { required: true }),
    relationColumn('asset_id', 'Asset', 'assets'),
    dateColumn('needed_by', 'Needed by'),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'requested', label: 'Requested', color: 'yellow' },
        { value: 'approved', label: 'Approved', color: 'green' },
        { value: 'ordered', label: 'Ordered', color: 'blue' },
        { value: 'delivered', label: 'Delivered', color: 'teal' },
        { value: 'declined', label: 'Declined', color: 'red' },
      ],
      { required: true },
    ),
    personColumn('requested_by', 'Requested by'),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'item',
  dateFields: { start: 'needed_by' },
  viewTypes: ['list', 'board', 'calendar'],
  defaultViews: [
    { name: 'All advances', type: 'list', sorts: [{ field: 'needed_by', direction: 'asc' }] },
    { name: 'By status', type: 'board', groupBy: 'status', sorts: [{ field: 'needed_by', direction: 'asc' }] },
  ],
}
