import { useState, type MouseEvent } from 'react'
import { isPlainLeftClick } from '../../../lib/isPlainLeftClick'
import type { ModuleDefinition } from '../../../modules/ModuleDefinition'
import { classNames } from '../../../ui/classNames'
import type { SavedView } from '../savedView'
import { viewPermissions, type Viewer } from '../viewPermissions'
import { NewViewMenu } from './NewViewMenu'
import { ViewActionsMenu } from './ViewActionsMenu'
import { tabOrderUpdates } from './tabOrder'
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

/**
 * The module's saved views as tabs (real links, so a view can open in a new tab), plus create and per-view actions.
 * Tabs are in `position` order; moving one saves a new fractional position for it (shared by everyone who sees it).
 */
export function ViewTabs({ module, views, activeId, viewer, viewHref, onOpen, onCreate, onDuplicate, onUpdate, onDelete }: ViewTabsProps) {
  const active = views.find((view) => view.id === activeId)
  const activeIndex = active ? views.indexOf(active) : -1
  const [announcement, setAnnouncement] = useState('')
  function move(view: SavedView, delta: -1 | 1) {
    const to = views.indexOf(view) + delta
    for (const update of tabOrderUpdates(views, view.id, to)) {
      const changed = views.find((candidate) => candidate.id === update.id)
      if (changed) onUpdate({ ...changed, position: update.position })
    }
    setAnnouncement(`${view.name} moved to position ${to + 1} of ${views.length}`)
  }
  function follow(event: MouseEvent<HTMLAnchorElement>, id: string) {
    if (!isPlainLeftClick(event)) return
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
        <ViewActionsMenu
          key={`${active.id}:${active.name}`}
          view={active}
          permissions={viewPermissions(active, viewer)}
          canCreate={viewer.role === 'admin' || viewer.role === 'member'}
          movable={{ left: activeIndex > 0, right: activeIndex < views.length - 1 }}
          onMove={(delta) => move(active, delta)}
          onDuplicate={onDuplicate}
          onUpdate={onUpdate}
          onDelete={onDelete}
        />
      )}
      {(viewer.role === 'admin' || viewer.role === 'member') && <NewViewMenu module={module} onCreate={onCreate} />}
      <span className="ui-visually-hidden" role="status">
        {announcement}
      </span>
    </div>
  )
}

const typeIcons: Record<SavedView['type'], string> = { list: '☰', board: '▥', calendar: '▦', timeline: '═' }
