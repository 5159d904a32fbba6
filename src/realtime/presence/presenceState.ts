import { z } from 'zod'
import type { PresenceEntry } from '../RealtimeTransport'

/** What one tab tracks on its workspace topic: who, whether they are looking, where, and what they are editing. */
export const presenceStateSchema = z.object({
  name: z.string(),
  status: z.enum(['online', 'away']),
  moduleKey: z.string().nullable(),
  viewId: z.string().nullable(),
  recordId: z.string().nullable(),
  editing: z.object({ recordId: z.string(), field: z.string() }).nullable(),
})
export type PresenceState = z.infer<typeof presenceStateSchema>

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
 * Presence entries (one per tab) folded into people, in a stable order (by name). Malformed states, which only a
 * foreign or future client would send, are skipped rather than trusted.
 */
export function summarizePresence(entries: readonly PresenceEntry[]): PresentUser[] {
  const users = new Map<string, PresentUser>()
  for (const entry of entries) {
    const parsed = presenceStateSchema.safeParse(entry.state)
    if (!parsed.success) continue
    const state = parsed.data
    const user = users.get(entry.key) ?? { userId: entry.key, name: state.name, status: 'away', viewIds: [], recordIds: [], editing: [] }
    if (state.status === 'online') user.status = 'online'
    if (state.viewId && !user.viewIds.includes(state.viewId)) user.viewIds.push(state.viewId)
    if (state.recordId && !user.recordIds.includes(state.recordId)) user.recordIds.push(state.recordId)
    if (state.editing) user.editing.push(state.editing)
    users.set(entry.key, user)
  }
  return [...users.values()].sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId))
}
