/** The pages the URL can name. The chosen workspace and module live in the path so a reload or a shared link lands on the same page. */
export type Route =
  | { name: 'workspaces' }
  | { name: 'workspace'; workspaceId: string; moduleKey: string | null }

/** Reads a pathname: `/` is the workspace picker, `/w/<workspaceId>[/<moduleKey>]` a workspace. Anything else falls back to the picker. */
export function parseRoute(pathname: string): Route {
  const segments = pathname.split('/').filter(Boolean).map(safeDecode)
  const [head, workspaceId, moduleKey, ...rest] = segments
  if (head === 'w' && workspaceId && rest.length === 0) {
    return { name: 'workspace', workspaceId, moduleKey: moduleKey ?? null }
  }
  return { name: 'workspaces' }
}

export function routePath(route: Route): string {
  if (route.name === 'workspaces') return '/'
  const base = `/w/${encodeURIComponent(route.workspaceId)}`
  return route.moduleKey ? `${base}/${encodeURIComponent(route.moduleKey)}` : base
}

export function workspacePath(workspaceId: string, moduleKey: string | null = null): string {
  return routePath({ name: 'workspace', workspaceId, moduleKey })
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
