import { createContext, useContext, useMemo } from 'react'
import type { PresentUser } from './presenceState'

export interface WorkspacePresenceValue {
  /** The signed-in user (their other tabs count as "them", not as someone else). */
  selfId: string
  /** Everyone present in the workspace, the user included. */
  users: readonly PresentUser[]
}

export const PresenceContext = createContext<WorkspacePresenceValue>({ selfId: '', users: [] })

/** Everyone else present in the workspace. */
export function useOthersPresent(): readonly PresentUser[] {
  const { selfId, users } = useContext(PresenceContext)
  return useMemo(() => users.filter((user) => user.userId !== selfId), [users, selfId])
}

/** Others in the same view. */
export function useOthersInView(viewId: string | null): readonly PresentUser[] {
  const others = useOthersPresent()
  return useMemo(() => (viewId ? others.filter((user) => user.viewIds.includes(viewId)) : []), [others, viewId])
}

/** Others with the same record open. */
export function useOthersOnRecord(recordId: string | null): readonly PresentUser[] {
  const others = useOthersPresent()
  return useMemo(() => (recordId ? others.filter((user) => user.recordIds.includes(recordId)) : []), [others, recordId])
}

/** Who else is editing which field of which record: `${recordId}:${field}` -> people. */
export function useOthersEditing(): ReadonlyMap<string, readonly PresentUser[]> {
  const others = useOthersPresent()
  return useMemo(() => {
    const byCell = new Map<string, PresentUser[]>()
    for (const user of others) {
      for (const { recordId, field } of user.editing) {
        const key = `${recordId}:${field}`
        byCell.set(key, [...(byCell.get(key) ?? []), user])
      }
    }
    return byCell
  }, [others])
}
