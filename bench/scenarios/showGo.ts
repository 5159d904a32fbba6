import { cpus, loadavg } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { SupabaseClient } from '@supabase/supabase-js'
import type { Browser, Locator, Page } from 'playwright-core'
import { buildAndServeApp, launchChromium } from '../../tests/integration/browser/browserHarness.ts'
import { DEMO_PASSWORD, emails, ids, signedInClient, type DemoUser } from '../../tests/support/testBackend.ts'
import { signInThroughApi, startBenchBackend } from '../benchBackend.ts'
import { percentile, type Scenario, type ScenarioResult } from '../harness.ts'
import type { FromWorker, Receipt, ShowGoJob, ToWorker } from './showGoWorker.ts'

/** The Chromium followers: two departments following and two backstage displays, one of them with a clock 7 min fast. */
const SKEW_MS = 7 * 60_000
const BROWSER_FOLLOWERS: readonly FollowerSpec[] = [
  { label: 'bob, follow lighting', user: 'bob', mode: 'follow', department: 'lighting' },
  { label: 'carol, display', user: 'carol', mode: 'display', clockPair: 'reference' },
  { label: 'bob, display (clock +7 min)', user: 'bob', mode: 'display', skewMs: SKEW_MS, clockPair: 'skewed' },
  { label: 'carol, follow sound', user: 'carol', mode: 'follow', department: 'sound' },
]
/** 4 pages + 96 supabase-js clients = the 100 screens of issue 11. */
const NODE_FOLLOWERS = 96
/** Node followers are split over this many threads, so one thread's decoding queue does not become the figure. */
const SHARDS = 2
/** GOs before the measured ones: the first presses pay for lazy code, JIT and cold caches in six processes. */
const WARMUP = 2
const PRESSES = 40
/** Past this a delivery counts as missing rather than slow: no screen of a running show may wait seconds. */
const DELIVERY_TIMEOUT_MS = 10_000
/** For the page set-up steps (sign-in, first load, clock measured, realtime joined) on a loaded 2-core machine. */
const SETUP_TIMEOUT_MS = 90_000
/** Reloads of each display after the GOs, each a fresh clock measurement for the countdown disagreement. */
const CLOCK_RELOADS = 2

const cueId = (n: number) => `5e000000-0000-4000-8000-${String(n).padStart(12, '0')}`

interface FollowerSpec {
  label: string
  user: DemoUser
  mode: 'follow' | 'display'
  department?: string
  skewMs?: number
  /** The two displays whose clock offsets are compared (the countdown disagreement). */
  clockPair?: 'reference' | 'skewed'
}

interface BrowserFollower extends FollowerSpec {
  page: Page
  /** Where the page shows the running cue's title. */
  titleSelector: string
}

interface Cue {
  id: string
  title: string
}

interface PressSample {
  clickAt: number
  /** Per Chromium follower, in BROWSER_FOLLOWERS order: when its title changed, or null. */
  browser: Array<number | null>
  /** Per Node follower: when the new version arrived, or null. */
  node: Array<number | null>
  /** When the caller's own desk showed the cue (from the RPC's answer, not the broadcast). */
  caller: number | null
  /** show_control's clock_timestamp() at its start (the runtime's updated_at), epoch ms. */
  databaseAt: number | null
}

declare global {
  interface Window {
    /** When the last GO click reached the document (capture phase), epoch ms. */
    __showGoClickAt?: number
    /** Resolves with when the awaited title appeared (epoch ms), or null after the timeout. */
    __showGoSeen?: Promise<number | null>
  }
}

/**
 * GO on the caller's desk to every follower's screen, in headless Chromium on the production bundle: alice calls the
 * demo rundown from her desk page; 4 Chromium pages (department follow views, backstage displays) and 96 supabase-js
 * clients on the show's private topic follow it. From the GO click (stamped in the caller's page) to the new cue's
 * title in each page (a MutationObserver) and to the runtime broadcast in each Node client. Also the countdown
 * disagreement between two displays, one with its clock seven minutes fast.
 */
