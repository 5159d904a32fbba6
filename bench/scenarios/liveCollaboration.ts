import { loadavg } from 'node:os'
import type { SupabaseClient } from '@supabase/supabase-js'
import type { Page } from 'playwright-core'
import type { Backend } from '../../server/startBackend.ts'
import { createSupabaseTransport } from '../../src/realtime/supabaseTransport.ts'
import { rowsTopic, workspaceTopic } from '../../src/realtime/topics.ts'
import { buildAndServeApp, launchChromium } from '../../tests/integration/browser/browserHarness.ts'
import { DEMO_PASSWORD, emails, ids, signedInClient, type DemoUser } from '../../tests/support/testBackend.ts'
import { percentile, type Scenario, type ScenarioResult } from '../harness.ts'
import { benchBackend, round } from './realtimeBenchSupport.ts'

/** Everyone subscribed to the workspace's rows: client B's page, client A, and this many more. */
const SUBSCRIBERS = 50
const WRITES = 60
const SIGNALS = 60
const PAUSE_MS = 150
const BOARD_VIEW = '0f000000-0000-4000-8000-000000000002'

/** The epoch in milliseconds with sub-millisecond precision, the same clock in Node and in the page. */
const now = () => performance.timeOrigin + performance.now()

declare global {
  interface Window {
    __waitFor?: (check: () => boolean) => Promise<number>
    __pending?: Promise<number>
  }
}

/**
 * Live collaboration end to end, in headless Chromium on the production bundle: client B (bob) has the seeded task
 * board open; client A (alice, supabase-js in Node) renames a card, and the time runs until B's page shows the new
 * title (REST write, the row trigger's broadcast, realtime fan-out to 50 subscribers of the workspace, the view
 * store and React). Then carol's presence (a tab-state broadcast: entering and leaving the view) and her drag ghost,
 * from her send until B's page shows or hides them.
 */
export const liveCollaboration: Scenario = {
  name: 'live-collaboration',
  async run(): Promise<ScenarioResult> {
    const loadStart = loadavg()[0]!
    const backend = await benchBackend()
    const app = await buildAndServeApp(backend)
    const browser = await launchChromium()
    const clients: SupabaseClient[] = []
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
      await signIn(page, app.url, 'bob', `/w/${ids.mainStage}/tasks/${BOARD_VIEW}`)
      await page.getByRole('region', { name: 'Task board' }).waitFor()
      await page.locator('[data-connection="online"]').waitFor()
      await page.evaluate(() => {
        // Resolves with the time of the first DOM change after which `check` holds.
        window.__waitFor = (check) =>
          new Promise((resolve) => {
            if (check()) return resolve(performance.timeOrigin + performance.now())
            const observer = new MutationObserver(() => {
              if (!check()) return
              observer.disconnect()
              resolve(performance.timeOrigin + performance.now())
            })
            observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
          })
      })

      const writer = await signedInClient(backend, 'alice')
      clients.push(writer)
      const others = await subscribers(backend, SUBSCRIBERS - 2)
      clients.push(...others)
      await new Promise((resolve) => setTimeout(resolve, 500))

      const cardId = (await page.locator('[data-column-key="todo"] [data-card-id]').first().getAttribute('data-card-id'))!
      const writeMs = await measureWrites(page, writer, cardId)

      const carol = await signedInClient(backend, 'carol')
      clients.push(carol)
      const { presenceMs, ghostMs } = await measureSignals(page, carol, cardId)

      return {
        scenario: 'live-collaboration',
        description: `Client A writes (REST) → client B's page shows it, ${SUBSCRIBERS} clients subscribed to the workspace's rows; presence and drag-ghost broadcasts → B's page; headless Chromium, production bundle`,
        metrics: [
          { name: 'write → visible in B p50', value: percentile(writeMs, 50), unit: 'ms', target: 30 },
          { name: 'write → visible in B p95', value: percentile(writeMs, 95), unit: 'ms', target: 100 },
          { name: 'write → visible in B p99', value: percentile(writeMs, 99), unit: 'ms' },
          { name: 'presence (enter/leave view) p50', value: percentile(presenceMs, 50), unit: 'ms' },
          { name: 'presence (enter/leave view) p95', value: percentile(presenceMs, 95), unit: 'ms', target: 20 },
          { name: 'drag ghost show/hide p50', value: percentile(ghostMs, 50), unit: 'ms' },
          { name: 'drag ghost show/hide p95', value: percentile(ghostMs, 95), unit: 'ms', target: 20 },
        ],
        notes: [`${WRITES} writes, ${SIGNALS} presence and ${SIGNALS} ghost changes, ${PAUSE_MS} ms apart; load average ${round(loadStart, 2)} at the start, ${round(loadavg()[0]!, 2)} at the end`],
      }
    } finally {
      await Promise.all(clients.map((client) => client.removeAllChannels().catch(() => undefined)))
      await browser.close()
      await app.close()
      await backend.close()
    }
  },
}

