import { findModuleByTable } from '../../modules/registry'
import type { NotificationRow } from '../../realtime/notifications/notificationSchema'
import { workspacePath } from '../routing/routes'

/**
 * Where a notification leads: its own action_url when the database set one (a path inside the app only, so a
 * row can never send the user to another site), else the record in its module, `/w/<ws>/<module>?record=<id>`,
 * else its workspace. Null when it names nothing to open.
 */
export function notificationHref(row: Pick<NotificationRow, 'workspace_id' | 'entity_type' | 'entity_id' | 'action_url'>): string | null {
  if (row.action_url && isAppPath(row.action_url)) return row.action_url
  if (!row.workspace_id) return null
  const module = row.entity_type ? findModuleByTable(row.entity_type) : undefined
  if (!module) return workspacePath(row.workspace_id)
  return workspacePath(row.workspace_id, module.key, { recordId: row.entity_id })
}

/** `/…` but not `//host` or `/\host`, which browsers read as another origin. */
function isAppPath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')
}