export const showGo: Scenario = {
  name: 'show-go',
  async run(): Promise<ScenarioResult> {
    const loadStart = loadavg()[0]!
    // Everything started is closed in reverse order, whatever fails: a leaked Chromium or worker would outlive the run.
    const cleanups: Array<() => Promise<unknown>> = []
    try {
      const backend = await startBenchBackend()
      cleanups.push(() => backend.close())
      const alice = await signedInClient(backend, 'alice')
      cleanups.push(() => alice.removeAllChannels())
      const eventId = await showEventId(alice)
      // As the show-day browser test does: three days out, whatever today is, the run is a rehearsal timed from its
      // own first GO, so the figures do not depend on whether the template's show happens to be tonight (on show
      // day a late show also has the caller's desk ask for the crew's overtime every minute).
      await backend.db.query(
        `update public.events set starts_at = now() + interval '3 days', ends_at = now() + interval '3 days 2 hours 45 minutes' where id = $1`,
        [eventId],
      )
      await backend.db.query(`update public.run_of_show set hard_start_at = now() + interval '3 days' where id = $1`, [cueId(2)])
      const cues = await rundown(alice, eventId)
      const topic = `workspace:${ids.mainStage}:show:${eventId}`

      const app = await buildAndServeApp(backend)
      cleanups.push(() => app.close())
      const browser = await launchChromium()
      cleanups.push(() => browser.close())
      const showUrl = (mode: string, department?: string) =>
        `${app.url}/w/${ids.mainStage}/show/${eventId}/${mode}${department ? `?department=${department}` : ''}`

      // The caller first, seated before anyone follows, so every follower's first read already has the caller.
      const caller = await openShowPage(browser, 'alice', showUrl('call'))
      await caller.getByRole('button', { name: 'Call this show' }).click()
      await caller.getByText('You are calling this show.').waitFor({ timeout: SETUP_TIMEOUT_MS })
      const goButton = caller.getByRole('button', { name: 'GO', exact: true })
      await stampGoClicks(caller)

      const followers: BrowserFollower[] = await Promise.all(
        BROWSER_FOLLOWERS.map(async (spec) => ({
          ...spec,
          page: await openShowPage(browser, spec.user, showUrl(spec.mode, spec.department), spec.skewMs),
          titleSelector: spec.mode === 'display' ? '.show-display__title' : 'section[aria-label="Current cue"] h2',
        })),
      )
      for (const follower of followers) {
        if ((await follower.page.locator(follower.titleSelector).count()) !== 1) {
          throw new Error(`show-go: ${follower.label}: no single current-cue title at ${follower.titleSelector}; the show page's markup changed`)
        }
      }

      const [bob, carol] = await Promise.all([signInThroughApi(backend, emails.bob), signInThroughApi(backend, emails.carol)])
      const tokens = Array.from({ length: NODE_FOLLOWERS }, (_, i) => (i % 2 === 0 ? bob : carol).access_token)
      const threads = Array.from({ length: SHARDS }, (_, shard) =>
        startFollowerThread({ url: backend.url, apikey: backend.anonKey, topic, tokens: tokens.filter((_, i) => i % SHARDS === shard) }),
      )
      cleanups.push(() => Promise.all(threads.map((t) => t.close())))
      await withTimeout(Promise.all(threads.map((t) => t.ready)), SETUP_TIMEOUT_MS, `${NODE_FOLLOWERS} Node followers did not all join ${topic}`)

      const pair = {
        reference: followers.find((f) => f.clockPair === 'reference')!,
        skewed: followers.find((f) => f.clockPair === 'skewed')!,
      }
      const disagreements: number[] = []
      const readOffsets = async () => {
        const [a, b] = await Promise.all([clockOffset(pair.reference.page), clockOffset(pair.skewed.page)])
        // Both pages run on this machine's one real clock: database time = own clock + own offset on each, so
        // offset_A and skew + offset_B should agree; what they do not agree by, their countdowns disagree by.
        disagreements.push(Math.abs(a - (SKEW_MS + b)))
        return `${Math.round(a)}/${Math.round(b)}`
      }
      const offsetPairs = new Set([await readOffsets()])

      const samples: PressSample[] = []
      let armMissing = 0
      const total = WARMUP + PRESSES
      if ((await runtimeVersion(caller)) === null) throw new Error('show-go: the caller page shows no runtime version (data-runtime-version)')
      let busy: BusyMeter[] = []
      // The seeded show starts armed, so press 0 is the first cue; after the last cue GO has nowhere to go (the desk
      // disables it), so the show is armed again and the next press starts from the top.
      for (let press = 0; press < total; press++) {
        // Main-thread time of each page over the measured GOs: on 2 cores, what the pages burn is the server's loss.
        if (press === WARMUP) busy = await Promise.all([caller, ...followers.map((f) => f.page)].map(startBusyMeter))
        const sample = await measureGo(caller, goButton, followers, threads, cues[press % cues.length]!)
        if (press >= WARMUP) {
          samples.push(sample)
          offsetPairs.add(await readOffsets())
        }
        if ((press + 1) % cues.length === 0 && press < total - 1) armMissing += await arm(alice, eventId, caller, followers, threads)
      }
      const busyMsPerS = await Promise.all(busy.map((meter) => meter.stop()))

      // The offset is measured at load and every 30 s, so the readings above (a few seconds of GOs) are one
      // measurement per page. Reloading each display measures again, under a page load, as a screen that joins
      // mid-show does.
      for (let round = 0; round < CLOCK_RELOADS; round++) {
        for (const display of [pair.skewed, pair.reference]) {
          await display.page.reload()
          await display.page.locator('main.show-page[data-clock-offset-ms]').waitFor()
          offsetPairs.add(await readOffsets())
        }
      }

      return summarize(samples, disagreements, {
        loadStart,
        armMissing,
        offsetPairs: offsetPairs.size,
        arms: Math.floor((total - 1) / cues.length),
        busy: [
          `caller ${busyMsPerS[0]!.toFixed(0)}`,
          ...followers.map((f, i) => `${f.label} ${busyMsPerS[i + 1]!.toFixed(0)}`),
        ].join(', '),
      })
    } finally {
      for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error('show-go cleanup:', error))
    }
  },
}

