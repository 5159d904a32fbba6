import { createContext, useContext } from 'react'
import type { DragGhost } from '../../realtime/presence/dragGhosts'

/** What a renderer needs to show others at work in the same view: their drags, comment counts; and to show its own drags. */
export interface ViewCollaborationValue {
  /** Where this user is dragging a record (renderer-specific place), or null when the drag ends. */
  reportDrag(recordId: string, place: unknown): void
  /** Everyone else's drags in this view, by record id. */
  ghosts: ReadonlyMap<string, DragGhost>
  /** Comments per record of the view's module, live, for the badges on cards and rows. */
  commentCounts: ReadonlyMap<string, number>
}

// Apart from the provider, so a renderer reading it does not import what the provider subscribes and fetches with.
export const ViewCollaborationContext = createContext<ViewCollaborationValue>({ reportDrag: () => undefined, ghosts: new Map(), commentCounts: new Map() })

export function useViewCollaboration(): ViewCollaborationValue {
  return useContext(ViewCollaborationContext)
}
