import type { SupabaseClient } from '@supabase/supabase-js'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { PresenceEntry } from '../RealtimeTransport'
import { useRealtimeTransport } from '../RealtimeContext'
import { workspaceTopic } from '../topics'
import { useLocalPresence } from './localPresenceStore'
import { PresenceContext } from './PresenceContext'
import { presenceIdentitySchema, summarizePresence, tabStateSchema, type TabState } from './presenceState'
import { usePageVisible } from './usePageVisible'
import { useProfileName } from './useProfileName'

/** How often `user_presence.last_seen` moves while the workspace is open. */
const LAST_SEEN_EVERY_MS = 60_000
/** A tab repeats its state this often, so a state lost on the way is corrected soon. */
const STATE_EVERY_MS = 20_000
export const TAB_STATE_EVENT = 'tab-state'

/**
 * The user's presence in one workspace. Presence proper (tracked once per join) says which tabs are here and whose;
 * each tab's changing state (in front or not, which view and record, which field it edits) is broadcast on change,
 * every 20 seconds, and whenever a new tab appears, since Supabase allows a channel only 5 presence calls per 30 s.
 * Ephemeral; only `user_presence.last_seen` is stored.
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
  const [tabId] = useState(() => crypto.randomUUID())
  const [entries, setEntries] = useState<PresenceEntry[]>([])
  const [tabStates, setTabStates] = useState<ReadonlyMap<string, TabState>>(new Map())
  const name = useProfileName(client, userId)
  const visible = usePageVisible()
  const editing = useLocalPresence((s) => s.editing)
  const viewId = useLocalPresence((s) => s.viewId)
  const recordId = useLocalPresence((s) => s.recordId)
  const topic = workspaceTopic(workspaceId)

  const state: TabState = useMemo(
    () => ({ tabId, userId, status: visible ? 'online' : 'away', moduleKey, viewId, recordId, editing }),
    [tabId, userId, visible, moduleKey, viewId, recordId, editing],
  )
  const latestState = useRef(state)
  latestState.current = state

  // Who is here, and everyone's tab states.
  useEffect(() => {
    if (!transport) return
    setEntries([])
    setTabStates(new Map())
    const known = new Set<string>()
    const stopPresence = transport.onPresence(topic, (next) => {
      setEntries(next)
      // Someone new (or this tab, once joined): tell them where this tab is.
      const tabs = next.flatMap((entry) => {
        const identity = presenceIdentitySchema.safeParse(entry.state)
        return identity.success ? [identity.data.tabId] : []
      })
      if (tabs.some((tab) => !known.has(tab))) transport.send(topic, TAB_STATE_EVENT, latestState.current)
      known.clear()
      for (const tab of tabs) known.add(tab)
      setTabStates((current) => {
        const live = [...current].filter(([tab]) => known.has(tab))
        return live.length === current.size ? current : new Map(live)
      })
    })
    const stopStates = transport.subscribe(topic, TAB_STATE_EVENT, (payload) => {
      const parsed = tabStateSchema.safeParse(payload)
      if (parsed.success) setTabStates((current) => new Map(current).set(parsed.data.tabId, parsed.data))
    })
    return () => {
      stopPresence()
      stopStates()
    }
  }, [transport, topic])

  // Track once per join: who this tab is.
  useEffect(() => {
    if (!transport || name === null) return
    return transport.trackPresence(topic, { name, tabId })
  }, [transport, topic, name, tabId])

  // Where this tab is: on change and every so often.
  useEffect(() => {
    if (!transport) return
    setTabStates((current) => new Map(current).set(state.tabId, state))
    transport.send(topic, TAB_STATE_EVENT, state)
    const timer = setInterval(() => transport.send(topic, TAB_STATE_EVENT, latestState.current), STATE_EVERY_MS)
    return () => clearInterval(timer)
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

  const users = useMemo(() => summarizePresence(entries, tabStates), [entries, tabStates])
  const value = useMemo(() => ({ selfId: userId, users }), [userId, users])
  return <PresenceContext.Provider value={value}>{children}</PresenceContext.Provider>
}
