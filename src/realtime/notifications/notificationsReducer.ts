import type { NotificationEvent, NotificationRow } from './notificationSchema'
import {
  applyInsertedRow,
  applyServerRow,
  mergePage,
  type NotificationsState,
} from './notificationsState'

/** `since` is the state's clock when the request started (read just before sending it). */
export type NotificationsAction =
  | { type: 'live'; event: NotificationEvent }
  | { type: 'countRequested' }
  | { type: 'countLoaded'; count: number; since: number }
  | { type: 'countFailed' }
  | { type: 'listRequested' }
  | { type: 'pageLoaded'; rows: NotificationRow[]; hasMore: boolean; since: number; reset: boolean }
  | { type: 'listFailed' }
  /** The user marked one row read or unread; `seq` names this write among the row's writes. */
  | { type: 'readLocally'; id: string; readAt: string | null; seq: number }
  /** A write answered: the row as saved, null when it is gone, or `failed` with the row as it was before. */
  | { type: 'writeSettled'; id: string; seq: number; row: NotificationRow | null; failed?: { previous: NotificationRow } }
  | { type: 'allReadLocally'; readAt: string }
  | { type: 'allReadSettled'; ids: string[] } | { type: 'allReadFailed' }
  /** The connection came back: anything may have changed meanwhile. */
  | { type: 'reconnected' }

/**
 * The bell's state as a pure function of what happened. Live events may be duplicated or arrive before the
 * rows they change were loaded; the user's own writes show at once and the answer of the latest one wins.
 */
export function reduceNotifications(state: NotificationsState, action: NotificationsAction): NotificationsState {
  const clock = state.clock + 1
  switch (action.type) {
    case 'live': {
      const { operation, record } = action.event
      // Our own write to this row is in flight: its answer is the newest state we know of.
      if (state.pendingWrites[record.id] !== undefined) return { ...state, clock }
      const next = { ...state, clock }
      return operation === 'INSERT' ? applyInsertedRow(next, record, clock) : applyServerRow(next, record, clock)
    }
    case 'countRequested':
      return { ...state, clock, countStale: false }
    case 'countLoaded':
      // A change since the request started may or may not be in the number: keep ours and count again.
      if (state.countChangedAt > action.since && state.unreadCount !== null) return { ...state, clock, countStale: true }
      return { ...state, clock, unreadCount: action.count, countStale: state.countChangedAt > action.since }
    case 'countFailed':
      return { ...state, clock }
    case 'listRequested':
      return { ...state, clock, listStale: false, listStatus: state.listStatus === 'ready' ? 'ready' : 'loading' }
    case 'pageLoaded':
      return {
        ...state,
        clock,
        ...mergePage(state, action.rows, { since: action.since, reset: action.reset }),
        listStatus: 'ready',
        hasMore: action.hasMore,
      }
    case 'listFailed':
      return { ...state, clock, listStatus: state.listStatus === 'ready' ? 'ready' : 'error' }
    case 'readLocally': {
      const current = state.items.find((item) => item.id === action.id)
      if (!current) return state
      const next = applyServerRow({ ...state, clock }, { ...current, read_at: action.readAt }, clock)
      return { ...next, pendingWrites: { ...state.pendingWrites, [action.id]: action.seq } }
    }
    case 'writeSettled': {
      if (state.pendingWrites[action.id] !== action.seq) return { ...state, clock }
      const { [action.id]: _settled, ...pendingWrites } = state.pendingWrites
      const next = { ...state, clock, pendingWrites }
      if (action.failed) return { ...applyServerRow(next, action.failed.previous, clock), countStale: true }
      if (action.row) return applyServerRow(next, action.row, clock)
      // Gone (deleted, or no longer visible): drop it and count again.
      const { [action.id]: _known, ...known } = state.known
      return { ...next, items: state.items.filter((item) => item.id !== action.id), known, countStale: true }
    }
    case 'allReadLocally': {
      const known = { ...state.known }
      for (const id of Object.keys(known)) known[id] = true
      const items = state.items.map((item) => (item.read_at === null ? { ...item, read_at: action.readAt } : item))
      return { ...state, clock, items, known, unreadCount: 0, countChangedAt: clock }
    }
    case 'allReadSettled': {
      const known = { ...state.known }
      for (const id of action.ids) known[id] = true
      return { ...state, clock, known }
    }
    case 'allReadFailed':
    case 'reconnected':
      return { ...state, clock, countStale: true, listStale: state.listStatus !== 'idle' }
  }
}
