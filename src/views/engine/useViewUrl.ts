import { useMemo } from 'react'
import { viewPath, type ViewLocation } from './viewPath'

export type NavigateFn = (path: string, options?: { replace?: boolean }) => void

export interface ViewUrl {
  /** Switch to another saved view (closing any open record). */
  /** Opens a view; `recordId` keeps a record open across the switch (a deep link that named no view). */
  openView(viewId: string, options?: { replace?: boolean; recordId?: string | null }): void
  openRecord(recordId: string): void
  closeRecord(): void
  /** The link to a record in this view, for "copy link" and real anchors. */
  recordHref(recordId: string): string
  viewHref(viewId: string): string
}

/**
 * The view engine's side of the URL. The app owns the router and hands in `navigate`; the engine only knows the
 * shape of its own links, so a link reproduces the workspace, module, view and open record.
 */
export function useViewUrl(location: Required<ViewLocation>, navigate: NavigateFn): ViewUrl {
  const { workspaceId, moduleKey, viewId } = location
  return useMemo(() => {
    const here = { workspaceId, moduleKey, viewId }
    return {
      openView: (nextViewId, options) =>
        navigate(viewPath({ ...here, viewId: nextViewId, ...(options?.recordId ? { recordId: options.recordId } : {}) }), options?.replace ? { replace: true } : undefined),
      openRecord: (recordId) => navigate(viewPath({ ...here, recordId })),
      closeRecord: () => navigate(viewPath(here)),
      recordHref: (recordId) => viewPath({ ...here, recordId }),
      viewHref: (nextViewId) => viewPath({ ...here, viewId: nextViewId }),
    }
  }, [workspaceId, moduleKey, viewId, navigate])
}
