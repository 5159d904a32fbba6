import { useCallback, useEffect } from 'react'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { supabase } from '../../lib/supabase/client'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { Spinner } from '../../ui/Spinner'
import type { SavedView } from './savedView'
import { defaultSavedView } from './savedViewDefaults'
import { ViewTabs } from './tabs/ViewTabs'
import { useSavedViews } from './useSavedViews'
import { useViewUrl, type NavigateFn } from './useViewUrl'
import type { ViewHostWorkspace } from './ViewHost'
import { ViewMount } from './ViewMount'
import { canCreateViews, type Viewer } from './viewPermissions'

export interface ModuleViewsProps {
  workspace: ViewHostWorkspace
  module: ModuleDefinition
  fields: readonly FieldDefinition[]
  viewer: Viewer
  viewId: string | null
  recordId: string | null
  navigate: NavigateFn
  relatedTitles: ReadonlyMap<string, string>
}

/** The module's saved views as tabs, and the one the URL names mounted below them (the first when it names none). */
export function ModuleViews({ workspace, module, fields, viewer, viewId, recordId, navigate, relatedTitles }: ModuleViewsProps) {
  const views = useSavedViews({ client: supabase, workspaceId: workspace.id, module, canWrite: canCreateViews(viewer) })
  const active = views.views.find((view) => view.id === viewId) ?? null
  const url = useViewUrl({ workspaceId: workspace.id, moduleKey: module.key, viewId: active?.id ?? viewId, recordId }, navigate)

  // No view in the URL (or one that is gone): show the first, replacing the URL so Back does not bounce.
  const firstId = views.views[0]?.id
  useEffect(() => {
    // A link that named a record but no view (a notification) opens the first view with that record.
    if (views.status === 'ready' && !active && firstId) url.openView(firstId, { replace: true, recordId })
  }, [views.status, active, firstId, url, recordId])

  const create = useCallback(
    async (type: SavedView['type'], name: string, shared: boolean) => {
      const view = defaultSavedView(module, type, workspace.id, { name, isShared: shared, ownerId: viewer.userId })
      const saved = await views.create(view)
      if (saved) url.openView(saved.id)
    },
    [module, workspace.id, viewer.userId, views, url],
  )
  const duplicate = useCallback(
    async (view: SavedView) => {
      const copy: SavedView = { ...view, id: crypto.randomUUID(), name: `${view.name} copy`, isLocked: false, ownerId: viewer.userId, isShared: view.isShared }
      const saved = await views.create(copy)
      if (saved) url.openView(saved.id)
    },
    [viewer.userId, views, url],
  )
  const remove = useCallback(
    async (view: SavedView) => {
      const next = views.views.find((candidate) => candidate.id !== view.id)
      if (await views.remove(view.id)) {
        if (next) url.openView(next.id, { replace: true })
      }
    },
    [views, url],
  )

  if (views.status === 'loading' && views.views.length === 0) return <Spinner label="Loading views" />
  if (views.status === 'error') {
    return (
      <Callout tone="danger" title="Could not load the views" actions={<Button onClick={views.reload}>Try again</Button>}>
        {views.error}
      </Callout>
    )
  }
  return (
    <>
      <ViewTabs
        module={module}
        views={views.views}
        activeId={active?.id ?? null}
        viewer={viewer}
        viewHref={url.viewHref}
        onOpen={(id) => url.openView(id)}
        onCreate={(type, name, shared) => void create(type, name, shared)}
        onDuplicate={(view) => void duplicate(view)}
        onUpdate={(view) => void views.update(view)}
        onDelete={(view) => void remove(view)}
      />
      {views.writeError && (
        <Callout tone="danger" actions={<Button onClick={views.dismissError}>Dismiss</Button>}>
          {views.writeError}
        </Callout>
      )}
      {active && (
        <ViewMount
          key={active.id}
          workspace={workspace}
          module={module}
          fields={fields}
          view={active}
          viewer={viewer}
          recordId={recordId}
          url={url}
          navigate={navigate}
          onViewChange={views.update}
          relatedTitles={relatedTitles}
        />
      )}
    </>
  )
}
