/** The selected record ids (as keys) and the anchor a Shift+click selects a range from. */
export interface ListSelection {
  selected: Readonly<Record<string, true>>
  anchor: string | null
}

export const EMPTY_SELECTION: ListSelection = { selected: {}, anchor: null }

/**
 * A click on a row's checkbox: toggles the row, or with Shift sets every row from the anchor to it (in the list's
 * order) to the clicked row's new state, as spreadsheets and mail clients do. The list's order is passed in, so the
 * selection needs no row model of its own (the rows may be 100k).
 */
export function toggleRow(selection: ListSelection, id: string, order: readonly string[], range: boolean): ListSelection {
  const select = !selection.selected[id]
  const anchorIndex = range && selection.anchor !== null ? order.indexOf(selection.anchor) : -1
  const index = anchorIndex >= 0 ? order.indexOf(id) : -1
  const ids = index >= 0 ? order.slice(Math.min(anchorIndex, index), Math.max(anchorIndex, index) + 1) : [id]
  const selected: Record<string, true> = { ...selection.selected }
  for (const each of ids) {
    if (select) selected[each] = true
    else delete selected[each]
  }
  return { selected, anchor: id }
}

/** The header checkbox: selects every row of the list unless all are selected already, then clears. */
export function toggleAll(selection: ListSelection, order: readonly string[]): ListSelection {
  if (allSelected(selection, order)) return EMPTY_SELECTION
  return { selected: Object.fromEntries(order.map((id) => [id, true as const])), anchor: null }
}

export function allSelected(selection: ListSelection, order: readonly string[]): boolean {
  return order.length > 0 && order.every((id) => selection.selected[id])
}

export function someSelected(selection: ListSelection, order: readonly string[]): boolean {
  // Nothing selected (the usual case) answers without walking the rows.
  if (Object.keys(selection.selected).length === 0) return false
  return order.some((id) => selection.selected[id]) && !allSelected(selection, order)
}
