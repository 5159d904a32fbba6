import {
  dateTimeColumn,
  longTextColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

// Check-outs and check-ins. The database keeps each asset's status in step with them and refuses the impossible
// (out while in maintenance, out twice, in when not out); see 20261203000500_asset_movements.sql.
export const assetTransactionsModule: ModuleDefinition = {
  key: 'asset_transactions',
  label: 'Check-outs',
  singular: 'Check-out',
  table: 'asset_transactions',
  fields: [
    // Filled in by the database when left empty ("Check-out: <asset>").
    textColumn('title', 'Title', { required: true }),
    relationColumn('asset_id', 'Asset', 'assets', { required: true }),
    selectColumn(
      'transaction_type',
      'Movement',
      [
        { value: 'check_out', label: 'Check-out', color: 'blue' },
        { value: 'check_in', label: 'Check-in', color: 'green' },
      ],
      { required: true },
    ),
    relationColumn('person_id', 'Person', 'people'),
    relationColumn('production_id', 'Production', 'productions'),
    relationColumn('event_id', 'Event', 'events'),
    dateTimeColumn('happened_at', 'When', { required: true }),
    dateTimeColumn('due_back_at', 'Due back'),
    selectColumn('condition', 'Condition', [
      { value: 'good', label: 'Good', color: 'green' },
      { value: 'worn', label: 'Worn', color: 'yellow' },
      { value: 'damaged', label: 'Damaged', color: 'orange' },
      { value: 'lost', label: 'Lost', color: 'red' },
    ]),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'happened_at', end: 'due_back_at' },
  viewTypes: ['list', 'board', 'calendar'],
  defaultViews: [
    { name: 'Latest movements', type: 'list', sorts: [{ field: 'happened_at', direction: 'desc' }] },
    { name: 'By movement', type: 'board', groupBy: 'transaction_type', sorts: [{ field: 'happened_at', direction: 'desc' }] },
    { name: 'By condition', type: 'board', groupBy: 'condition', sorts: [{ field: 'happened_at', direction: 'desc' }] },
  ],
}
