import { generateNKeysBetween } from 'fractional-indexing'
import type { DefaultViewDefinition, ModuleDefinition } from '../../modules/ModuleDefinition'
import { CURRENT_VIEW_VERSION, type SavedView, type ViewType } from './savedView'

const typeNames: Record<ViewType, string> = { list: 'List', board: 'Board', calendar: 'Calendar', timeline: 'Timeline' }

export interface DefaultViewOptions {
  /** A client-generated uuid (PostgREST accepts it on insert); a random one by default. */
  id?: string
  name?: string
  ownerId?: string | null
  position?: string | null
  isShared?: boolean
}

function fromDefinition(
  module: ModuleDefinition,
  definition: DefaultViewDefinition | undefined,
  type: ViewType,
  workspaceId: string,
  options: DefaultViewOptions,
): SavedView {
  // A board needs columns: the definition's, or the first single select of the module.
  const groupField =
    definition?.groupBy ?? (type === 'board' ? module.fields.find((f) => f.type === 'single_select' && !f.hidden)?.key : undefined)
  return {
    version: CURRENT_VIEW_VERSION,
    id: options.id ?? crypto.randomUUID(),
    workspaceId,
    module: module.table,
    type,
    name: options.name ?? definition?.name ?? `${module.label} ${typeNames[type].toLowerCase()}`,
    filter: definition?.filter ? structuredClone(definition.filter) : null,
    sorts: [...(definition?.sorts ?? [])],
    groupBy: groupField ? { field: groupField, collapsed: [] } : null,
    // Empty: the view shows every field in the module's order until someone arranges them.
    fields: [],
    options: { ...(definition?.options ?? {}) },
    isShared: options.isShared ?? true,
    isLocked: false,
    ownerId: options.ownerId ?? null,
    position: options.position ?? null,
  }
}

/** A new view of `type` for a module: its default view of that type if it has one, else a plain one. */
export function defaultSavedView(module: ModuleDefinition, type: ViewType, workspaceId: string, options: DefaultViewOptions = {}): SavedView {
  return fromDefinition(
    module,
    module.defaultViews.find((v) => v.type === type),
    type,
    workspaceId,
    options,
  )
}

/** The shared views a workspace starts with for a module, in order (positions are fractional-index keys). */
export function defaultSavedViews(module: ModuleDefinition, workspaceId: string): SavedView[] {
  const positions = generateNKeysBetween(null, null, module.defaultViews.length)
  return module.defaultViews.map((definition, i) =>
    fromDefinition(module, definition, definition.type, workspaceId, { position: positions[i] ?? null }),
  )
}
