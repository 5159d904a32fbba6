import type { ComponentType } from 'react'
import type { ModulePanelKey } from '../modules/ModuleDefinition'
import { ShowsPanel } from '../show/ShowsPanel'
import { CompliancePanel } from './CompliancePanel'
import type { AnyClient } from './laneSummaryProvider'

/** What the view engine hands every module panel. */
export interface ModulePanelProps {
  client: AnyClient
  workspaceId: string
  /** The workspace's IANA zone: its days and the times shown. */
  timeZone: string
  /** Changes whenever the view's rows change (live ones included): the panel asks again. */
  revision: unknown
  /** The link that opens a record of a module (in the drawer of that module's first view). */
  recordHref(moduleKey: string, recordId: string): string
  /** Follows such a link in place. */
  navigate(href: string): void
}

export interface ModulePanel {
  title: string
  Component: ComponentType<ModulePanelProps>
}

/** Every panel a ModuleDefinition may name in `panels`. */
export const modulePanels: Record<ModulePanelKey, ModulePanel> = {
  compliance_expiry: { title: 'Expiring in the next 30 days', Component: CompliancePanel },
  shows: { title: 'Shows, live', Component: ShowsPanel },
}