/** When the armed change showed in the page. */
const seen = (page: Page) => page.evaluate(() => window.__pending!)

async function signIn(page: Page, url: string, user: DemoUser, path: string) {
  await page.goto(`${url}${path}`)
  await page.getByLabel('Email').fill(emails[user])
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Members' clients subscribed to the rows topic, as open views are. */
async function subscribers(backend: Backend, count: number): Promise<SupabaseClient[]> {
  const users: DemoUser[] = ['alice', 'bob', 'carol']
  const clients = await Promise.all(Array.from({ length: count }, (_, i) => signedInClient(backend, users[i % users.length]!)))
  await Promise.all(
    clients.map(
      (client) =>
        new Promise<void>((resolve, reject) => {
          client
            .channel(rowsTopic(ids.mainStage), { config: { private: true } })
            .on('broadcast', { event: '*' }, () => undefined)
            .subscribe((status) => (status === 'SUBSCRIBED' ? resolve() : status === 'CHANNEL_ERROR' ? reject(new Error('subscriber could not join')) : undefined))
        }),
    ),
  )
  return clients
}

async function measureWrites(page: Page, writer: SupabaseClient, cardId: string): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < WRITES; i++) {
    const title = `Bench title ${i}`
    // The observer is in place before the write starts.
    await page.evaluate(
      ({ id, expected }) => {
        window.__pending = window.__waitFor!(() => document.querySelector(`[data-card-id="${id}"]`)?.getAttribute('aria-label') === expected)
      },
      { id: cardId, expected: title },
    )
    const start = now()
    const { error } = await writer.from('project_tasks').update({ title }).eq('id', cardId)
    if (error) throw new Error(error.message)
    samples.push((await seen(page)) - start)
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS))
  }
  return samples
}

async function measureSignals(page: Page, carol: SupabaseClient, cardId: string): Promise<{ presenceMs: number[]; ghostMs: number[] }> {
  const transport = createSupabaseTransport(carol, { presenceKey: ids.carol })
  const topic = workspaceTopic(ids.mainStage)
  const tabId = 'bench-tab'
  const statuses: string[] = []
  const stopStatus = transport.onStatus((status) => statuses.push(status))
  const stopTrack = transport.trackPresence(topic, { name: 'Carol Jensen', tabId })
  try {
    await page.getByRole('group', { name: /In this workspace: .*Carol Jensen/ }).waitFor()
    const arm = (entering: boolean) =>
      page.evaluate((want) => {
        window.__pending = window.__waitFor!(() => /Carol Jensen/.test(document.querySelector('[data-people-here="In this view"]')?.getAttribute('aria-label') ?? '') === want)
      }, entering)
    const presenceMs: number[] = []
    for (let i = 0; i < SIGNALS; i++) {
      const entering = i % 2 === 0
      await arm(entering)
      const start = now()
      transport.send(topic, 'tab-state', { tabId, userId: ids.carol, status: 'online', moduleKey: 'tasks', viewId: entering ? BOARD_VIEW : null, recordId: null, editing: null })
      presenceMs.push((await seen(page)) - start)
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS))
    }

    const ghostMs: number[] = []
    for (let i = 0; i < SIGNALS; i++) {
      const showing = i % 2 === 0
      await page.evaluate(
        ({ id, show }) => {
          window.__pending = window.__waitFor!(() => (document.querySelector(`[data-ghost-for="${id}"]`) !== null) === show)
        },
        { id: cardId, show: showing },
      )
      const start = now()
      transport.send(topic, 'drag', { userId: ids.carol, name: 'Carol Jensen', viewId: BOARD_VIEW, recordId: cardId, place: showing ? { columnKey: 'done', beforeId: null } : null })
      ghostMs.push((await seen(page)) - start)
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS))
    }
    return { presenceMs, ghostMs }
  } finally {
    stopTrack()
    stopStatus()
    ;(transport as { close(): void }).close()
  }
}
