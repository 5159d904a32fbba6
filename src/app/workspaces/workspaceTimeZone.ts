import type { Json } from '../../lib/supabase/types'

/** The IANA time zone a workspace plans in (`settings.timezone`), or null; "today" in filters is that zone's day. */
export function workspaceTimeZone(settings: Json): string | null {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return null
  const zone = settings.timezone
  return typeof zone === 'string' && zone.trim() !== '' ? zone : null
}
