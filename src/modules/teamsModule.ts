import type { SelectOption } from '../custom-fields/shared/selectOption'
import { longTextColumn, relationColumn, selectColumn, systemFields, textColumn } from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

/**
 * The departments of a theatre company, shared by teams and job openings: the CHECKs of teams.department and
 * job_openings.department list the same values (the module catalog contract holds both to this list).
 */
export const departmentOptions: readonly SelectOption[] = [
  { value: 'production', label: 'Production', color: 'blue' },
  { value: 'stage_management', label: 'Stage management', color: 'purple' },
  { value: 'lighting', label: 'Lighting', color: 'yellow' },
  { value: 'sound', label: 'Sound', color: 'teal' },
  { value: 'rigging', label: 'Rigging', color: 'red' },
  { value: 'wardrobe', label: 'Wardrobe', color: 'pink' },
  { value: 'scenic', label: 'Scenic', color: 'orange' },
  { value: 'video', label: 'Video', color: 'green' },
  { value: 'other', label: 'Other', color: 'gray' },
]

export const teamsModule: ModuleDefinition = {
  key: 'teams',
  label: 'Teams',
  singular: 'Team',
  table: 'teams',
  fields: [
    textColumn('name', 'Name', { required: true }),
    selectColumn('department', 'Department', departmentOptions),
    relationColumn('lead_id', 'Lead', 'people'),
    relationColumn('production_id', 'Production', 'productions'),
    longTextColumn('description', 'Description'),
    ...systemFields,
  ],
  titleField: 'name',
  // A roster, not a schedule: no calendar or timeline; when the team was set up is the only date.
  dateFields: { start: 'created_at' },
  viewTypes: ['list', 'board'],
  defaultViews: [
    { name: 'All teams', type: 'list', sorts: [{ field: 'name', direction: 'asc' }] },
    { name: 'By department', type: 'board', groupBy: 'department', sorts: [{ field: 'name', direction: 'asc' }] },
  ],
}
