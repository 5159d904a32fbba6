import type { SupabaseClient } from '@supabase/supabase-js'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { useRealtimeTransport } from '../RealtimeContext'
import { workspaceTopic } from '../topics'
import { useLocalPresence } from './localPresenceStore'
import { PresenceContext } from './PresenceContext'
import { summarizePresence, type PresenceState, type PresentUser } from './presenceState'
import { usePageVisible } from './usePageVisible'
import { useProfileName } from './useProfileName'

/** How often `user_presence.last_seen` moves while the workspace is open. */
const LAST_SEEN_EVERY_MS = 60_000

/**
 * The user's presence in one workspace: shows them on the workspace topic (where they are, whether the tab is in
 * front, what they edit) and gives everyone present to the screens below. Ephemeral; only `last_seen` is stored.
 */
export function WorkspacePresence({
  client,
  workspaceId,
  userId,
  moduleKey,
  children,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client: SupabaseClient<any, any, any>
  workspaceId: string
  userId: string
  moduleKey: string | null
  children: ReactNode
}) {
  const transport = useRealtimeTransport()
  const [users, setUsers] = useState<PresentUser[]>([])
  const name = useProfileName(client, userId)
  const visible = usePageVisible()
  const editing = useLocalPresence((s) => s.editing)
  const viewId = useLocalPresence((s) => s.viewId)
  const recordId = useLocalPresence((s) => s.recordId)
  const topic = workspaceTopic(workspaceId)

  useEffect(() => {
    setUsers([])
    return transport?.onPresence(topic, (entries) => setUsers(summarizePresence(entries)))
  }, [transport, topic])

  const state: PresenceState | null = useMemo(
    () => (name === null ? null : { name, status: visible ? 'online' : 'away', moduleKey, viewId, recordId, editing }),
    [name, visible, moduleKey, viewId, recordId, editing],
  )
  useEffect(() => {
    if (!transport || !state) return
    const stop = transport.trackPresence(topic, state)
    // Stopped after the next state is tracked, so a change replaces the state instead of leaving and rejoining.
    return () => queueMicrotask(stop)
  }, [transport, topic, state])

  useEffect(() => {
    const touch = () =>
      void client
        .from('user_presence')
        .upsert({ user_id: userId, workspace_id: workspaceId, status: 'online', last_seen: new Date().toISOString() }, { onConflict: 'user_id,workspace_id' })
        .then(() => undefined)
    touch()
    const timer = setInterval(touch, LAST_SEEN_EVERY_MS)
    return () => clearInterval(timer)
  }, [client, userId, workspaceId])

  const value = useMemo(() => ({ selfId: userId, users }), [userId, users])
  return <PresenceContext.Provider value={value}>{children}</PresenceContext.Provider>
}
