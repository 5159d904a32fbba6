import { moduleRegistry } from '../../modules/registry'
import { Pill } from '../../ui/Pill'
import { RouteLink } from '../routing/RouteLink'
import { workspacePath } from '../routing/routes'
import type { WorkspaceSummary } from './fetchWorkspaces'
import { modulePages } from './modulePages'
import './ModuleNav.css'

export interface ModuleNavProps {
  workspace: WorkspaceSummary
  activeModuleKey: string
}

/** The workspace's left column: where you are, a way back to the picker, and every registered module. */
export function ModuleNav({ workspace, activeModuleKey }: ModuleNavProps) {
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
            {modulePages[module.key] ? (
              <RouteLink
                className="module-nav__item"
                href={workspacePath(workspace.id, module.key)}
                aria-current={module.key === activeModuleKey ? 'page' : undefined}
              >
                {module.label}
              </RouteLink>
            ) : (
              // Not a link: nothing to open yet. aria-disabled keeps it readable and tells why it does nothing.
              <span className="module-nav__item" aria-disabled="true">
                {module.label}
                <Pill>Soon</Pill>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
