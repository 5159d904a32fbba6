import { useEffect } from 'react'
import { useWorkspaceStore } from './workspaceStore'

/** Loads the workspace list when a user signs in, and forgets it when they sign out or another user signs in. */
export function WorkspaceListEffect({ userId }: { userId: string }) {
  useEffect(() => {
    const { load, reset } = useWorkspaceStore.getState()
    void load()
    return reset
  }, [userId])
  return null
}
