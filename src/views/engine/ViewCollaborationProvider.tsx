import { useMemo, type ReactNode } from 'react'
import { useCommentCounts } from '../../realtime/comments/useCommentCounts'
import { useDragBroadcast, useDragGhosts } from '../../realtime/presence/useDragGhosts'
import { ViewCollaborationContext } from './useViewCollaboration'

export function ViewCollaborationProvider({ workspaceId, viewId, table, children }: { workspaceId: string; viewId: string; table: string; children: ReactNode }) {
  const reportDrag = useDragBroadcast(workspaceId, viewId)
  const ghosts = useDragGhosts(workspaceId, viewId)
  const commentCounts = useCommentCounts(workspaceId, table)
  const value = useMemo(() => ({ reportDrag, ghosts, commentCounts }), [reportDrag, ghosts, commentCounts])
  return <ViewCollaborationContext.Provider value={value}>{children}</ViewCollaborationContext.Provider>
}
