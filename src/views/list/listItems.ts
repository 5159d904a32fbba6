import type { ViewGroup } from '../store/ViewStore'

/** One virtual row of the list: a group header or a record. */
export type ListItem = { kind: 'group'; group: ViewGroup } | { kind: 'record'; id: string; groupKey: string }

/**
 * Flattens groups into the rows the virtualizer windows over: a header per group (when grouped) followed by its
 * records unless collapsed. A multi-valued group field can list a record under several groups.
 */
export function buildListItems(groups: readonly ViewGroup[], groupedIds: Readonly<Record<string, string[]>>, grouped: boolean): ListItem[] {
  const items: ListItem[] = []
  for (const group of groups) {
    if (grouped) items.push({ kind: 'group', group })
    if (grouped && group.collapsed) continue
    for (const id of groupedIds[group.key] ?? []) items.push({ kind: 'record', id, groupKey: group.key })
  }
  return items
}
