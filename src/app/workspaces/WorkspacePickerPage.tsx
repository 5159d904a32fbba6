import { useMemo } from 'react'
import { Callout } from '../../ui/Callout'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { Pill } from '../../ui/Pill'
import { Spinner } from '../../ui/Spinner'
import { RouteLink } from '../routing/RouteLink'
import { workspacePath } from '../routing/routes'
import { groupWorkspacesByOrganization } from './groupWorkspacesByOrganization'
import { readLastWorkspaceId } from './lastWorkspace'
import { defaultModuleKey } from './defaultModule'
import { WorkspaceListError } from './WorkspaceListError'
import { useWorkspaceStore } from './workspaceStore'
import './WorkspacePickerPage.css'

export function WorkspacePickerPage({ userId }: { userId: string }) {
  const status = useWorkspaceStore((s) => s.status)
  const workspaces = useWorkspaceStore((s) => s.workspaces)
  const notice = useWorkspaceStore((s) => s.notice)
  const groups = useMemo(() => groupWorkspacesByOrganization(workspaces), [workspaces])
  const lastWorkspaceId = readLastWorkspaceId(userId)
  const loading = status === 'idle' || status === 'loading'

  return (
    <main className="workspace-picker" aria-labelledby="picker-title" aria-busy={loading}>
      <PageHeader title="Choose a workspace" titleId="picker-title" />
      {notice && <Callout tone="warning">{notice}</Callout>}
      {loading && <Spinner label="Loading workspaces" />}
      {status === 'error' && <WorkspaceListError />}
      {status === 'ready' && groups.length === 0 && (
        <EmptyState title="No workspaces yet">
          <p>You are not a member of any workspace. Ask an organization admin to add you.</p>
        </EmptyState>
      )}
      {groups.map((group) => {
        const headingId = `org-${group.organization?.id ?? 'none'}`
        return (
          <section key={headingId} className="workspace-picker__group" aria-labelledby={headingId}>
            <h2 id={headingId}>{group.organization?.name ?? 'Other workspaces'}</h2>
            <ul className="workspace-picker__list">
              {group.workspaces.map((workspace) => (
                <li key={workspace.id}>
                  <RouteLink className="workspace-picker__card" href={workspacePath(workspace.id, defaultModuleKey)}>
                    <span className="workspace-picker__name">{workspace.name}</span>
                    <span className="workspace-picker__meta">
                      {workspace.slug}
                      {workspace.id === lastWorkspaceId && <Pill tone="accent">Last opened</Pill>}
                    </span>
                  </RouteLink>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </main>
  )
}
