import {
  currencyColumn,
  emailColumn,
  personColumn,
  phoneColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const peopleModule: ModuleDefinition = {
  key: 'people',
  label: 'People',
  singular: 'Person',
  table: 'personnel',
  fields: [
    textColumn('full_name', 'Name', { required: true }),
    textColumn('role_title', 'Role'),
    textColumn('department', 'Department'),
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
    emailColumn('email', 'Email'),
    phoneColumn('phone', 'Phone'),
    currencyColumn('day_rate', 'Day rate'),
    personColumn('profile_id', 'Callboard login'),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'active', label: 'Active', color: 'green' },
        { value: 'inactive', label: 'Inactive', color: 'gray' },
      ],
      { required: true },
    ),
    ...systemFields,
  ],
  titleField: 'full_name',
  // A directory, not a schedule: viewTypes offers no calendar or timeline; when someone joined is the only date.
  dateFields: { start: 'created_at' },
  viewTypes: ['list', 'board'],
  defaultViews: [
    { name: 'Everyone', type: 'list', sorts: [{ field: 'full_name', direction: 'asc' }] },
    { name: 'By employment', type: 'board', groupBy: 'employment_type', sorts: [{ field: 'full_name', direction: 'asc' }] },
  ],
  // Crew schedules show each person's hours, capacity and overtime in their lane.
  laneSummary: 'crew_hours',
}
