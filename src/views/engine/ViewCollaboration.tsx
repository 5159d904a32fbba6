import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { DragGhost } from '../../realtime/presence/dragGhosts'
import { useDragBroadcast, useDragGhosts } from '../../realtime/presence/useDragGhosts'

/** What a renderer needs to show others' drags in the same view, and to show its own drags to them. */
export interface ViewCollaborationValue {
  /** Where this user is dragging a record (renderer-specific place), or null when the drag ends. */
  reportDrag(recordId: string, place: unknown): void
  /** Everyone else's drags in this view, by record id. */
  ghosts: ReadonlyMap<string, DragGhost>
}

const ViewCollaborationContext = createContext<ViewCollaborationValue>({ reportDrag: () => undefined, ghosts: new Map() })

export function useViewCollaboration(): ViewCollaborationValue {
  return useContext(ViewCollaborationContext)
}

export function ViewCollaborationProvider({ workspaceId, viewId, children }: { workspaceId: string; viewId: string; children: ReactNode }) {
  const reportDrag = useDragBroadcast(workspaceId, viewId)
  const ghosts = useDragGhosts(workspaceId, viewId)
  const value = useMemo(() => ({ reportDrag, ghosts }), [reportDrag, ghosts])
  return <ViewCollaborationContext.Provider value={value}>{children}</ViewCollaborationContext.Provider>
}
