import type { DefaultViewDefinition } from './ModuleDefinition'

/**
 * A list of what runs out within `days` from today, or already has (a date field on or before today + days, moving
 * with the calendar), soonest first: the compliance worklist of certificates and permits.
 */
export function expiringWithin(field: string, days: number): DefaultViewDefinition {
  return {
    name: `Expiring in ${days} days`,
    type: 'list',
    sorts: [{ field, direction: 'asc' }],
    filter: {
      kind: 'group', id: `${field}-expiring`, conjunction: 'and',
      children: [{ kind: 'condition', id: `${field}-by`, field, operator: 'on_or_before', value: { relative: 'today', days } }],
    },
  }
}
