import { useId, useState } from 'react'
import { useStore } from 'zustand'
import type { ModuleDefinition, ModulePanelKey } from '../../modules/ModuleDefinition'
import type { AnyClient } from '../../scheduling/laneSummaryProvider'
import { modulePanels } from '../../scheduling/modulePanels'
import type { ViewStoreApi } from '../store/ViewStore'
import { viewPath } from './viewPath'
import './ModulePanels.css'

export interface ModulePanelsProps {
  client: AnyClient
  module: ModuleDefinition
  workspaceId: string
  timeZone: string
  store: ViewStoreApi
  navigate(path: string): void
}

// Per module and panel, not per view: switching views of a module keeps the panel as the user left it.
const collapsedKey = (moduleKey: string, panel: ModulePanelKey) => `callboard:panel-collapsed:${moduleKey}:${panel}`

function readCollapsed(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === '1'
  } catch {
    return false // storage disabled: remembering is a convenience
  }
}

function rememberCollapsed(key: string, collapsed: boolean): void {
  try {
    if (collapsed) window.localStorage.setItem(key, '1')
    else window.localStorage.removeItem(key)
  } catch {
    // see readCollapsed
  }
}

/** The panels a module's definition names (`panels`), each collapsible, above its views. */
export function ModulePanels({ module, ...props }: ModulePanelsProps) {
  if (!module.panels?.length) return null
  return (
    <div className="module-panels">
      {module.panels.map((panel) => (
        <ModulePanelFrame key={panel} panel={panel} moduleKey={module.key} {...props} />
      ))}
    </div>
  )
}

function ModulePanelFrame({ panel, moduleKey, client, workspaceId, timeZone, store, navigate }: Omit<ModulePanelsProps, 'module'> & { panel: ModulePanelKey; moduleKey: string }) {
  const { title, Component } = modulePanels[panel]
  const storageKey = collapsedKey(moduleKey, panel)
  const [collapsed, setCollapsed] = useState(() => readCollapsed(storageKey))
  const records = useStore(store, (state) => state.records)
  const bodyId = useId()

  const toggle = () => {
    rememberCollapsed(storageKey, !collapsed)
    setCollapsed(!collapsed)
  }

  return (
    <section className="module-panel" aria-label={title}>
      <h2 className="module-panel__heading">
        <button type="button" className="module-panel__toggle" aria-expanded={!collapsed} aria-controls={bodyId} onClick={toggle}>
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> {title}
        </button>
      </h2>
      {/* Collapsed, the panel is not mounted: it asks the database nothing until it is opened again. */}
      {!collapsed && (
        <div id={bodyId} className="module-panel__body">
          <Component
            client={client}
            workspaceId={workspaceId}
            timeZone={timeZone}
            revision={records}
            recordHref={(key, recordId) => viewPath({ workspaceId, moduleKey: key, recordId })}
            navigate={navigate}
          />
        </div>
      )}
    </section>
  )
}
