import type { ReactNode } from 'react'
import type { WorkspaceSummary } from './fetchWorkspaces'
import { ModuleNav } from './ModuleNav'
import './WorkspaceLayout.css'

export interface WorkspaceLayoutProps {
  workspace: WorkspaceSummary
  activeModuleKey: string
  children: ReactNode
}

export function WorkspaceLayout({ workspace, activeModuleKey, children }: WorkspaceLayoutProps) {
  return (
    <div className="workspace-layout">
      <ModuleNav workspace={workspace} activeModuleKey={activeModuleKey} />
      <main className="workspace-layout__main">{children}</main>
    </div>
  )
}
