import { showPath } from '../../show/showPath'
import type { ShowMode } from '../../show/showTypes'
import { viewPath } from '../../views/engine/viewPath'

/**
 * The pages the URL can name. Workspace, module, saved view and open record live in the URL, so a reload or a
 * shared link reproduces what the sender saw: `/w/<workspaceId>/<moduleKey>/<viewId>?record=<recordId>`.
 */
export type Route =
  | { name: 'workspaces' }
  | { name: 'workspace'; workspaceId: string; moduleKey: string | null; viewId: string | null; recordId: string | null }
  | { name: 'show'; workspaceId: string; eventId: string; mode: ShowMode; department: string | null }

const showModes: readonly ShowMode[] = ['call', 'follow', 'display']

export interface WorkspaceLocation {
  workspaceId: string
  moduleKey?: string | null
  viewId?: string | null
  recordId?: string | null
}

/** Reads a pathname (and query string): `/` is the workspace picker, `/w/<workspaceId>[/<moduleKey>[/<viewId>]]` a workspace. */
export function parseRoute(pathname: string, search = ''): Route {
  const segments = pathname.split('/').filter(Boolean).map(safeDecode)
  const [head, workspaceId, moduleKey, viewId, ...rest] = segments
  // `/w/<workspaceId>/show/<eventId>[/call|follow|display][?department=<key>]`: a show, live ("show" is no module).
  if (head === 'w' && workspaceId && moduleKey === 'show' && viewId && rest.length <= 1) {
    const mode = (rest[0] ?? 'follow') as ShowMode
    if (showModes.includes(mode)) {
      const department = mode === 'follow' ? new URLSearchParams(search).get('department') || null : null
      return { name: 'show', workspaceId, eventId: viewId, mode, department }
    }
    return { name: 'workspaces' }
  }
  if (head === 'w' && workspaceId && rest.length === 0) {
    const recordId = moduleKey ? new URLSearchParams(search).get('record') || null : null
    return { name: 'workspace', workspaceId, moduleKey: moduleKey ?? null, viewId: (moduleKey && viewId) || null, recordId }
  }
  return { name: 'workspaces' }
}

export function routePath(route: Route): string {
  if (route.name === 'workspaces') return '/'
  if (route.name === 'show') return showPath(route.workspaceId, route.eventId, route.mode, route.department)
  return workspacePath(route.workspaceId, route.moduleKey, { viewId: route.viewId, recordId: route.recordId })
}

/** The URL of a workspace, optionally a module in it, a view of that module and a record opened in the drawer. */
export function workspacePath(
  workspaceId: string,
  moduleKey: string | null = null,
  { viewId = null, recordId = null }: { viewId?: string | null; recordId?: string | null } = {},
): string {
  // The view engine owns the shape of its links; the router reads them back in parseRoute.
  return viewPath({ workspaceId, moduleKey, viewId, recordId })
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
