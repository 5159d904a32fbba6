import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js'
import { afterAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/startBackend.ts'
import { ids, signedInClient, startTestBackend } from '../../support/testBackend.ts'
import { closeClients, Inbox } from './realtimeTestKit.ts'

const cleanup: Array<() => Promise<unknown>> = []
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined)
})

/**
 * A task list the way a view keeps one: reload on every SUBSCRIBED (the first and each rejoin), apply events in
 * between. Track presence on every SUBSCRIBED too, since realtime-js rejoins but does not re-track.
 */
function taskView(client: SupabaseClient, name: string) {
  const titles = new Map<string, string>()
  const statuses = new Inbox<string>()
  const reloads = new Inbox<number>()
  const events = new Inbox<string>()
  const channel: RealtimeChannel = client
    .channel('main-stage-tasks', { config: { presence: { key: name } } })
    .on('presence', { event: 'sync' }, () => undefined)
    .on('postgres_changes', { event: '*', schema: 'public', table: 'project_tasks', filter: `workspace_id=eq.${ids.mainStage}` }, (change) => {
      if (change.eventType === 'DELETE') titles.delete((change.old as { id: string }).id)
      else titles.set((change.new as { id: string }).id, (change.new as { title: string }).title)
      events.push(change.eventType)
    })
  channel.subscribe((status) => {
    statuses.push(status)
    if (status !== 'SUBSCRIBED') return
    void channel.track({ name })
    void client
      .from('project_tasks')
      .select('id, title')
      .eq('workspace_id', ids.mainStage)
      .then(({ data, error }) => {
        if (error) throw new Error(error.message)
        for (const row of data ?? []) titles.set(row.id as string, row.title as string)
        reloads.push(data?.length ?? 0)
      })
  })
  const subscribedCount = () => statuses.items.filter((s) => s === 'SUBSCRIBED').length
  return { channel, titles, statuses, reloads, events, subscribedCount }
}

describe('after the backend restarts', () => {
  it('clients reconnect and rejoin; a view that reloads on SUBSCRIBED misses nothing, and presence comes back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'callboard-realtime-restart-'))
    cleanup.push(() => rm(dir, { recursive: true, force: true }))
    const dataDir = join(dir, 'db')
    let backend: Backend = await startTestBackend({ dataDir })
    cleanup.push(() => backend.close())
    const port = backend.port

    const bob = await signedInClient(backend, 'bob')
    const carol = await signedInClient(backend, 'carol')
    cleanup.push(() => closeClients(bob, carol))
    const carolView = taskView(carol, 'carol')
    const bobView = taskView(bob, 'bob')
    await carolView.reloads.waitForCount(1)
    await bobView.reloads.waitForCount(1)
    await new Inbox().waitFor(() => Object.keys(carolView.channel.presenceState()).sort().join() === 'bob,carol', 5000, 'presence before')

    const before = await bob.from('project_tasks').insert({ workspace_id: ids.mainStage, title: 'Before the restart' }).select('id').single()
    await carolView.events.waitForCount(1)
    expect(carolView.titles.get(before.data!.id as string)).toBe('Before the restart')

    await backend.close()
    backend = await startTestBackend({ dataDir, loadDataDir: undefined, port })
    // Committed while the clients are still away: no event will carry it, the reload on rejoin must.
    const { rows } = await backend.db.query<{ id: string }>(
      `insert into public.project_tasks (workspace_id, title) values ($1, 'Written during the gap') returning id`,
      [ids.mainStage],
    )
    const gapId = rows[0]!.id

    await carolView.reloads.waitForCount(2, 20_000)
    await bobView.reloads.waitForCount(2, 20_000)
    expect(carolView.subscribedCount()).toBe(2)
    expect(carolView.titles.get(gapId)).toBe('Written during the gap')

    // and the rejoined channel streams again, and presence is whole again
    const after = await bob.from('project_tasks').insert({ workspace_id: ids.mainStage, title: 'After the restart' }).select('id').single()
    expect(after.error).toBeNull()
    await new Inbox().waitFor(() => carolView.titles.get(after.data!.id as string) === 'After the restart', 5000, 'the event after rejoining')
    await new Inbox().waitFor(() => Object.keys(carolView.channel.presenceState()).sort().join() === 'bob,carol', 5000, 'presence after')
  }, 60_000)
})
