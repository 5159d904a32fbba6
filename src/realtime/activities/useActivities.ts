import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../../lib/errorMessage'
import { supabase } from '../../lib/supabase/client'
import { useRealtimeTransport } from '../RealtimeContext'
import { activityTopic } from '../topics'
import { listActivities, type ActivityQuery } from './activitiesApi'
import { matchesActivityFilter, parseActivityEvent, type ActivityRow } from './activitySchema'
import { mergeActivities } from './mergeActivities'
import { onReconnect } from '../onReconnect'

export interface Activities {
  status: 'loading' | 'ready' | 'error'
  /** Newest first. */
  items: readonly ActivityRow[]
  hasMore: boolean
  loadingMore: boolean
  error: string | null
  reload(): void
  loadMore(): void
}

function matches(query: ActivityQuery, row: ActivityRow): boolean {
  if (row.workspace_id !== query.workspaceId) return false
  if (query.scope === 'record') return row.entity_type === query.table && row.entity_id === query.recordId
  return matchesActivityFilter(row, query.filter)
}

function queryKey(query: ActivityQuery | null): string {
  if (!query) return ''
  return query.scope === 'record'
    ? `record:${query.workspaceId}:${query.table}:${query.recordId}`
    : `workspace:${query.workspaceId}:${query.filter.userId ?? ''}:${query.filter.entityType ?? ''}:${query.filter.action ?? ''}`
}

/**
 * A record's history or the workspace's feed, kept live from the workspace's activity topic (a new activity that
 * the query would return goes on top). Pages load on demand; a connection that comes back reloads the first page.
 */
export function useActivities(query: ActivityQuery | null): Activities {
  const transport = useRealtimeTransport()
  const key = queryKey(query)
  const latestQuery = useRef(query)
  latestQuery.current = query
  const [items, setItems] = useState<ActivityRow[]>([])
  const [status, setStatus] = useState<Activities['status']>('loading')
  const [hasMore, setHasMore] = useState(false)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const shownKey = useRef('')

  useEffect(() => {
    const current = latestQuery.current
    if (shownKey.current !== key) {
      shownKey.current = key
      setItems([])
      setStatus('loading')
      setHasMore(false)
    }
    if (!current) return
    let live = true
    listActivities(supabase, current).then(
      (page) => {
        if (!live) return
        // Live rows that came during the load stay; the page fills in beneath them.
        setItems((shown) => mergeActivities(shown.filter((row) => matches(current, row)), page.rows))
        setHasMore(page.hasMore)
        setStatus('ready')
      },
      (failure: unknown) => {
        if (!live) return
        setError(errorMessage(failure))
        setStatus('error')
      },
    )
    return () => {
      live = false
    }
  }, [key, attempt])

  const workspaceId = query?.workspaceId ?? null
  useEffect(() => {
    if (!transport || !workspaceId) return
    const stopEvents = transport.subscribe(activityTopic(workspaceId), 'activity', (payload) => {
      const row = parseActivityEvent(payload)
      const current = latestQuery.current
      if (row && current && matches(current, row)) setItems((shown) => mergeActivities(shown, [row]))
    })
    const stopStatus = onReconnect(transport, () => setAttempt((n) => n + 1))
    return () => {
      stopEvents()
      stopStatus()
    }
  }, [transport, workspaceId])

  const oldest = items[items.length - 1] ?? null
  const loadMore = useCallback(() => {
    const current = latestQuery.current
    if (!current || !oldest || loadingMore) return
    setLoadingMore(true)
    listActivities(supabase, current, { after: oldest }).then(
      (page) => {
        setLoadingMore(false)
        // Filters changed meanwhile: this page belongs to the previous list.
        if (queryKey(latestQuery.current) !== queryKey(current)) return
        setItems((shown) => mergeActivities(shown, page.rows))
        setHasMore(page.hasMore)
      },
      (failure: unknown) => {
        setError(errorMessage(failure))
        setLoadingMore(false)
      },
    )
  }, [oldest, loadingMore])

  return { status, items, hasMore, loadingMore, error, reload: useCallback(() => setAttempt((n) => n + 1), []), loadMore }
}
