import { describe, expect, it } from 'vitest'
import { showPath } from '../../show/showPath'
import { parseRoute, routePath, workspacePath } from './routes'

const workspace = (workspaceId: string, moduleKey: string | null, viewId: string | null = null, recordId: string | null = null) => ({
  name: 'workspace',
  workspaceId,
  moduleKey,
  viewId,
  recordId,
})

describe('routes', () => {
  it('reads the root as the workspace picker', () => {
    expect(parseRoute('/')).toEqual({ name: 'workspaces' })
  })

  it('reads a workspace with and without a module', () => {
    expect(parseRoute('/w/ws-1/productions')).toEqual(workspace('ws-1', 'productions'))
    expect(parseRoute('/w/ws-1')).toEqual(workspace('ws-1', null))
    expect(parseRoute('/w/ws-1/productions/')).toEqual(workspace('ws-1', 'productions'))
  })

  it('reads the saved view from the path and the open record from ?record=', () => {
    expect(parseRoute('/w/ws-1/tasks/view-9')).toEqual(workspace('ws-1', 'tasks', 'view-9'))
    expect(parseRoute('/w/ws-1/tasks/view-9', '?record=rec-3')).toEqual(workspace('ws-1', 'tasks', 'view-9', 'rec-3'))
    expect(parseRoute('/w/ws-1/tasks', '?record=rec-3&x=1')).toEqual(workspace('ws-1', 'tasks', null, 'rec-3'))
    expect(parseRoute('/w/ws-1', '?record=rec-3')).toEqual(workspace('ws-1', null))
  })

  it('falls back to the picker for a path it does not know', () => {
    expect(parseRoute('/settings')).toEqual({ name: 'workspaces' })
    expect(parseRoute('/w')).toEqual({ name: 'workspaces' })
    expect(parseRoute('/w/ws-1/productions/view/extra')).toEqual({ name: 'workspaces' })
  })

  it('reads a show in each of its modes, following by default, with the department a follow view names', () => {
    expect(parseRoute('/w/ws-1/show/ev-2/call')).toEqual({ name: 'show', workspaceId: 'ws-1', eventId: 'ev-2', mode: 'call', department: null })
    expect(parseRoute('/w/ws-1/show/ev-2')).toEqual({ name: 'show', workspaceId: 'ws-1', eventId: 'ev-2', mode: 'follow', department: null })
    expect(parseRoute('/w/ws-1/show/ev-2/follow', '?department=lighting'))
      .toEqual({ name: 'show', workspaceId: 'ws-1', eventId: 'ev-2', mode: 'follow', department: 'lighting' })
    expect(parseRoute('/w/ws-1/show/ev-2/display', '?department=lighting'))
      .toEqual({ name: 'show', workspaceId: 'ws-1', eventId: 'ev-2', mode: 'display', department: null })
    expect(parseRoute('/w/ws-1/show/ev-2/dance')).toEqual({ name: 'workspaces' })
    expect(parseRoute('/w/ws-1/show')).toEqual(workspace('ws-1', 'show'))
    const path = showPath('ws 1', 'ev/2', 'follow', 'front_of_house')
    expect(path).toBe('/w/ws%201/show/ev%2F2/follow?department=front_of_house')
    const [pathname, search] = path.split('?')
    expect(routePath(parseRoute(pathname!, `?${search}`))).toBe(path)
  })

  it('round-trips ids that need escaping', () => {
    const path = workspacePath('a b/c', 'productions')
    expect(path).toBe('/w/a%20b%2Fc/productions')
    expect(routePath(parseRoute(path))).toBe(path)
    const full = workspacePath('ws', 'tasks', { viewId: 'v/1', recordId: 'r&2' })
    expect(full).toBe('/w/ws/tasks/v%2F1?record=r%262')
    const [pathname, search] = full.split('?')
    expect(routePath(parseRoute(pathname!, `?${search}`))).toBe(full)
  })
})
