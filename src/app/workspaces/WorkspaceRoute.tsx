import { lazy, Suspense, useEffect, useMemo } from 'react'
import { supabase } from '../../lib/supabase/client'
import { findModule } from '../../modules/registry'
import { WorkspacePresence } from '../../realtime/presence/WorkspacePresence'
import { Spinner } from '../../ui/Spinner'
import { navigate } from '../routing/navigate'
import { workspacePath } from '../routing/routes'
import { defaultModuleKey } from './defaultModule'
import { rememberLastWorkspaceId } from './lastWorkspace'
import { WorkspaceLayout } from './WorkspaceLayout'
import { WorkspaceListError } from './WorkspaceListError'
import { workspaceCurrency } from './workspaceCurrency'
import { workspaceTimeZone } from './workspaceTimeZone'
import { findWorkspace, useWorkspaceStore } from './workspaceStore'

export interface WorkspaceRouteProps {
  userId: string
  workspaceId: string
  moduleKey: string | null
  viewId: string | null
  recordId: string | null
}

// The view engine (field types, stores, query compiler) is not needed to sign in or pick a workspace: it loads with
// the first workspace page, keeping the sign-in screen's JavaScript small.
const ViewHost = lazy(() => import('../../views/engine/ViewHost').then((m) => ({ default: m.ViewHost })))

const unknownWorkspaceNotice =
  'That workspace does not exist or you are not a member of it. Choose one of yours below.'

/**
 * Resolves /w/<workspaceId>/<moduleKey>/<viewId>?record=<id> against the user's workspaces and the module registry,
 * redirecting what does not resolve; every module opens through the view engine.
 */
export function WorkspaceRoute({ userId, workspaceId, moduleKey, viewId, recordId }: WorkspaceRouteProps) {
  const status = useWorkspaceStore((s) => s.status)
  const workspaces = useWorkspaceStore((s) => s.workspaces)
  const workspace = findWorkspace(workspaces, workspaceId)
  const module = moduleKey ? findModule(moduleKey) : undefined

  useEffect(() => {
    if (status !== 'ready') return
    if (!workspace) {
      useWorkspaceStore.getState().setNotice(unknownWorkspaceNotice)
      navigate('/', { replace: true })
    } else if (!module) {
      navigate(workspacePath(workspace.id, defaultModuleKey), { replace: true })
    } else {
      useWorkspaceStore.getState().setNotice(null)
      rememberLastWorkspaceId(userId, workspace.id)
    }
  }, [status, workspace, module, userId])

  const hostWorkspace = useMemo(
    () => (workspace ? { id: workspace.id, name: workspace.name, timeZone: workspaceTimeZone(workspace.settings), currency: workspaceCurrency(workspace.settings) } : null),
    [workspace],
  )

  if (status === 'error') {
    return (
      <main className="workspace-route__message">
        <WorkspaceListError />
      </main>
    )
  }
  if (!workspace || !module || !hostWorkspace) {
    // Still loading, or about to redirect (see the effect above).
    return (
      <main className="workspace-route__message" aria-busy="true">
        <Spinner label="Opening workspace" />
      </main>
    )
  }
  return (
    <WorkspacePresence client={supabase} workspaceId={workspace.id} userId={userId} moduleKey={module.key}>
      <WorkspaceLayout workspace={workspace} activeModuleKey={module.key}>
        <Suspense fallback={<Spinner label={`Loading ${module.label.toLowerCase()}`} />}>
          <ViewHost workspace={hostWorkspace} module={module} userId={userId} viewId={viewId} recordId={recordId} navigate={navigate} />
        </Suspense>
      </WorkspaceLayout>
    </WorkspacePresence>
  )
}
