import { useEffect } from 'react'
import { findModule } from '../../modules/registry'
import { Spinner } from '../../ui/Spinner'
import { navigate } from '../routing/navigate'
import { workspacePath } from '../routing/routes'
import { rememberLastWorkspaceId } from './lastWorkspace'
import { defaultModuleKey, modulePages } from './modulePages'
import { WorkspaceLayout } from './WorkspaceLayout'
import { WorkspaceListError } from './WorkspaceListError'
import { findWorkspace, useWorkspaceStore } from './workspaceStore'

export interface WorkspaceRouteProps {
  userId: string
  workspaceId: string
  moduleKey: string | null
}

const unknownWorkspaceNotice =
  'That workspace does not exist or you are not a member of it. Choose one of yours below.'

/** Resolves /w/<workspaceId>/<moduleKey> against the user's workspaces and modules, redirecting what does not resolve. */
export function WorkspaceRoute({ userId, workspaceId, moduleKey }: WorkspaceRouteProps) {
  const status = useWorkspaceStore((s) => s.status)
  const workspaces = useWorkspaceStore((s) => s.workspaces)
  const workspace = findWorkspace(workspaces, workspaceId)
  const module = moduleKey ? findModule(moduleKey) : undefined
  const Page = module ? modulePages[module.key] : undefined

  useEffect(() => {
    if (status !== 'ready') return
    if (!workspace) {
      useWorkspaceStore.getState().setNotice(unknownWorkspaceNotice)
      navigate('/', { replace: true })
    } else if (!Page) {
      navigate(workspacePath(workspace.id, defaultModuleKey), { replace: true })
    } else {
      useWorkspaceStore.getState().setNotice(null)
      rememberLastWorkspaceId(userId, workspace.id)
    }
  }, [status, workspace, Page, userId])

  if (status === 'error') {
    return (
      <main className="workspace-route__message">
        <WorkspaceListError />
      </main>
    )
  }
  if (!workspace || !module || !Page) {
    // Still loading, or about to redirect (see the effect above).
    return (
      <main className="workspace-route__message" aria-busy="true">
        <Spinner label="Opening workspace" />
      </main>
    )
  }
  return (
    <WorkspaceLayout workspace={workspace} activeModuleKey={module.key}>
      <Page workspace={workspace} module={module} />
    </WorkspaceLayout>
  )
}