async function showEventId(alice: SupabaseClient): Promise<string> {
  // The demo's show is whichever performance was next when the template was seeded: found through its first cue.
  const { data, error } = await alice.from('run_of_show').select('event_id').eq('id', cueId(1)).single()
  if (error) throw new Error(`show-go: the demo rundown's first cue: ${error.message}`)
  return (data as { event_id: string }).event_id
}

/** The show's cues in running order (all placed, so position orders them as the app and show_cue_after do). */
async function rundown(alice: SupabaseClient, eventId: string): Promise<Cue[]> {
  const { data, error } = await alice.from('run_of_show').select('id, title').eq('event_id', eventId).is('deleted_at', null).order('position')
  if (error) throw new Error(`show-go: the rundown: ${error.message}`)
  const cues = data as Cue[]
  if (cues.length < 2 || new Set(cues.map((c) => c.title)).size !== cues.length) {
    throw new Error(`show-go needs a rundown of distinct titles (a title change is how a page shows a GO); got ${cues.length} cues`)
  }
  return cues
}

/** A show page signed in through the form, in its own context (its own session), loaded, clock measured, realtime live. */
async function openShowPage(browser: Browser, user: DemoUser, url: string, skewMs?: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  // The app reads only Date.now(), so this moves its whole idea of the time; performance.now() (the stamps) stays real.
  if (skewMs) await context.addInitScript(`{ const realNow = Date.now; Date.now = () => realNow() + ${skewMs}; }`)
  const page = await context.newPage()
  page.setDefaultTimeout(SETUP_TIMEOUT_MS)
  page.on('pageerror', (error) => console.error(`[show-go ${user}]`, error))
  await page.goto(url)
  await page.getByLabel('Email').fill(emails[user])
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.locator('main.show-page[data-clock-offset-ms]').waitFor()
  await page.locator('[data-connection="online"]').waitFor()
  return page
}

/** Stamps every click on GO as it reaches the document, before React's handler (on the root, below it) runs. */
async function stampGoClicks(caller: Page): Promise<void> {
  await caller.evaluate(() => {
    document.addEventListener(
      'click',
      (event) => {
        const button = event.target instanceof Element ? event.target.closest('button') : null
        // The click, not pointerdown: the app acts on click, and Playwright's press and release are two round trips
        // apart, which would be the harness's time, not the app's.
        if (button?.textContent?.trim() === 'GO') window.__showGoClickAt = performance.timeOrigin + performance.now()
      },
      true,
    )
  })
}

