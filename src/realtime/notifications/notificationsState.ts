import type { NotificationRow } from './notificationSchema'

/**
 * What the bell knows: the loaded part of the list (newest first) and the unread count, kept in step by live
 * events, the user's own writes and reloads. `clock` orders everything that happened, so a response that was
 * requested before a live event cannot undo it.
 */
export interface NotificationsState {
  items: NotificationRow[]
  listStatus: 'idle' | 'loading' | 'ready' | 'error'
  hasMore: boolean
  /** Null until first counted. */
  unreadCount: number | null
  /** The count may be off (a change it could not account for): the hook counts again. */
  countStale: boolean
  /** The loaded list may be off (missed events, a failed write): the hook reloads its first page. */
  listStale: boolean
  clock: number
  /** Read (true) or unread of every row seen, listed or not, so changes move the count exactly. */
  known: Record<string, boolean>
  /** Clock of the last live event or local change per row. */
  touched: Record<string, number>
  /** Clock of the last change to the count. */
  countChangedAt: number
  /** The latest local write in flight per row: other news of that row waits for its answer. */
  pendingWrites: Record<string, number>
}

export const initialNotificationsState: NotificationsState = {
  items: [],
  listStatus: 'idle',
  hasMore: false,
  unreadCount: null,
  countStale: false,
  listStale: false,
  clock: 0,
  known: {},
  touched: {},
  countChangedAt: 0,
  pendingWrites: {},
}

const isRead = (row: NotificationRow) => row.read_at !== null

/** Newest first: created_at, then id, as the API orders pages. */
export function compareNewestFirst(a: NotificationRow, b: NotificationRow): number {
  const byTime = Date.parse(b.created_at) - Date.parse(a.created_at)
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1
}

/**
 * Whether a row belongs in the loaded list: once loading started, and not older than the oldest loaded row when
 * more pages remain (that part of the list arrives with paging, and the cursor must stay the oldest row shown).
 */
function fitsList(state: NotificationsState, row: NotificationRow): boolean {
  if (state.listStatus === 'idle') return false
  const oldest = state.items.at(-1)
  return !state.hasMore || !oldest || compareNewestFirst(row, oldest) <= 0
}

function placeRow(state: NotificationsState, row: NotificationRow): NotificationRow[] {
  const index = state.items.findIndex((item) => item.id === row.id)
  if (index >= 0) return state.items.map((item, i) => (i === index ? row : item))
  if (!fitsList(state, row)) return state.items
  return [...state.items, row].sort(compareNewestFirst)
}

/** How the unread count moves when a row goes from `before` to `after` (undefined: never seen). */
function countDelta(before: boolean | undefined, after: boolean): number {
  if (before === undefined || before === after) return 0
  return after ? -1 : 1
}

/**
 * A row as the server now has it (a live UPDATE or a write's answer). A row never seen before leaves the count
 * unknown: it may have been read or unread before.
 */
export function applyServerRow(state: NotificationsState, row: NotificationRow, clock: number): NotificationsState {
  const before = state.known[row.id]
  const delta = countDelta(before, isRead(row))
  return {
    ...state,
    items: placeRow(state, row),
    known: { ...state.known, [row.id]: isRead(row) },
    touched: { ...state.touched, [row.id]: clock },
    unreadCount: state.unreadCount === null ? null : Math.max(0, state.unreadCount + delta),
    countStale: state.countStale || before === undefined,
    countChangedAt: delta !== 0 || before === undefined ? clock : state.countChangedAt,
  }
}

/** A row just created: counted once however often it is delivered, and never over a newer state of itself. */
export function applyInsertedRow(state: NotificationsState, row: NotificationRow, clock: number): NotificationsState {
  if (state.known[row.id] !== undefined) return state
  const unread = !isRead(row)
  return {
    ...state,
    items: placeRow(state, row),
    known: { ...state.known, [row.id]: isRead(row) },
    touched: { ...state.touched, [row.id]: clock },
    unreadCount: state.unreadCount === null || !unread ? state.unreadCount : state.unreadCount + 1,
    countChangedAt: unread ? clock : state.countChangedAt,
  }
}

/** Merges a page from the server: rows touched since the request started keep their newer state. */
export function mergePage(
  state: NotificationsState,
  rows: readonly NotificationRow[],
  { since, reset }: { since: number; reset: boolean },
): Pick<NotificationsState, 'items' | 'known' | 'countStale'> {
  const newer = (id: string) => (state.touched[id] ?? -1) > since
  const known = { ...state.known }
  let countStale = state.countStale
  const byId = new Map<string, NotificationRow>()
  // A reset replaces the list, keeping only what arrived live after the request started.
  for (const item of state.items) if (!reset || newer(item.id)) byId.set(item.id, item)
  for (const row of rows) {
    if (newer(row.id)) continue
    // A listed state that differs from the page's means events were missed, so the count may be off too.
    if (known[row.id] !== undefined && known[row.id] !== isRead(row)) countStale = true
    known[row.id] = isRead(row)
    byId.set(row.id, row)
  }
  return { items: [...byId.values()].sort(compareNewestFirst), known, countStale }
}
