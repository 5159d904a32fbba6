import { lazy, Suspense, useState, type ReactNode } from 'react'
import { navigate } from '../routing/navigate'
import type { WorkspaceSummary } from './fetchWorkspaces'
import { ModuleNav } from './ModuleNav'
import './WorkspaceLayout.css'

// The feed is opened now and then: its code loads on first use.
const ActivityFeedPanel = lazy(() => import('../../views/activity/ActivityFeedPanel').then((m) => ({ default: m.ActivityFeedPanel })))

export interface WorkspaceLayoutProps {
  workspace: WorkspaceSummary
  activeModuleKey: string
  children: ReactNode
}

export function WorkspaceLayout({ workspace, activeModuleKey, children }: WorkspaceLayoutProps) {
  const [activityOpen, setActivityOpen] = useState(false)
  return (
    <div className="workspace-layout">
      <ModuleNav workspace={workspace} activeModuleKey={activeModuleKey} onOpenActivity={() => setActivityOpen(true)} />
      <main className="workspace-layout__main">{children}</main>
      {activityOpen && (
        <Suspense fallback={null}>
          <ActivityFeedPanel workspaceId={workspace.id} navigate={navigate} onClose={() => setActivityOpen(false)} />
        </Suspense>
      )}
    </div>
  )
}
