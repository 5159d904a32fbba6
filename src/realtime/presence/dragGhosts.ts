import { z } from 'zod'

/**
 * A drag in progress, broadcast to everyone else in the workspace (ephemeral, never stored). `place` is the
 * renderer's own description of where the item would land (a board column and index, a calendar slot, a timeline
 * span); null ends the drag.
 */
export const dragEventSchema = z.object({
  userId: z.string(),
  name: z.string(),
  viewId: z.string(),
  recordId: z.string(),
  place: z.unknown().nullable(),
})
export type DragEvent = z.infer<typeof dragEventSchema>

export interface DragGhost {
  userId: string
  name: string
  recordId: string
  place: unknown
  /** When the last update arrived (ms), to drop ghosts of a client that vanished mid-drag. */
  at: number
}

/** Ghosts older than this are dropped: their drag ended without a word (a closed tab). */
export const GHOST_TTL_MS = 5_000

/** The ghosts of one view after an event: by record id, one per dragged record. Pure. */
export function applyDragEvent(ghosts: ReadonlyMap<string, DragGhost>, event: DragEvent, viewId: string, now: number): ReadonlyMap<string, DragGhost> {
  if (event.viewId !== viewId) return ghosts
  const next = new Map([...ghosts].filter(([, ghost]) => now - ghost.at < GHOST_TTL_MS))
  if (event.place === null || event.place === undefined) next.delete(event.recordId)
  else next.set(event.recordId, { userId: event.userId, name: event.name, recordId: event.recordId, place: event.place, at: now })
  return next
}
