import type { WorkspaceMember } from '../../custom-fields/person/WorkspaceMembersProvider'
import { moduleRegistry } from '../../modules/registry'
import { activityActions, type ActivityFilter } from '../../realtime/activities/activitySchema'
import { SelectField } from '../../ui/SelectField'
import './ActivityFilters.css'

const actionLabels: Record<(typeof activityActions)[number], string> = {
  created: 'Created',
  updated: 'Updated',
  deleted: 'Deleted',
  restored: 'Restored',
  commented: 'Commented',
  assigned: 'Assigned',
}

export interface ActivityFiltersProps {
  filter: ActivityFilter
  members: readonly WorkspaceMember[]
  onChange(filter: ActivityFilter): void
}

/** Person, module and action: each "any" when empty. */
export function ActivityFilters({ filter, members, onChange }: ActivityFiltersProps) {
  return (
    <div className="activity-filters">
      <SelectField
        label="Person"
        placeholder="Anyone"
        value={filter.userId ?? ''}
        options={members.map((member) => ({ value: member.id, label: member.name }))}
        onChange={(event) => onChange({ ...filter, userId: event.target.value || null })}
      />
      <SelectField
        label="Module"
        placeholder="All modules"
        value={filter.entityType ?? ''}
        options={moduleRegistry.map((module) => ({ value: module.table, label: module.label }))}
        onChange={(event) => onChange({ ...filter, entityType: event.target.value || null })}
      />
      <SelectField
        label="Action"
        placeholder="Any action"
        value={filter.action ?? ''}
        options={activityActions.map((action) => ({ value: action, label: actionLabels[action] }))}
        onChange={(event) => onChange({ ...filter, action: event.target.value || null })}
      />
    </div>
  )
}