/** Arms a wait in the page for `selector` to read `title`: set before the click, so no change can be missed. */
function expectTitle(page: Page, selector: string, title: string): Promise<void> {
  return page.evaluate(
    ({ selector, title, timeoutMs }) => {
      // No named helper functions in here: tsx compiles this file with esbuild's keepNames, which wraps them in a
      // __name() call that does not exist in the page.
      window.__showGoSeen = new Promise((resolve) => {
        if (document.querySelector(selector)?.textContent === title) return resolve(performance.timeOrigin + performance.now())
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector)?.textContent !== title) return
          const at = performance.timeOrigin + performance.now()
          observer.disconnect()
          clearTimeout(timer)
          resolve(at)
        })
        const timer = setTimeout(() => {
          observer.disconnect()
          resolve(null)
        }, timeoutMs)
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
      })
    },
    { selector, title, timeoutMs: DELIVERY_TIMEOUT_MS },
  )
}

const seenTitle = (page: Page) => page.evaluate(() => window.__showGoSeen ?? null)

async function runtimeVersion(page: Page): Promise<number | null> {
  const value = await page.locator('main.show-page').getAttribute('data-runtime-version')
  return value === null ? null : Number(value)
}

async function clockOffset(page: Page): Promise<number> {
  return Number(await page.locator('main.show-page').getAttribute('data-clock-offset-ms'))
}

/** Waits until the page holds runtime `version` or newer; false after the timeout. */
async function reachesVersion(page: Page, version: number, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction(
      (v) => Number(document.querySelector('main.show-page')?.getAttribute('data-runtime-version')) >= v,
      version,
      { timeout: timeoutMs },
    )
    return true
  } catch {
    return false
  }
}

/** One GO, clicked on the caller's desk, and when each of the 100 followers (and the desk itself) showed it. */
async function measureGo(caller: Page, goButton: Locator, followers: BrowserFollower[], threads: FollowerThread[], cue: Cue): Promise<PressSample> {
  // The desk has applied the last answer (or broadcast) before it is pressed: GO carries the version it has seen, and
  // a stale one is refused (40001).
  const before = (await runtimeVersion(caller))!
  const version = before + 1
  await Promise.all([
    ...followers.map((f) => expectTitle(f.page, f.titleSelector, cue.title)),
    expectTitle(caller, 'section[aria-label="Current cue"] h2', cue.title),
    caller.evaluate(() => {
      window.__showGoClickAt = undefined
    }),
  ])
  // Asked before the click; the threads record every receipt anyway, so the order only saves a round trip.
  const nodeSeen = threads.map((t) => t.seen(version, DELIVERY_TIMEOUT_MS))
  await goButton.click()
  const clickAt = await caller.evaluate(() => window.__showGoClickAt ?? null)
  if (clickAt === null) throw new Error('show-go: the GO click did not reach the caller page')
  const answers = await Promise.all(nodeSeen)
  const browser = await Promise.all(followers.map((f) => seenTitle(f.page)))
  const own = await seenTitle(caller)
  if (!(await reachesVersion(caller, version, DELIVERY_TIMEOUT_MS))) {
    const refusal = await caller.locator('.ui-callout, [role="alert"]').allTextContents().catch(() => [])
    throw new Error(`show-go: GO to "${cue.title}" did not reach version ${version} on the caller's desk (${refusal.join(' | ') || 'no error shown'})`)
  }
  const node: Array<number | null> = []
  for (const answer of answers) {
    for (const receipt of answer.receipts) {
      checkReceipt(receipt, cue, version)
      node.push(receipt?.at ?? null)
    }
  }
  const updatedAt = answers.find((a) => a.updatedAt !== null)?.updatedAt ?? null
  return { clickAt, browser, node, caller: own, databaseAt: updatedAt === null ? null : Date.parse(updatedAt) }
}

function checkReceipt(receipt: Receipt | null, cue: Cue, version: number): void {
  if (receipt && (receipt.cueId !== cue.id || receipt.state !== 'play')) {
    throw new Error(`show-go: version ${version} named cue ${receipt.cueId} (${receipt.state}), expected ${cue.id} (${cue.title}) in play`)
  }
}

