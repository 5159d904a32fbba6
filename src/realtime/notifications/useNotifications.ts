import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { errorMessage } from '../../lib/errorMessage'
import { supabase } from '../../lib/supabase/client'
import { useRealtimeTransport } from '../RealtimeContext'
import { userTopic } from '../topics'
import { parseNotificationEvent, type NotificationRow } from './notificationSchema'
import { countUnreadNotifications, listNotifications, markAllNotificationsRead, setNotificationRead } from './notificationsApi'
import { createNotificationsStore } from './notificationsStore'

export interface Notifications {
  /** The loaded part of the list, newest first. */
  items: readonly NotificationRow[]
  unreadCount: number
  listStatus: 'idle' | 'loading' | 'ready' | 'error'
  hasMore: boolean
  /** Why the last mark read/unread failed, until dismissed. */
  writeError: string | null
  /** Loads the first page unless it is loaded and current; the list is only read when someone looks at it. */
  openList(): void
  loadMore(): void
  setRead(id: string, read: boolean): void
  markAllRead(): void
  dismissError(): void
}

/**
 * The signed-in user's notifications: the unread count from the start, the list once `openList` is called, both
 * kept live from the private `user:<id>` topic (every tab of the user stays in step) and recounted when the
 * connection comes back.
 */
export function useNotifications(userId: string): Notifications {
  // A new user starts from nothing: nothing of the previous one's list or count may show.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => createNotificationsStore(), [userId])
  const state = useSyncExternalStore(store.subscribe, store.getState)
  const transport = useRealtimeTransport()
  const [writeError, setWriteError] = useState<string | null>(null)
  const inFlight = useRef({ count: false, list: false, seq: 0 })

  useEffect(() => {
    if (!transport) return
    const stopEvents = transport.subscribe(userTopic(userId), 'notification', (payload) => {
      const event = parseNotificationEvent(payload)
      if (event && event.record.user_id === userId) store.dispatch({ type: 'live', event })
    })
    let lost = false
    const stopStatus = transport.onStatus((status) => {
      if (status === 'reconnecting' || status === 'offline') lost = true
      else if (status === 'online' && lost) {
        lost = false
        store.dispatch({ type: 'reconnected' })
      }
    })
    return () => {
      stopEvents()
      stopStatus()
    }
  }, [transport, store, userId])

  const needsCount = state.unreadCount === null || state.countStale
  useEffect(() => {
    if (!needsCount || inFlight.current.count) return
    inFlight.current.count = true
    const since = store.getState().clock
    store.dispatch({ type: 'countRequested' })
    countUnreadNotifications(supabase, userId).then(
      (count) => store.dispatch({ type: 'countLoaded', count, since }),
      () => store.dispatch({ type: 'countFailed' }),
    ).finally(() => {
      inFlight.current.count = false
    })
  }, [needsCount, store, userId])

  const loadPage = useCallback(
    (reset: boolean) => {
      if (inFlight.current.list) return
      inFlight.current.list = true
      const { clock: since, items } = store.getState()
      const oldest = reset ? null : items.at(-1)
      store.dispatch({ type: 'listRequested' })
      listNotifications(supabase, userId, { after: oldest ? { created_at: oldest.created_at, id: oldest.id } : null }).then(
        (page) => store.dispatch({ type: 'pageLoaded', rows: page.rows, hasMore: page.hasMore, since, reset }),
        () => store.dispatch({ type: 'listFailed' }),
      ).finally(() => {
        inFlight.current.list = false
      })
    },
    [store, userId],
  )

  useEffect(() => {
    if (state.listStale && state.listStatus !== 'idle') loadPage(true)
  }, [state.listStale, state.listStatus, loadPage])

  const openList = useCallback(() => {
    const { listStatus, listStale } = store.getState()
    if (listStatus === 'idle' || listStatus === 'error' || listStale) loadPage(true)
  }, [store, loadPage])

  const setRead = useCallback(
    (id: string, read: boolean) => {
      const previous = store.getState().items.find((item) => item.id === id)
      if (!previous || (previous.read_at !== null) === read) return
      const seq = ++inFlight.current.seq
      store.dispatch({ type: 'readLocally', id, readAt: read ? new Date().toISOString() : null, seq })
      setNotificationRead(supabase, id, read).then(
        (row) => store.dispatch({ type: 'writeSettled', id, seq, row }),
        (error: unknown) => {
          store.dispatch({ type: 'writeSettled', id, seq, row: null, failed: { previous } })
          setWriteError(errorMessage(error))
        },
      )
    },
    [store],
  )

  const markAllRead = useCallback(() => {
    store.dispatch({ type: 'allReadLocally', readAt: new Date().toISOString() })
    markAllNotificationsRead(supabase, userId).then(
      (ids) => store.dispatch({ type: 'allReadSettled', ids }),
      (error: unknown) => {
        store.dispatch({ type: 'allReadFailed' })
        setWriteError(errorMessage(error))
      },
    )
  }, [store, userId])

  return {
    items: state.items,
    unreadCount: state.unreadCount ?? 0,
    listStatus: state.listStatus,
    hasMore: state.hasMore,
    writeError,
    openList,
    loadMore: useCallback(() => loadPage(false), [loadPage]),
    setRead,
    markAllRead,
    dismissError: useCallback(() => setWriteError(null), []),
  }
}
