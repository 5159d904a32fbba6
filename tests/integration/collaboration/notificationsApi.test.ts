import type { SupabaseClient } from '@supabase/supabase-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/startBackend.ts'
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  setNotificationRead,
} from '../../../src/realtime/notifications/notificationsApi.ts'
import { readNotificationPreferences, setNotificationPreference } from '../../../src/realtime/notifications/notificationPreferencesApi.ts'
import { parseNotificationEvent } from '../../../src/realtime/notifications/notificationSchema.ts'
import { ids, signedInClient, startTestBackend } from '../../support/testBackend.ts'

// The notifications API through the unmodified supabase-js client against the embedded backend: the count without
// rows, keyed paging, read/unread, one PATCH for mark all, preferences upserted on (user_id, type), and the live
// event on user:<id> read by the same schema.

let backend: Backend
let alice: SupabaseClient
let bob: SupabaseClient

const task = (n: number) => `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const trussTask = task(16) // assigned to bob, created by alice

beforeAll(async () => {
  backend = await startTestBackend()
  ;[alice, bob] = await Promise.all([signedInClient(backend, 'alice'), signedInClient(backend, 'bob')])
})
afterAll(async () => {
  await backend?.close()
})

/** Alice changes the status of bob's task n times: n notifications for bob. */
async function notifyBob(times: number) {
  const { data } = await alice.from('project_tasks').select('status').eq('id', trussTask).single()
  // Every update must change the status, or no notification is written.
  const statuses = ['review', 'todo', 'done', 'in_progress'].filter((status) => status !== data?.status)
  for (let i = 0; i < times; i++) {
    const { error } = await alice.from('project_tasks').update({ status: statuses[i % statuses.length] }).eq('id', trussTask)
    expect(error).toBeNull()
  }
}

describe('notifications API against the embedded backend', () => {
  it('counts, pages newest first, marks one and all read, and the live event parses', async () => {
    const events: unknown[] = []
    const channel = bob.channel(`user:${ids.bob}`, { config: { private: true } })
    channel.on('broadcast', { event: 'notification' }, ({ payload }) => events.push(payload))
    await bob.realtime.setAuth()
    await new Promise<void>((resolve) => channel.subscribe((status) => status === 'SUBSCRIBED' && resolve()))

    const before = await countUnreadNotifications(bob, ids.bob)
    await notifyBob(5)
    expect(await countUnreadNotifications(bob, ids.bob)).toBe(before + 5)

    const first = await listNotifications(bob, ids.bob, { limit: 3 })
    expect(first.rows).toHaveLength(3)
    expect(first.hasMore).toBe(true)
    const second = await listNotifications(bob, ids.bob, { limit: 3, after: first.rows[2]! })
    const all = [...first.rows, ...second.rows]
    expect(new Set(all.map((row) => row.id)).size).toBe(all.length)
    const times = all.map((row) => Date.parse(row.created_at))
    expect([...times].sort((a, b) => b - a)).toEqual(times)

    const read = await setNotificationRead(bob, first.rows[0]!.id, true)
    expect(read?.read_at).not.toBeNull()
    expect(await countUnreadNotifications(bob, ids.bob)).toBe(before + 4)
    expect((await setNotificationRead(bob, first.rows[0]!.id, false))?.read_at).toBeNull()
    // Alice cannot touch bob's rows: nothing visible, nothing changed.
    expect(await setNotificationRead(alice, first.rows[1]!.id, true)).toBeNull()

    const changed = await markAllNotificationsRead(bob, ids.bob)
    expect(changed.length).toBe(before + 5)
    expect(await countUnreadNotifications(bob, ids.bob)).toBe(0)

    await expect.poll(() => events.length).toBeGreaterThanOrEqual(5)
    const parsed = events.map(parseNotificationEvent)
    expect(parsed.every((event) => event !== null)).toBe(true)
    expect(parsed.some((event) => event?.operation === 'UPDATE')).toBe(true)
    await bob.removeChannel(channel)
  })

  it('muting a kind is one upsert; muting again and unmuting update the same row', async () => {
    expect((await readNotificationPreferences(bob, ids.bob)).status_change).toBe(false)
    await setNotificationPreference(bob, ids.bob, 'status_change', true)
    await setNotificationPreference(bob, ids.bob, 'status_change', true)
    expect((await readNotificationPreferences(bob, ids.bob)).status_change).toBe(true)

    const before = await countUnreadNotifications(bob, ids.bob)
    await notifyBob(1)
    expect(await countUnreadNotifications(bob, ids.bob)).toBe(before)

    await setNotificationPreference(bob, ids.bob, 'status_change', false)
    expect(await readNotificationPreferences(bob, ids.bob)).toEqual({ mention: false, assignment: false, comment: false, status_change: false })
  })
})
