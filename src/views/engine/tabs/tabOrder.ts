import { positionBetween } from '../../store/positionBetween'

interface Placed {
  id: string
  position: string | null
}

/**
 * Views in tab order: by `position` in byte order (the column's "C" collation), views without one last, ties in the
 * order given (the server's, by creation), so the client agrees with `order=position.asc.nullslast,created_at`.
 */
export function sortByPosition<View extends Placed>(views: readonly View[]): View[] {
  return [...views].sort((a, b) => {
    if (a.position === b.position) return 0
    if (a.position === null) return 1
    if (b.position === null) return -1
    return a.position < b.position ? -1 : 1
  })
}

/**
 * The position writes that move view `id` to `toIndex` in `views` (already in tab order). Usually one row: a key
 * between its new neighbours. Views without a position sort last, so any the moved view passes over get keys too.
 */
export function tabOrderUpdates(views: readonly Placed[], id: string, toIndex: number): Placed[] {
  const from = views.findIndex((view) => view.id === id)
  const moved = views[from]
  if (!moved) return []
  const target = Math.max(0, Math.min(views.length - 1, toIndex))
  if (target === from) return []
  const order = views.filter((view) => view.id !== id)
  order.splice(target, 0, moved)

  const updates: Placed[] = []
  let previous: string | null = null
  for (let i = 0; i <= target; i++) {
    const view = order[i] as Placed
    if (view.id !== id && view.position !== null) {
      previous = view.position
      continue
    }
    const next = order.slice(i + 1).find((candidate) => candidate.position !== null)?.position ?? null
    previous = positionBetween(previous, i === target ? next : null)
    updates.push({ id: view.id, position: previous })
  }
  return updates
}
