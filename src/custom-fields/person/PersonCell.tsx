import { EmptyValue } from '../../ui/EmptyValue'
import type { CellProps } from '../FieldType'
import type { PersonConfig } from './personFieldType'
import { useWorkspaceMembers } from './WorkspaceMembersProvider'

export function PersonCell({ value }: CellProps<string, PersonConfig>) {
  const { byId } = useWorkspaceMembers()
  if (value === null || value === '') return <EmptyValue />
  const member = byId.get(value)
  // Someone who left the workspace is still shown, as "Former member", rather than as a bare id.
  return (
    <span className="cf-cell cf-person" title={member?.email ?? undefined}>
      {member?.name ?? 'Former member'}
    </span>
  )
}
