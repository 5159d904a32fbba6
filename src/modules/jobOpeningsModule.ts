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
import { departmentOptions } from './teamsModule'

export const jobOpeningsModule: ModuleDefinition = {
  key: 'job_openings',
  label: 'Job openings',
  singular: 'Job opening',
  table: 'job_openings',
  fields: [
    textColumn('title', 'Title', { required: true }),
    selectColumn('department', 'Department', departmentOptions),
    relationColumn('production_id', 'Production', 'productions'),
    selectColumn(
      'employment_type',
      'Employment',
      [
        { value: 'staff', label: 'Staff', color: 'blue' },
        { value: 'crew', label: 'Crew', color: 'teal' },
        { value: 'freelance', label: 'Freelance', color: 'purple' },
        { value: 'contractor', label: 'Contractor', color: 'orange' },
      ],
      { required: true },
    ),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'draft', label: 'Draft', color: 'gray' },
        { value: 'open', label: 'Open', color: 'green' },
        { value: 'closed', label: 'Closed', color: 'red' },
        { value: 'filled', label: 'Filled', color: 'blue' },
      ],
      { required: true },
    ),
    dateColumn('opens_on', 'Opens'),
    dateColumn('closes_on', 'Closes'),
    currencyColumn('day_rate', 'Day rate'),
    longTextColumn('description', 'Description'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'opens_on', end: 'closes_on' },
  viewTypes: ['list', 'board', 'calendar', 'timeline'],
  defaultViews: [
    { name: 'All openings', type: 'list', sorts: [{ field: 'closes_on', direction: 'asc' }] },
    { name: 'By status', type: 'board', groupBy: 'status', sorts: [{ field: 'closes_on', direction: 'asc' }] },
  ],
}
