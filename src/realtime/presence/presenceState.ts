import { z } from 'zod'
import type { PresenceEntry } from '../RealtimeTransport'

/**
 * What a tab tracks with presence: who it is, once per join. Supabase Realtime allows a channel 5 presence calls per
 * 30 seconds (and closes it beyond), so anything that changes (status, place, editing) travels as a broadcast
 * `tabState` instead, and presence only says which tabs are there.
 */
export const presenceIdentitySchema = z.object({ name: z.string(), tabId: z.string() })

/** Where a tab is and what it does, broadcast on every change, every so often, and when someone new arrives. */
export const tabStateSchema = z.object({
  tabId: z.string(),
  userId: z.string(),
  status: z.enum(['online', 'away']),
  moduleKey: z.string().nullable(),
  viewId: z.string().nullable(),
  recordId: z.string().nullable(),
  editing: z.object({ recordId: z.string(), field: z.string() }).nullable(),
})
export type TabState = z.infer<typeof tabStateSchema>

/** One person present, all their tabs together. */
export interface PresentUser {
  userId: string
  name: string
  /** Online when any tab is in front. */
  status: 'online' | 'away'
  viewIds: string[]
  recordIds: string[]
  editing: Array<{ recordId: string; field: string }>
}

/**
 * Presence entries (one per tab) and the tabs' latest states folded into people, in a stable order (by name). A tab
 * whose state has not arrived yet counts as online, nowhere in particular. Malformed entries are skipped.
 */
export function summarizePresence(entries: readonly PresenceEntry[], tabStates: ReadonlyMap<string, TabState>): PresentUser[] {
  const users = new Map<string, PresentUser>()
  for (const entry of entries) {
    const identity = presenceIdentitySchema.safeParse(entry.state)
    if (!identity.success) continue
    const tab = tabStates.get(identity.data.tabId)
    const state = tab && tab.userId === entry.key ? tab : null
    const user = users.get(entry.key) ?? { userId: entry.key, name: identity.data.name, status: 'away', viewIds: [], recordIds: [], editing: [] }
    if (!state || state.status === 'online') user.status = 'online'
    if (state?.viewId && !user.viewIds.includes(state.viewId)) user.viewIds.push(state.viewId)
    if (state?.recordId && !user.recordIds.includes(state.recordId)) user.recordIds.push(state.recordId)
    if (state?.editing) user.editing.push(state.editing)
    users.set(entry.key, user)
  }
  return [...users.values()].sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId))
}
