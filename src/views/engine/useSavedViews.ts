import { useCallback, useEffect, useRef, useState } from 'react'
import type { SupabaseClient } from '@supabase/supabase-js'
import { errorMessage } from '../../lib/errorMessage'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { positionBetween } from '../store/positionBetween'
import { defaultViewId } from './defaultViewId'
import type { SavedView } from './savedView'
import { defaultSavedViews } from './savedViewDefaults'
import { deleteSavedView, fetchSavedViews, insertSavedView, updateSavedView } from './savedViewsApi'
import { sortByPosition } from './tabs/tabOrder'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = SupabaseClient<any, any, any>

export interface SavedViewsState {
  status: 'loading' | 'ready' | 'error'
  views: SavedView[]
  /** Why the list could not load. */
  error: string | null
  /** The last failed change to a view (rolled back), until dismissed or the next success. */
  writeError: string | null
}

export interface SavedViews extends SavedViewsState {
  reload(): void
  /** Adds a view after the others; resolves to the saved view, or null when the server refused it. */
  create(view: SavedView): Promise<SavedView | null>
  /** Saves a changed view: shown at once, rolled back with an error if the server refuses. */
  update(view: SavedView): Promise<boolean>
  remove(id: string): Promise<boolean>
  dismissError(): void
}

/**
 * The saved views of one module in one workspace. A module without any gets its default views, created (shared) by
 * the first writer who opens it; a viewer sees them unsaved. Changes are optimistic and roll back on refusal.
 */
export function useSavedViews({ client, workspaceId, module, canWrite }: { client: AnyClient; workspaceId: string; module: ModuleDefinition; canWrite: boolean }): SavedViews {
  const [state, setState] = useState<SavedViewsState>({ status: 'loading', views: [], error: null, writeError: null })
  const [attempt, setAttempt] = useState(0)
  const viewsRef = useRef<SavedView[]>([])
  viewsRef.current = state.views

  useEffect(() => {
    let current = true
    setState((s) => ({ ...s, status: 'loading', error: null }))
    loadViews(client, workspaceId, module, canWrite).then(
      (views) => current && setState({ status: 'ready', views: sortByPosition(views), error: null, writeError: null }),
      (error: unknown) => current && setState((s) => ({ ...s, status: 'error', error: errorMessage(error) })),
    )
    return () => {
      current = false
    }
  }, [client, workspaceId, module, canWrite, attempt])

  // Tabs follow `position`, so a change of it (a tab moved) reorders them at once.
  const replace = (id: string, view: SavedView | null) =>
    setState((s) => ({ ...s, views: view ? sortByPosition(s.views.map((v) => (v.id === id ? view : v))) : s.views.filter((v) => v.id !== id) }))

  const create = useCallback(
    async (view: SavedView) => {
      const last = viewsRef.current[viewsRef.current.length - 1]
      const placed = { ...view, position: positionBetween(last?.position ?? null, null) }
      try {
        const saved = await insertSavedView(client, placed)
        setState((s) => ({ ...s, views: [...s.views, saved], writeError: null }))
        return saved
      } catch (error) {
        setState((s) => ({ ...s, writeError: `Could not create the view: ${errorMessage(error)}` }))
        return null
      }
    },
    [client],
  )

  const update = useCallback(
    async (view: SavedView) => {
      const before = viewsRef.current.find((v) => v.id === view.id)
      if (!before) return false
      replace(view.id, view)
      try {
        const saved = await updateSavedView(client, view)
        // Keep what the user sees if they changed it again meanwhile; the newer write follows.
        setState((s) => ({ ...s, views: sortByPosition(s.views.map((v) => (v.id === view.id && v === view ? saved : v))), writeError: null }))
        return true
      } catch (error) {
        setState((s) => ({
          ...s,
          views: sortByPosition(s.views.map((v) => (v.id === view.id ? before : v))),
          writeError: `Could not save the view: ${errorMessage(error)}`,
        }))
        return false
      }
    },
    [client],
  )

  const remove = useCallback(
    async (id: string) => {
      const index = viewsRef.current.findIndex((v) => v.id === id)
      const before = viewsRef.current[index]
      if (!before) return false
      replace(id, null)
      try {
        await deleteSavedView(client, id)
        return true
      } catch (error) {
        setState((s) => {
          const views = [...s.views]
          views.splice(index, 0, before)
          return { ...s, views, writeError: `Could not delete the view: ${errorMessage(error)}` }
        })
        return false
      }
    },
    [client],
  )

  return {
    ...state,
    reload: useCallback(() => setAttempt((n) => n + 1), []),
    create,
    update,
    remove,
    dismissError: useCallback(() => setState((s) => ({ ...s, writeError: null })), []),
  }
}

async function loadViews(client: AnyClient, workspaceId: string, module: ModuleDefinition, canWrite: boolean): Promise<SavedView[]> {
  const views = await fetchSavedViews(client, workspaceId, module)
  if (views.length > 0) return views
  const defaults = await Promise.all(
    defaultSavedViews(module, workspaceId).map(async (view, index) => ({ ...view, id: await defaultViewId(workspaceId, module.table, index) })),
  )
  if (!canWrite) return defaults
  try {
    const created: SavedView[] = []
    for (const view of defaults) created.push(await insertSavedView(client, view))
    return created
  } catch {
    // Someone else created them first (same ids), or the insert was refused: read what is there now.
    const again = await fetchSavedViews(client, workspaceId, module)
    return again.length > 0 ? again : defaults
  }
}
