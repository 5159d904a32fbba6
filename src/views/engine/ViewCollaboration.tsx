import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { DragGhost } from '../../realtime/presence/dragGhosts'
import type { PresentUser } from '../../realtime/presence/presenceState'
import { useOthersPresent } from '../../realtime/presence/PresenceContext'
import { useDragBroadcast, useDragGhosts } from '../../realtime/presence/useDragGhosts'

/** What a renderer needs to show others at work in the same view, and to show its own drags to them. */
export interface ViewCollaborationValue {
  /** Where this user is dragging a record (renderer-specific place), or null when the drag ends. */
  reportDrag(recordId: string, place: unknown): void
  /** Everyone else's drags in this view, by record id. */
  ghosts: ReadonlyMap<string, DragGhost>
  /** Others with a record open, by record id. */
  viewersByRecord: ReadonlyMap<string, readonly PresentUser[]>
}

const ViewCollaborationContext = createContext<ViewCollaborationValue>({ reportDrag: () => undefined, ghosts: new Map(), viewersByRecord: new Map() })

export function useViewCollaboration(): ViewCollaborationValue {
  return useContext(ViewCollaborationContext)
}

export function ViewCollaborationProvider({ workspaceId, viewId, children }: { workspaceId: string; viewId: string; children: ReactNode }) {
  const reportDrag = useDragBroadcast(workspaceId, viewId)
  const ghosts = useDragGhosts(workspaceId, viewId)
  const others = useOthersPresent()
  const viewersByRecord = useMemo(() => {
    const byRecord = new Map<string, PresentUser[]>()
    for (const user of others) for (const id of user.recordIds) byRecord.set(id, [...(byRecord.get(id) ?? []), user])
    return byRecord
  }, [others])
  const value = useMemo(() => ({ reportDrag, ghosts, viewersByRecord }), [reportDrag, ghosts, viewersByRecord])
  return <ViewCollaborationContext.Provider value={value}>{children}</ViewCollaborationContext.Provider>
}
