import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { FieldType, FilterContext } from '../../custom-fields/FieldType'
import type { WorkspaceMember } from '../../custom-fields/person/WorkspaceMembersProvider'
import type { ViewGroup } from '../store/ViewStore'

const probe: FilterContext = { today: '2000-01-01', now: '2000-01-01T00:00:00.000Z', timeZone: 'UTC', userId: '00000000-0000-4000-8000-000000000001' }

/**
 * Whether a field's values are workspace members, asked of its type rather than its id: a type whose "is" operand
 * `me` resolves to the signed-in user holds people (a relation, also a uuid, does not).
 */
export function holdsWorkspaceMembers(field: FieldDefinition, type: FieldType | undefined): boolean {
  if (!type?.groupKeys || !type.valueForGroup) return false
  return type.operators.some((operator) => operator.arity === 1 && operator.operand?.('me', field.config, probe) === probe.userId)
}

/**
 * Board columns for a person field: one per workspace member, in the directory's order, even without cards (so a card
 * can be dropped on anyone); then groups of people no longer members; "no value" last, as the store put it.
 */
export function withMemberColumns(
  groups: readonly ViewGroup[],
  members: readonly WorkspaceMember[],
  field: FieldDefinition,
  type: FieldType,
  isCollapsed: (key: string) => boolean,
): ViewGroup[] {
  const byKey = new Map(groups.map((group) => [group.key, group]))
  const memberColumns: ViewGroup[] = []
  const seen = new Set<string>()
  for (const member of members) {
    // The type says which group a member's id falls in (ids are compared in its canonical form).
    const key = type.groupKeys?.(member.id, field.config)[0]
    if (!key || seen.has(key)) continue
    seen.add(key)
    memberColumns.push(byKey.get(key) ?? { key, label: member.name, count: 0, collapsed: isCollapsed(key) })
  }
  const rest = groups.filter((group) => !seen.has(group.key))
  return [...memberColumns, ...rest.filter((group) => group.key !== ''), ...rest.filter((group) => group.key === '')]
}
