import { moduleRegistry } from '../../modules/registry'
import { Button } from '../../ui/Button'
import { RouteLink } from '../routing/RouteLink'
import { workspacePath } from '../routing/routes'
import type { WorkspaceSummary } from './fetchWorkspaces'
import './ModuleNav.css'

export interface ModuleNavProps {
  workspace: WorkspaceSummary
  activeModuleKey: string
  /** Opens the workspace's activity feed. */
  onOpenActivity?(): void
}

/** The workspace's left column: where you are, a way back to the picker, and every registered module (each opens through its views). */
export function ModuleNav({ workspace, activeModuleKey, onOpenActivity }: ModuleNavProps) {
  return (
    <nav className="module-nav" aria-label="Modules">
      <div className="module-nav__workspace">
        <p className="module-nav__workspace-name">{workspace.name}</p>
        {workspace.organization && <p className="module-nav__organization">{workspace.organization.name}</p>}
        <RouteLink className="module-nav__switch" href="/">
          Switch workspace
        </RouteLink>
      </div>
      <ul className="module-nav__list">
        {moduleRegistry.map((module) => (
          <li key={module.key}>
            <RouteLink
              className="module-nav__item"
              href={workspacePath(workspace.id, module.key)}
              aria-current={module.key === activeModuleKey ? 'page' : undefined}
            >
              {module.label}
            </RouteLink>
          </li>
        ))}
      </ul>
      {onOpenActivity && (
        <Button variant="ghost" className="module-nav__activity" onClick={onOpenActivity}>
          Activity
        </Button>
      )}
    </nav>
  )
}
