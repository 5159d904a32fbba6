import { describe, expect, it } from 'vitest'
import type { NotificationRow } from './notificationSchema'
import { reduceNotifications, type NotificationsAction } from './notificationsReducer'
import { initialNotificationsState, type NotificationsState } from './notificationsState'

const user = '00000000-0000-4000-8000-000000000001'

function row(n: number, overrides: Partial<NotificationRow> = {}): NotificationRow {
  return {
    id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
    user_id: user,
    workspace_id: 'ws',
    type: 'comment',
    title: `Notification ${n}`,
    message: null,
    entity_type: 'project_tasks',
    entity_id: 'task',
    actor_id: null,
    read_at: null,
    action_url: null,
    created_at: `2025-03-01T10:${String(n).padStart(2, '0')}:00+00:00`,
    ...overrides,
  }
}

const read = (r: NotificationRow) => ({ ...r, read_at: '2025-03-02T09:00:00+00:00' })
const run = (actions: NotificationsAction[], from: NotificationsState = initialNotificationsState) => actions.reduce(reduceNotifications, from)
const insert = (record: NotificationRow): NotificationsAction => ({ type: 'live', event: { operation: 'INSERT', record } })
const update = (record: NotificationRow): NotificationsAction => ({ type: 'live', event: { operation: 'UPDATE', record } })
const titles = (state: NotificationsState) => state.items.map((item) => item.title)

/** Counted 2 unread, first page of three rows (one read) loaded. */
function loaded(): NotificationsState {
  return run([
    { type: 'countLoaded', count: 2, since: 0 },
    { type: 'listRequested' },
    { type: 'pageLoaded', rows: [row(3), read(row(2)), row(1)], hasMore: false, since: 1, reset: true },
  ])
}

