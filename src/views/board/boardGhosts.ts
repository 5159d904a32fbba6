import { z } from 'zod'
import type { DragGhost } from '../../realtime/presence/dragGhosts'

/** Where a card is being dragged on a board: the column and the card it would land before (null: the end). */
export const boardPlaceSchema = z.object({ columnKey: z.string(), beforeId: z.string().nullable() })
export type BoardPlace = z.infer<typeof boardPlaceSchema>

export interface BoardGhost extends DragGhost {
  place: BoardPlace
}

/** Others' drags grouped by the column they hover; places that are not a board's are ignored. */
export function ghostsByColumn(ghosts: ReadonlyMap<string, DragGhost>): ReadonlyMap<string, readonly BoardGhost[]> {
  const byColumn = new Map<string, BoardGhost[]>()
  for (const ghost of ghosts.values()) {
    const place = boardPlaceSchema.safeParse(ghost.place)
    if (!place.success) continue
    byColumn.set(place.data.columnKey, [...(byColumn.get(place.data.columnKey) ?? []), { ...ghost, place: place.data }])
  }
  return byColumn
}
