/** Where a dragged card would land: a column and the card it would sit before (null: the end of the column). */
export interface DropTarget {
  columnKey: string
  beforeId: string | null
}

/**
 * Reads the insertion point under the pointer from the cards rendered in a column (a virtualised column renders
 * only those on screen, which is where the pointer is). The first card whose middle is below the pointer is the
 * one to land before; past the last rendered card, the next one in the column's order (or the end).
 */
export function dropTargetAt(
  columnKey: string,
  columnElement: Element | null,
  pointerY: number,
  columnIds: readonly string[],
  draggedId: string,
): DropTarget {
  const ids = columnIds.filter((id) => id !== draggedId)
  const cards = columnElement ? Array.from(columnElement.querySelectorAll<HTMLElement>('[data-card-id]')) : []
  let lastRendered: string | null = null
  for (const card of cards) {
    const id = card.dataset.cardId
    if (!id || id === draggedId) continue
    const rect = card.getBoundingClientRect()
    if (pointerY < rect.top + rect.height / 2) return { columnKey, beforeId: id }
    lastRendered = id
  }
  if (lastRendered === null) return { columnKey, beforeId: cards.length === 0 ? null : (ids[0] ?? null) }
  const next = ids[ids.indexOf(lastRendered) + 1]
  return { columnKey, beforeId: next ?? null }
}

export function sameTarget(a: DropTarget | null, b: DropTarget | null): boolean {
  return a?.columnKey === b?.columnKey && a?.beforeId === b?.beforeId
}
