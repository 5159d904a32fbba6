import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import type { buildDemoData, Row } from './support/demoData'
import { buildNotification, notificationHandlers } from './support/notificationHandlers'
import { params, requestsTo } from './support/openView'
import { renderApp, signIn } from './support/renderApp'
import { server } from './support/server'

type Demo = ReturnType<typeof buildDemoData>

// The bell through the real supabase-js client: msw answers REST as the notification policies do and plays the
// database on the user's private topic, as private.broadcast_notification would.

/** Bob, signed in at the workspace picker, with two unread notifications and one read. */
async function signInWithNotifications(seed: (demo: Demo) => Row[] = defaultNotifications) {
  let rows: Row[] = []
  const app = renderApp((demo) => {
    rows = seed(demo)
    demo.data.tables.notifications = rows
    server.use(...notificationHandlers(demo.data))
    return '/'
  })
  await signIn(app.user, 'bob@northstar.test')
  return { ...app, rows }
}

function defaultNotifications({ bob, alice, mainStage, tasks }: Demo): Row[] {
  return [
    buildNotification(bob.id, {
      type: 'assignment', title: "Alice Moreau assigned you 'Costume fitting'", actor_id: alice.id, workspace_id: mainStage.id,
      entity_type: 'project_tasks', entity_id: tasks.fitting.id, created_at: '2025-03-01T10:02:00.000Z',
    }),
    buildNotification(bob.id, {
      type: 'mention', title: "Alice Moreau mentioned you on 'Paint flats'", message: '@Bob can you check the flats?', actor_id: alice.id,
      workspace_id: mainStage.id, entity_type: 'project_tasks', entity_id: tasks.paint.id, created_at: '2025-03-01T10:01:00.000Z',
    }),
    buildNotification(bob.id, {
      type: 'comment', title: "Alice Moreau commented on 'Focus session'", actor_id: alice.id, workspace_id: mainStage.id,
      entity_type: 'project_tasks', entity_id: tasks.focus.id, read_at: '2025-03-01T11:00:00.000Z', created_at: '2025-03-01T10:00:00.000Z',
    }),
  ]
}

const notice = (operation: 'INSERT' | 'UPDATE', record: Row) => ({ operation, record })

async function openPanel(user: Awaited<ReturnType<typeof signInWithNotifications>>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Notifications/ }))
  const panel = await screen.findByRole('dialog', { name: 'Notifications' })
  await within(panel).findByRole('list', { name: 'Notifications' })
  return panel
}

describe('notifications', () => {
  it('the bell says how many notifications are unread', async () => {
    await signInWithNotifications()
    expect(await screen.findByRole('button', { name: 'Notifications, 2 unread' })).toBeTruthy()
  })

  it('a notification the database sends live raises the count; a malformed one is ignored', async () => {
    const { realtime, bob, alice } = await signInWithNotifications()
    await screen.findByRole('button', { name: 'Notifications, 2 unread' })
    await waitFor(() => expect(realtime.isJoined(`user:${bob.id}`)).toBe(true))

    realtime.broadcast(`user:${bob.id}`, 'notification', { operation: 'INSERT', record: { id: 'no-title' } })
    realtime.broadcast(`user:${bob.id}`, 'notification', notice('INSERT', buildNotification(bob.id, { title: 'Alice Moreau changed a status', actor_id: alice.id })))

    expect(await screen.findByRole('button', { name: 'Notifications, 3 unread' })).toBeTruthy()
  })

  it('the list shows each notification with its excerpt, who did it and whether it is unread', async () => {
    const { user } = await signInWithNotifications()
    const panel = await openPanel(user)

    const items = within(panel).getAllByRole('listitem')
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      expect.stringContaining("Unread: Alice Moreau assigned you 'Costume fitting'"),
      expect.stringContaining('@Bob can you check the flats?'),
      expect.not.stringContaining('Unread'),
    ])
    expect(await within(items[0]!).findByText('Alice Moreau')).toBeTruthy()
    expect(within(items[2]!).getByRole('button', { name: "Mark unread: Alice Moreau commented on 'Focus session'" })).toBeTruthy()
  })

  it('mark all read sends one PATCH of the unread rows and clears the count', async () => {
    const { user, data, bob } = await signInWithNotifications()
    const panel = await openPanel(user)

    await user.click(within(panel).getByRole('button', { name: 'Mark all read' }))

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeTruthy()
    await waitFor(() => expect(requestsTo(data.log, 'PATCH', 'notifications')).toHaveLength(1))
    const [patch] = requestsTo(data.log, 'PATCH', 'notifications')
    expect(params(patch)).toMatchObject({ user_id: `eq.${bob.id}`, read_at: 'is.null' })
    expect(data.tables.notifications!.every((row) => row.read_at !== null)).toBe(true)
    expect(within(panel).queryByText(/^Unread:/)).toBeNull()
  })

  it('clicking a notification marks it read and goes to its record’s link', async () => {
    const { user, data, mainStage, tasks, rows } = await signInWithNotifications()
    const panel = await openPanel(user)
    const pushState = vi.spyOn(window.history, 'pushState')
    onTestFinished(() => pushState.mockRestore())

    await user.click(within(panel).getByRole('link', { name: /Costume fitting/ }))

    expect(pushState).toHaveBeenCalledWith(null, '', `/w/${mainStage.id}/tasks?record=${String(tasks.fitting.id)}`)
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).toBeNull()
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeTruthy()
    await waitFor(() => expect(data.tables.notifications!.find((row) => row.id === rows[0]!.id)?.read_at).not.toBeNull())
  })

  it('a read in another tab clears the item’s unread marker and the count', async () => {
    const { user, realtime, bob, rows } = await signInWithNotifications()
    const panel = await openPanel(user)
    await waitFor(() => expect(realtime.isJoined(`user:${bob.id}`)).toBe(true))

    realtime.broadcast(`user:${bob.id}`, 'notification', notice('UPDATE', { ...rows[1]!, read_at: '2025-03-02T09:00:00.000Z' }))

    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeTruthy()
    expect(within(panel).getByRole('button', { name: /^Mark unread: Alice Moreau mentioned you/ })).toBeTruthy()
  })

  it('muting a kind writes the preference', async () => {
    const { user, data, bob } = await signInWithNotifications()
    const panel = await openPanel(user)

    const mute = within(panel).getByRole('checkbox', { name: 'Mute comments' })
    await waitFor(() => expect((mute as HTMLInputElement).disabled).toBe(false))
    await user.click(mute)

    await waitFor(() => expect(data.tables.notification_preferences).toEqual([{ user_id: bob.id, type: 'comment', muted: true }]))
    const [write] = requestsTo(data.log, 'POST', 'notification_preferences')
    expect(params(write).on_conflict).toBe('user_id,type')
    expect((mute as HTMLInputElement).checked).toBe(true)
  })

  it('with no notifications the panel says so', async () => {
    const { user } = await signInWithNotifications(() => [])
    await user.click(await screen.findByRole('button', { name: 'Notifications' }))
    expect(await screen.findByText(/No notifications yet/)).toBeTruthy()
  })
})