/** Back to the top (as the caller's Reset does), by RPC as alice; returns how many followers never saw it armed. */
async function arm(alice: SupabaseClient, eventId: string, caller: Page, followers: BrowserFollower[], threads: FollowerThread[]): Promise<number> {
  const { data, error } = await alice.rpc('show_control', { p_event_id: eventId, p_action: 'arm' })
  if (error) throw new Error(`show-go: arm refused: ${error.message} (${error.code})`)
  const version = Number((data as { version: number | string }).version)
  const [answers, pages] = await Promise.all([
    Promise.all(threads.map((t) => t.seen(version, DELIVERY_TIMEOUT_MS))),
    Promise.all(followers.map((f) => reachesVersion(f.page, version, DELIVERY_TIMEOUT_MS))),
  ])
  // The desk learns of an arm it did not press only from the broadcast; its next GO would be refused as stale.
  if (!(await reachesVersion(caller, version, DELIVERY_TIMEOUT_MS))) throw new Error(`show-go: the caller's desk never saw the show armed (version ${version})`)
  return answers.reduce((n, a) => n + a.receipts.filter((r) => r === null).length, 0) + pages.filter((ok) => !ok).length
}

function summarize(
  samples: PressSample[],
  disagreements: number[],
  run: { loadStart: number; armMissing: number; offsetPairs: number; arms: number; busy: string },
): ScenarioResult {
  const all: number[] = []
  const browser: number[] = []
  const node: number[] = []
  const slowest: number[] = []
  const own: number[] = []
  const toDatabase: number[] = []
  const databaseToNode: number[] = []
  let missing = 0
  for (const s of samples) {
    const deltas = [...s.browser, ...s.node].map((at) => (at === null ? null : at - s.clickAt))
    missing += deltas.filter((d) => d === null).length
    const got = deltas.filter((d): d is number => d !== null)
    all.push(...got)
    // The slowest screen of a press is only known when every screen got it; a press with a miss counts as missing.
    if (got.length === deltas.length) slowest.push(Math.max(...got))
    browser.push(...s.browser.filter((at): at is number => at !== null).map((at) => at - s.clickAt))
    node.push(...s.node.filter((at): at is number => at !== null).map((at) => at - s.clickAt))
    if (s.caller !== null) own.push(s.caller - s.clickAt)
    if (s.databaseAt !== null) {
      toDatabase.push(s.databaseAt - s.clickAt)
      databaseToNode.push(...s.node.filter((at): at is number => at !== null).map((at) => at - s.databaseAt!))
    }
  }
  const screens = BROWSER_FOLLOWERS.length + NODE_FOLLOWERS
  return {
    scenario: 'show-go',
    description: `GO clicked on the caller's desk → the new cue on ${screens} followers (${BROWSER_FOLLOWERS.length} Chromium show pages, production bundle, + ${NODE_FOLLOWERS} supabase-js clients on ${SHARDS} threads) on the show's private topic; ${samples.length} GOs after ${WARMUP} warm-up`,
    metrics: [
      { name: 'GO → follower p50', value: percentile(all, 50), unit: 'ms' },
      { name: 'GO → follower p95', value: percentile(all, 95), unit: 'ms', target: 50 },
      { name: 'GO → last follower p95', value: percentile(slowest, 95), unit: 'ms', target: 50 },
      { name: 'GO → last follower max', value: Math.max(...slowest), unit: 'ms' },
      { name: 'deliveries missing', value: missing, unit: 'count', target: 0 },
      { name: 'browser followers p50', value: percentile(browser, 50), unit: 'ms' },
      { name: 'browser followers p95', value: percentile(browser, 95), unit: 'ms' },
      { name: 'Node followers p50', value: percentile(node, 50), unit: 'ms' },
      { name: 'Node followers p95', value: percentile(node, 95), unit: 'ms' },
      { name: "caller's own desk p95 (RPC answer)", value: percentile(own, 95), unit: 'ms' },
      { name: 'GO → show_control starts p50', value: percentile(toDatabase, 50), unit: 'ms' },
      { name: 'GO → show_control starts p95', value: percentile(toDatabase, 95), unit: 'ms' },
      { name: 'show_control starts → Node follower p50', value: percentile(databaseToNode, 50), unit: 'ms' },
      { name: 'show_control starts → Node follower p95', value: percentile(databaseToNode, 95), unit: 'ms' },
      { name: 'countdown disagreement (clock +7 min) max', value: Math.max(...disagreements), unit: 'ms', target: 100 },
    ],
    notes: [
      `load average (1 min) at start/end: ${run.loadStart.toFixed(2)} / ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`,
      `${samples.length} measured GOs × ${screens} followers = ${samples.length * screens} deliveries expected; ${all.length} arrived within ${DELIVERY_TIMEOUT_MS} ms; ${slowest.length} GOs reached every follower`,
      `browser followers: ${BROWSER_FOLLOWERS.map((f) => f.label).join('; ')}; Node followers signed in as bob and carol (alternating)`,
      `the rundown was re-armed ${run.arms} times by RPC between cycles; ${run.armMissing} followers missed an arm`,
      `countdown disagreement: ${disagreements.length} readings of data-clock-offset-ms on the two displays (after each GO, and after ${CLOCK_RELOADS} reloads of each), ${run.offsetPairs} distinct offset pairs`,
      `pages' main-thread busy time over the measured GOs (Chromium's TaskDuration; includes Playwright's own evaluate and click work in the page), ms per s: ${run.busy}`,
      'GO → show_control starts is the desk page, fetch, REST and the RPC up to its clock_timestamp() (the runtime\'s updated_at, in the broadcast); the rest is the transaction, the database broadcast and the fan-out',
    ],
  }
}

