import { useEffect, useRef } from 'react'
import { navigate } from '../routing/navigate'
import { workspacePath, type Route } from '../routing/routes'
import { chooseLandingWorkspace } from './chooseLandingWorkspace'
import { readLastWorkspaceId } from './lastWorkspace'
import { defaultModuleKey } from './defaultModule'
import { useWorkspaceStore } from './workspaceStore'

/**
 * Right after sign-in (or a load of `/`), skips the picker when the answer is obvious: the workspace
 * opened last time, or the only one. It decides once per session, so "Switch workspace" later always
 * shows the picker, and it never overrides a URL that already names a workspace.
 */
export function WorkspaceLandingEffect({ userId, route }: { userId: string; route: Route }) {
  const status = useWorkspaceStore((s) => s.status)
  const workspaces = useWorkspaceStore((s) => s.workspaces)
  const decided = useRef(false)

  useEffect(() => {
    if (decided.current || status !== 'ready') return
    decided.current = true
    if (route.name !== 'workspaces') return
    const workspaceId = chooseLandingWorkspace(workspaces, readLastWorkspaceId(userId))
    if (workspaceId) navigate(workspacePath(workspaceId, defaultModuleKey), { replace: true })
  }, [status, workspaces, route, userId])

  return null
}
