import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useCommentCounts } from '../../realtime/comments/useCommentCounts'
import type { DragGhost } from '../../realtime/presence/dragGhosts'
import { useDragBroadcast, useDragGhosts } from '../../realtime/presence/useDragGhosts'

/** What a renderer needs to show others at work in the same view: their drags, comment counts; and to show its own drags. */
export interface ViewCollaborationValue {
  /** Where this user is dragging a record (renderer-specific place), or null when the drag ends. */
  reportDrag(recordId: string, place: unknown): void
  /** Everyone else's drags in this view, by record id. */
  ghosts: ReadonlyMap<string, DragGhost>
  /** Comments per record of the view's module, live, for the badges on cards and rows. */
  commentCounts: ReadonlyMap<string, number>
}

const ViewCollaborationContext = createContext<ViewCollaborationValue>({ reportDrag: () => undefined, ghosts: new Map(), commentCounts: new Map() })

export function useViewCollaboration(): ViewCollaborationValue {
  return useContext(ViewCollaborationContext)
}

export function ViewCollaborationProvider({ workspaceId, viewId, table, children }: { workspaceId: string; viewId: string; table: string; children: ReactNode }) {
  const reportDrag = useDragBroadcast(workspaceId, viewId)
  const ghosts = useDragGhosts(workspaceId, viewId)
  const commentCounts = useCommentCounts(workspaceId, table)
  const value = useMemo(() => ({ reportDrag, ghosts, commentCounts }), [reportDrag, ghosts, commentCounts])
  return <ViewCollaborationContext.Provider value={value}>{children}</ViewCollaborationContext.Provider>
}
