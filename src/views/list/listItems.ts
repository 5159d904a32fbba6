import type { ViewGroup } from '../store/ViewStore'

/** One virtual row of the list: a group header or a record. */
export type ListItem = { kind: 'group'; group: ViewGroup } | { kind: 'record'; id: string; groupKey: string }

/** The rows the virtualizer windows over, read by index: only the rows on screen are ever materialised. */
export interface ListItems {
  readonly length: number
  at(index: number): ListItem | undefined
  /** The record rows in order, once each (a record under several groups of a multi-select field is one row). */
  readonly recordIds: readonly string[]
}

/**
 * Flattens groups into rows: a header per group (when grouped) followed by its records unless collapsed. Ungrouped,
 * the store's id list is the list itself, so a sort or filter over 100k rows allocates nothing here.
 */
export function buildListItems(groups: readonly ViewGroup[], groupedIds: Readonly<Record<string, string[]>>, grouped: boolean): ListItems {
  if (!grouped) {
    const groupKey = groups[0]?.key ?? ''
    const ids = groupedIds[groupKey] ?? []
    return { length: ids.length, at: (index) => recordItem(ids[index], groupKey), recordIds: ids }
  }
  const items: ListItem[] = []
  for (const group of groups) {
    items.push({ kind: 'group', group })
    if (group.collapsed) continue
    for (const id of groupedIds[group.key] ?? []) items.push({ kind: 'record', id, groupKey: group.key })
  }
  const recordIds = [...new Set(items.flatMap((item) => (item.kind === 'record' ? [item.id] : [])))]
  return { length: items.length, at: (index) => items[index], recordIds }
}

function recordItem(id: string | undefined, groupKey: string): ListItem | undefined {
  return id === undefined ? undefined : { kind: 'record', id, groupKey }
}
