import type { Tone } from '../ui/tone'
import {
  currencyColumn,
  dateColumn,
  longTextColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'
import { productionStatuses } from './productionStatuses'

const toneColor: Record<Tone, string> = {
  neutral: 'gray',
  info: 'blue',
  accent: 'purple',
  warning: 'yellow',
  success: 'green',
  danger: 'red',
}

export const productionsModule: ModuleDefinition = {
  key: 'productions',
  label: 'Productions',
  singular: 'Production',
  table: 'productions',
  fields: [
    textColumn('name', 'Name', { required: true }),
    textColumn('code', 'Code'),
    selectColumn(
      'status',
      'Status',
      Object.entries(productionStatuses).map(([value, s]) => ({ value, label: s.label, color: toneColor[s.tone] })),
      { required: true },
    ),
    textColumn('venue', 'Venue'),
    dateColumn('start_date', 'Start date'),
    dateColumn('end_date', 'End date'),
    currencyColumn('budget', 'Budget'),
    longTextColumn('description', 'Description'),
    ...systemFields,
  ],
  titleField: 'name',
  dateFields: { start: 'start_date', end: 'end_date' },
  viewTypes: ['list', 'board', 'calendar', 'timeline'],
  defaultViews: [
    { name: 'All productions', type: 'list', sorts: [{ field: 'start_date', direction: 'asc' }] },
    { name: 'Season timeline', type: 'timeline', sorts: [{ field: 'start_date', direction: 'asc' }] },
    { name: 'By status', type: 'board', groupBy: 'status', sorts: [{ field: 'start_date', direction: 'asc' }] },
  ],
}
