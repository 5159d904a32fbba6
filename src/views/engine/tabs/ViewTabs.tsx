import type { MouseEvent } from 'react'
import type { ModuleDefinition } from '../../../modules/ModuleDefinition'
import { classNames } from '../../../ui/classNames'
import type { SavedView } from '../savedView'
import { viewPermissions, type Viewer } from '../viewPermissions'
import { NewViewMenu } from './NewViewMenu'
import { ViewActionsMenu } from './ViewActionsMenu'
import './ViewTabs.css'

export interface ViewTabsProps {
  module: ModuleDefinition
  views: readonly SavedView[]
  activeId: string | null
  viewer: Viewer
  viewHref(viewId: string): string
  onOpen(viewId: string): void
  onCreate(type: SavedView['type'], name: string, shared: boolean): void
  onDuplicate(view: SavedView): void
  onUpdate(view: SavedView): void
  onDelete(view: SavedView): void
}

/** The module's saved views as tabs (real links, so a view can open in a new tab), plus create and per-view actions. */
export function ViewTabs({ module, views, activeId, viewer, viewHref, onOpen, onCreate, onDuplicate, onUpdate, onDelete }: ViewTabsProps) {
  const active = views.find((view) => view.id === activeId)
  function follow(event: MouseEvent<HTMLAnchorElement>, id: string) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    onOpen(id)
  }
  return (
    <div className="view-tabs">
      <nav aria-label={`${module.label} views`}>
        <ul className="view-tabs__list">
          {views.map((view) => (
            <li key={view.id}>
              <a
                href={viewHref(view.id)}
                className={classNames('view-tabs__tab', view.id === activeId && 'view-tabs__tab--active')}
                aria-current={view.id === activeId ? 'page' : undefined}
                onClick={(event) => follow(event, view.id)}
              >
                <span className="view-tabs__type" aria-hidden="true">
                  {typeIcons[view.type]}
                </span>
                {view.name}
                {!view.isShared && <span className="ui-visually-hidden"> (personal)</span>}
                {view.isLocked && (
                  <span className="view-tabs__badge">
                    <span aria-hidden="true">🔒</span>
                    <span className="ui-visually-hidden"> (locked)</span>
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {active && (
        <ViewActionsMenu key={`${active.id}:${active.name}`} view={active} permissions={viewPermissions(active, viewer)} canCreate={viewer.role === 'admin' || viewer.role === 'member'} onDuplicate={onDuplicate} onUpdate={onUpdate} onDelete={onDelete} />
      )}
      {(viewer.role === 'admin' || viewer.role === 'member') && <NewViewMenu module={module} onCreate={onCreate} />}
    </div>
  )
}

const typeIcons: Record<SavedView['type'], string> = { list: '☰', board: '▥', calendar: '▦', timeline: '═' }
