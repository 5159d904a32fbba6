import { z } from 'zod'
import type { DragGhost } from '../../realtime/presence/dragGhosts'
import type { Span } from './timeScale'

/** Where someone is dragging a timeline bar: its span in day numbers (local days since 1970, end exclusive). */
const timelinePlaceSchema = z.object({ span: z.object({ start: z.number(), end: z.number() }) })

export interface TimelineGhost {
  userId: string
  name: string
  span: Span
}

/** Others' bar drags in this view by record id; places that are not a timeline's are ignored. */
export function timelineGhosts(ghosts: ReadonlyMap<string, DragGhost>): ReadonlyMap<string, TimelineGhost> {
  const byRecord = new Map<string, TimelineGhost>()
  for (const ghost of ghosts.values()) {
    const place = timelinePlaceSchema.safeParse(ghost.place)
    if (place.success) byRecord.set(ghost.recordId, { userId: ghost.userId, name: ghost.name, span: place.data.span })
  }
  return byRecord
}
