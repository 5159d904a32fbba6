import type { ShowMode } from './showTypes'

/**
 * The URL of an event's show in one of its modes, `/w/<workspaceId>/show/<eventId>/<mode>`; a follow view may name
 * its department (`?department=lighting`). The router reads it back (app/routing/routes.ts).
 */
export function showPath(workspaceId: string, eventId: string, mode: ShowMode = 'follow', department: string | null = null): string {
  const path = `/w/${encodeURIComponent(workspaceId)}/show/${encodeURIComponent(eventId)}/${mode}`
  return mode === 'follow' && department ? `${path}?department=${encodeURIComponent(department)}` : path
}
