import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { useWorkspaceMembers } from '../../custom-fields/person/WorkspaceMembersProvider'
import { supabase } from '../../lib/supabase/client'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { createFilterContext } from '../query/filterContext'
import { createViewStore } from '../store/createViewStore'
import type { ViewQuery } from '../store/ViewQuery'
import { manualOrderSorts } from '../store/layoutRecords'
import { ViewStoreProvider } from '../store/ViewStoreContext'
import { RendererHost } from './RendererHost'
import { rendererEntry } from './registry'
import type { SavedView, ViewField } from './savedView'
import { ViewToolbar } from './toolbar/ViewToolbar'
import type { ViewUrl } from './useViewUrl'
import { useLoadedRenderer } from './useLoadedRenderer'
import type { ViewHostWorkspace } from './ViewHost'
import { viewPermissions, type Viewer } from './viewPermissions'
import { ViewQueryEffect } from './ViewQueryEffect'
import { WriteErrorCallout } from './WriteErrorCallout'
import './ViewMount.css'
import { ConflictCallout } from './ConflictCallout'
import { SchedulingConflictPrompt } from './SchedulingConflictPrompt'
import { ViewCollaborationProvider } from './ViewCollaborationProvider'
import { useLocalPresence } from '../../realtime/presence/localPresenceStore'
import { ViewPeopleHere } from '../../realtime/presence/PresenceBars'
import { LiveRowsEffect } from './LiveRowsEffect'
import { LaneSummariesProvider } from './LaneSummariesProvider'
import { ModulePanels } from './ModulePanels'
import type { NavigateFn } from './useViewUrl'

// The drawer is not part of the first screen: it loads when a record is first opened.
const RecordDrawer = lazy(() => import('../drawer/RecordDrawer').then((m) => ({ default: m.RecordDrawer })))

export interface ViewMountProps {
  workspace: ViewHostWorkspace
  module: ModuleDefinition
  fields: readonly FieldDefinition[]
  view: SavedView
  viewer: Viewer
  recordId: string | null
  url: ViewUrl
  /** The app's router, for links out of this module (a module panel's records). */
  navigate: NavigateFn
  onViewChange(view: SavedView): Promise<boolean>
  /** Titles of related records by id, for group labels of relation fields. */
  relatedTitles: ReadonlyMap<string, string>
}

/**
 * One mounted view: its own store (created once per view id, so switching views never mixes records), the sidecar
 * that keeps the store's query in step with the saved view, the toolbar, the renderer and the record drawer.
 */
export function ViewMount({ workspace, module, fields, view, viewer, recordId, url, navigate, onViewChange, relatedTitles }: ViewMountProps) {
  const entry = rendererEntry(view.type)
  const renderer = useLoadedRenderer(view.type)
  const permissions = viewPermissions(view, viewer)
  const members = useWorkspaceMembers()
  const [range, setRange] = useState<{ start: Date; end: Date } | null>(null)

  // Read by the store's callbacks, which outlive renders.
  const latest = useRef({ view, permissions, onViewChange })
  latest.current = { view, permissions, onViewChange }

  const context = useMemo(() => createFilterContext({ timeZone: workspace.timeZone, userId: viewer.userId }), [workspace.timeZone, viewer.userId])
  const query: ViewQuery = useMemo(() => {
    const labelFor = (field: FieldDefinition, key: string) => {
      if (field.type === 'person') return members.byId.get(key)?.name
      if (field.type === 'relation') return relatedTitles.get(key)
      return undefined
    }
    const dates = rangeFields(view, module)
    return {
      fields,
      filter: view.filter,
      sorts: view.sorts,
      groupBy: view.groupBy,
      context,
      labelFor,
      ...(entry.manualOrder ? { defaultSorts: manualOrderSorts(module) } : {}),
      ...(entry.loadsByRange ? { range: range && dates ? { ...dates, ...range } : null } : {}),
    }
  }, [fields, view, module, context, members, relatedTitles, entry, range])

  const [store] = useState(() =>
    createViewStore({
      client: supabase,
      module,
      workspaceId: workspace.id,
      query,
      onCollapsedChange: (collapsed) => {
        const { view: current, permissions: allowed, onViewChange: save } = latest.current
        if (allowed.canChangeView && current.groupBy) void save({ ...current, groupBy: { ...current.groupBy, collapsed } })
      },
    }),
  )

  const saveIfAllowed = useCallback((next: SavedView) => {
    if (latest.current.permissions.canChangeView) void latest.current.onViewChange(next)
  }, [])
  const onOptionsChange = useCallback((options: unknown) => saveIfAllowed({ ...latest.current.view, options: options as Record<string, unknown> }), [saveIfAllowed])
  const onFieldsChange = useCallback((viewFields: ViewField[]) => saveIfAllowed({ ...latest.current.view, fields: viewFields }), [saveIfAllowed])
  const onRangeChange = useCallback((next: { start: Date; end: Date }) => setRange(next), [])

  // Where this tab is, for everyone else's presence.
  useEffect(() => {
    useLocalPresence.getState().setPlace({ viewId: view.id, recordId })
  }, [view.id, recordId])
  useEffect(() => () => useLocalPresence.getState().setPlace({ viewId: null, recordId: null }), [])

  return (
    <ViewStoreProvider store={store}>
      <ViewCollaborationProvider workspaceId={workspace.id} viewId={view.id} table={module.table}>
        <ViewQueryEffect store={store} query={query} waitForRange={entry.loadsByRange} />
        <LiveRowsEffect store={store} table={module.table} workspaceId={workspace.id} />
        <ViewPeopleHere viewId={view.id} />
        <ViewToolbar module={module} view={view} fields={fields} renderer={renderer} permissions={permissions} context={context} onChange={saveIfAllowed} />
        <WriteErrorCallout store={store} />
        <ConflictCallout store={store} module={module} fields={fields} />
        {module.conflictChecks && <SchedulingConflictPrompt store={store} module={module} canOverride={viewer.role === 'admin'} />}
        <ModulePanels client={supabase} module={module} workspaceId={workspace.id} timeZone={context.timeZone} store={store} navigate={navigate} />
        <LaneSummariesProvider client={supabase} workspaceId={workspace.id} timeZone={context.timeZone} store={store}>
          <RendererHost
            type={view.type}
            module={module}
            fields={fields}
            view={view}
            store={store}
            canEdit={permissions.canEditRecords}
            canChangeView={permissions.canChangeView}
            onOpenRecord={url.openRecord}
            onOptionsChange={onOptionsChange}
            {...(permissions.canChangeView ? { onFieldsChange, onViewChange: saveIfAllowed } : {})}
            onRangeChange={onRangeChange}
          />
        </LaneSummariesProvider>
        {recordId && (
          <Suspense fallback={null}>
            <RecordDrawer
              module={module}
              fields={fields}
              store={store}
              recordId={recordId}
              canEdit={permissions.canEditRecords}
              recordHref={url.recordHref(recordId)}
              onClose={url.closeRecord}
            />
          </Suspense>
        )}
      </ViewCollaborationProvider>
    </ViewStoreProvider>
  )
}

/** The date fields a calendar or timeline reads its range by: its options' fields, else the module's. */
function rangeFields(view: SavedView, module: ModuleDefinition): { startField: string; endField?: string } | null {
  const options = view.options as { startField?: unknown; endField?: unknown }
  const startField = typeof options.startField === 'string' ? options.startField : module.dateFields.start
  if (!startField) return null
  const endField = typeof options.endField === 'string' ? options.endField : module.dateFields.end
  return endField ? { startField, endField } : { startField }
}
