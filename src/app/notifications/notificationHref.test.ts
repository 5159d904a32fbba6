import { describe, expect, it } from 'vitest'
import { parseRoute } from '../routing/routes'
import { notificationHref } from './notificationHref'

const base = { workspace_id: 'w-1', entity_type: 'project_tasks', entity_id: 't-1', action_url: null }

describe('notificationHref', () => {
  it('opens the record in its module, found by the table the row names', () => {
    const href = notificationHref(base)
    expect(href).toBe('/w/w-1/tasks?record=t-1')
    const [path, query] = href!.split('?')
    expect(parseRoute(path!, `?${query}`)).toEqual({ name: 'workspace', workspaceId: 'w-1', moduleKey: 'tasks', viewId: null, recordId: 't-1' })
  })

  it('falls back to the workspace when the table is no module', () => {
    expect(notificationHref({ ...base, entity_type: 'comments' })).toBe('/w/w-1')
    expect(notificationHref({ ...base, entity_type: null, entity_id: null })).toBe('/w/w-1')
  })

  it('uses a path the database set, but never a link to another site', () => {
    expect(notificationHref({ ...base, action_url: '/w/w-1/events' })).toBe('/w/w-1/events')
    expect(notificationHref({ ...base, action_url: '//evil.test/x' })).toBe('/w/w-1/tasks?record=t-1')
    expect(notificationHref({ ...base, action_url: 'https://evil.test' })).toBe('/w/w-1/tasks?record=t-1')
  })

  it('leads nowhere without a workspace', () => {
    expect(notificationHref({ ...base, workspace_id: null })).toBeNull()
  })
})
