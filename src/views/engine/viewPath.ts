/** Where a view lives in the URL: enough to reproduce what a user sees from a link. */
export interface ViewLocation {
  workspaceId: string
  moduleKey: string | null
  viewId?: string | null
  /** The record open in the drawer. */
  recordId?: string | null
}

/** `/w/<workspaceId>/<moduleKey>/<viewId>?record=<recordId>`, each part optional from the right. */
export function viewPath({ workspaceId, moduleKey, viewId = null, recordId = null }: ViewLocation): string {
  let path = `/w/${encodeURIComponent(workspaceId)}`
  if (!moduleKey) return path
  path += `/${encodeURIComponent(moduleKey)}`
  if (viewId) path += `/${encodeURIComponent(viewId)}`
  if (recordId) path += `?record=${encodeURIComponent(recordId)}`
  return path
}