interface BusyMeter {
  /** Main-thread task time since the start, in ms per second of wall time. */
  stop(): Promise<number>
}

/** Chromium's own task accounting (CDP Performance.getMetrics: TaskDuration and Timestamp, both in seconds). */
async function startBusyMeter(page: Page): Promise<BusyMeter> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
    return { task: value('TaskDuration'), at: value('Timestamp') }
  }
  const start = await read()
  return {
    async stop() {
      const end = await read()
      await cdp.detach()
      return (1000 * (end.task - start.task)) / (end.at - start.at)
    },
  }
}

interface FollowerThread {
  /** Resolves once every client of the thread has joined the topic. */
  ready: Promise<void>
  /** This thread's clients' receipts of `version`, once all have it or after `timeoutMs`. */
  seen(version: number, timeoutMs: number): Promise<Extract<FromWorker, { type: 'seen' }>>
  close(): Promise<void>
}

/** Starts showGoWorker.ts on a thread (tsx is registered inside it, as Node 20 workers need). */
function startFollowerThread(job: ShowGoJob): FollowerThread {
  const entry = new URL('./showGoWorker.ts', import.meta.url).href
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  const worker = new Worker(boot, { eval: true, workerData: job })
  const waiting = new Map<number, Array<(answer: Extract<FromWorker, { type: 'seen' }>) => void>>()
  let failure: Error | null = null
  const failed: Array<(error: Error) => void> = []
  let readyResolve!: () => void
  let closedResolve!: () => void
  const ready = new Promise<void>((resolve, reject) => {
    readyResolve = resolve
    failed.push(reject)
  })
  // A failure before anyone awaits `ready` must not surface as an unhandled rejection.
  ready.catch(() => undefined)
  const closed = new Promise<void>((resolve) => (closedResolve = resolve))
  const fail = (error: Error) => {
    failure ??= error
    for (const reject of failed.splice(0)) reject(error)
    closedResolve()
  }
  worker.on('message', (msg: FromWorker) => {
    if (msg.type === 'ready') readyResolve()
    else if (msg.type === 'seen') {
      const resolvers = waiting.get(msg.version) ?? []
      waiting.delete(msg.version)
      for (const resolve of resolvers) resolve(msg)
    } else if (msg.type === 'closed') closedResolve()
    else fail(new Error(`show-go follower thread: ${msg.message}`))
  })
  worker.once('error', (error) => fail(error))
  worker.once('exit', (code) => fail(new Error(`show-go follower thread exited (${code})`)))
  const post = (msg: ToWorker) => worker.postMessage(msg)
  return {
    ready,
    seen(version, timeoutMs) {
      if (failure) return Promise.reject(failure)
      return new Promise((resolve, reject) => {
        waiting.set(version, [...(waiting.get(version) ?? []), resolve])
        failed.push(reject)
        post({ type: 'await', version, timeoutMs })
      })
    },
    async close() {
      if (!failure) {
        post({ type: 'finish' })
        // Its clients leave their channels; a thread that hangs there is ended anyway.
        await withTimeout(closed, 10_000, 'a follower thread did not close').catch(() => undefined)
      }
      await worker.terminate()
    },
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`show-go: ${what} within ${ms / 1000} s`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
