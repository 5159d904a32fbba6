import { reduceNotifications, type NotificationsAction } from './notificationsReducer'
import { initialNotificationsState, type NotificationsState } from './notificationsState'

export interface NotificationsStore {
  getState(): NotificationsState
  dispatch(action: NotificationsAction): void
  subscribe(listener: () => void): () => void
}

/**
 * The reducer behind a synchronous getState, so a request can read the clock the moment it starts (a React
 * reducer's state is only seen at the next render). Shaped for useSyncExternalStore.
 */
export function createNotificationsStore(): NotificationsStore {
  let state = initialNotificationsState
  const listeners = new Set<() => void>()
  return {
    getState: () => state,
    dispatch(action) {
      const next = reduceNotifications(state, action)
      if (next === state) return
      state = next
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