describe('reduceNotifications', () => {
  it('a live notification goes on top of the list and raises the unread count', () => {
    const state = run([insert(row(4))], loaded())
    expect(titles(state)).toEqual(['Notification 4', 'Notification 3', 'Notification 2', 'Notification 1'])
    expect(state.unreadCount).toBe(3)
  })

  it('the same notification delivered twice is listed and counted once', () => {
    const state = run([insert(row(4)), insert(row(4))], loaded())
    expect(state.items.filter((item) => item.id === row(4).id)).toHaveLength(1)
    expect(state.unreadCount).toBe(3)
  })

  it('a live insert of a row the page already brought changes nothing', () => {
    const state = run([insert(row(3))], loaded())
    expect(state.items).toHaveLength(3)
    expect(state.unreadCount).toBe(2)
  })

  it('an update that arrives before its insert is not undone by the late insert', () => {
    const state = run([update(read(row(4))), insert(row(4))], loaded())
    expect(state.items.find((item) => item.id === row(4).id)?.read_at).not.toBeNull()
    // Never seen unread here, so the count is asked again rather than guessed.
    expect(state.countStale).toBe(true)
    expect(state.unreadCount).toBe(2)
  })

  it('read in another tab: a listed row turns read and the count drops; unread again raises it', () => {
    const marked = run([update(read(row(3)))], loaded())
    expect(marked.unreadCount).toBe(1)
    expect(marked.countStale).toBe(false)
    const again = run([update(row(3))], marked)
    expect(again.unreadCount).toBe(2)
  })

  it('the same update twice moves the count once', () => {
    const state = run([update(read(row(3))), update(read(row(3)))], loaded())
    expect(state.unreadCount).toBe(1)
  })

  it('a page requested before a live update does not roll that row back', () => {
    let state = run([{ type: 'countLoaded', count: 1, since: 0 }, { type: 'listRequested' }])
    const since = state.clock
    state = run([update(read(row(1))), { type: 'pageLoaded', rows: [row(1)], hasMore: false, since, reset: true }], state)
    expect(state.items[0]?.read_at).not.toBeNull()
  })

  it('a live insert during the first load survives the load that did not include it', () => {
    let state = run([{ type: 'listRequested' }])
    const since = state.clock
    state = run([insert(row(9)), { type: 'pageLoaded', rows: [row(2), row(1)], hasMore: false, since, reset: true }], state)
    expect(titles(state)).toEqual(['Notification 9', 'Notification 2', 'Notification 1'])
  })

  it('a count requested before a change is not trusted: the known count stays and a recount is asked for', () => {
    let state = loaded()
    const since = state.clock
    state = run([{ type: 'countRequested' }, insert(row(4)), { type: 'countLoaded', count: 2, since }], state)
    expect(state.unreadCount).toBe(3)
    expect(state.countStale).toBe(true)
  })

  it('before the list is opened, live rows only move the count; the list loads them later', () => {
    const state = run([{ type: 'countLoaded', count: 0, since: 0 }, insert(row(1))])
    expect(state.unreadCount).toBe(1)
    expect(state.items).toEqual([])
  })

  it('a live row older than the loaded pages waits for paging, so the next page starts after the oldest shown', () => {
    const state = run(
      [{ type: 'listRequested' }, { type: 'pageLoaded', rows: [row(5), row(4)], hasMore: true, since: 0, reset: false }, insert(row(1))],
      run([{ type: 'countLoaded', count: 2, since: 0 }]),
    )
    expect(titles(state)).toEqual(['Notification 5', 'Notification 4'])
    expect(state.unreadCount).toBe(3)
  })

  it('marking read shows at once; the answer of an earlier write does not override a later one', () => {
    let state = run([{ type: 'readLocally', id: row(3).id, readAt: '2025-03-02T09:00:00+00:00', seq: 1 }], loaded())
    expect(state.unreadCount).toBe(1)
    state = run([{ type: 'readLocally', id: row(3).id, readAt: null, seq: 2 }], state)
    expect(state.unreadCount).toBe(2)
    // The live echo of the first write and its answer arrive after the second was made.
    state = run([update(read(row(3))), { type: 'writeSettled', id: row(3).id, seq: 1, row: read(row(3)) }], state)
    expect(state.items.find((item) => item.id === row(3).id)?.read_at).toBeNull()
    expect(state.unreadCount).toBe(2)
    state = run([{ type: 'writeSettled', id: row(3).id, seq: 2, row: row(3) }, update(row(3))], state)
    expect(state.unreadCount).toBe(2)
    expect(state.pendingWrites).toEqual({})
  })

  it('a failed write puts the row back as it was and asks for a recount', () => {
    const before = loaded()
    const state = run(
      [
        { type: 'readLocally', id: row(3).id, readAt: '2025-03-02T09:00:00+00:00', seq: 1 },
        { type: 'writeSettled', id: row(3).id, seq: 1, row: null, failed: { previous: row(3) } },
      ],
      before,
    )
    expect(state.items.find((item) => item.id === row(3).id)?.read_at).toBeNull()
    expect(state.unreadCount).toBe(2)
    expect(state.countStale).toBe(true)
  })

  it('mark all read clears the count and every listed row at once; a later live row counts again', () => {
    let state = run([{ type: 'allReadLocally', readAt: '2025-03-02T09:00:00+00:00' }], loaded())
    expect(state.unreadCount).toBe(0)
    expect(state.items.every((item) => item.read_at !== null)).toBe(true)
    state = run([{ type: 'allReadSettled', ids: [row(3).id, row(1).id] }, update(read(row(3))), insert(row(7))], state)
    expect(state.unreadCount).toBe(1)
  })

  it('mark all read that fails asks for a fresh count and list', () => {
    const state = run([{ type: 'allReadLocally', readAt: '2025-03-02T09:00:00+00:00' }, { type: 'allReadFailed' }], loaded())
    expect(state.countStale).toBe(true)
    expect(state.listStale).toBe(true)
  })

  it('a reload that shows a listed row in another state than ours marks the count for a recount', () => {
    const state = run([{ type: 'pageLoaded', rows: [read(row(3)), read(row(2)), row(1)], hasMore: false, since: 100, reset: true }], loaded())
    expect(state.items[0]?.read_at).not.toBeNull()
    expect(state.countStale).toBe(true)
  })

  it('a coming back connection asks for a recount, and a reload only of a list already shown', () => {
    expect(run([{ type: 'reconnected' }])).toMatchObject({ countStale: true, listStale: false })
    expect(run([{ type: 'reconnected' }], loaded())).toMatchObject({ countStale: true, listStale: true })
  })

  it('older pages are appended in order', () => {
    const state = run(
      [{ type: 'listRequested' }, { type: 'pageLoaded', rows: [row(5), row(4)], hasMore: true, since: 0, reset: true }],
      initialNotificationsState,
    )
    const more = run([{ type: 'pageLoaded', rows: [row(3), row(2)], hasMore: false, since: state.clock, reset: false }], state)
    expect(titles(more)).toEqual(['Notification 5', 'Notification 4', 'Notification 3', 'Notification 2'])
    expect(more.hasMore).toBe(false)
  })
})
