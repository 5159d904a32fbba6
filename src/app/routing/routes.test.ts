import { describe, expect, it } from 'vitest'
import { parseRoute, routePath, workspacePath } from './routes'

describe('routes', () => {
  it('reads the root as the workspace picker', () => {
    expect(parseRoute('/')).toEqual({ name: 'workspaces' })
  })

  it('reads a workspace with and without a module', () => {
    expect(parseRoute('/w/ws-1/productions')).toEqual({ name: 'workspace', workspaceId: 'ws-1', moduleKey: 'productions' })
    expect(parseRoute('/w/ws-1')).toEqual({ name: 'workspace', workspaceId: 'ws-1', moduleKey: null })
    expect(parseRoute('/w/ws-1/productions/')).toEqual({ name: 'workspace', workspaceId: 'ws-1', moduleKey: 'productions' })
  })

  it('falls back to the picker for a path it does not know', () => {
    expect(parseRoute('/settings')).toEqual({ name: 'workspaces' })
    expect(parseRoute('/w')).toEqual({ name: 'workspaces' })
    expect(parseRoute('/w/ws-1/productions/extra')).toEqual({ name: 'workspaces' })
  })

  it('round-trips ids that need escaping', () => {
    const path = workspacePath('a b/c', 'productions')
    expect(path).toBe('/w/a%20b%2Fc/productions')
    expect(routePath(parseRoute(path))).toBe(path)
  })
})
