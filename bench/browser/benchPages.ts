import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { build, type PluginOption } from 'vite'
import appConfig from '../../vite.config.ts'
import { projectRoot } from '../../server/database/migrate.ts'
import { createStaticServer } from '../../server/http/createStaticServer.ts'
import { launchChromium } from '../../tests/integration/browser/browserHarness.ts'

export const BENCH_PAGES = ['list', 'board', 'calendar'] as const
export type BenchPage = (typeof BENCH_PAGES)[number]

export interface BenchPages {
  url: string
  browser: Browser
  /** A fresh tab on `page` (query string included), once its data is generated and `window.__bench` is set. */
  open(page: string): Promise<Page>
  close(): Promise<void>
}

let shared: Promise<BenchPages> | null = null

/**
 * The bench pages, built once per process with Vite's API (production mode, the app's own plugins) into a temp dir,
 * served on 127.0.0.1, with one headless Chromium. Scenarios that run together share the build and the browser.
 */
export function benchPages(): Promise<BenchPages> {
  shared ??= start()
  return shared
}

export async function closeBenchPages(): Promise<void> {
  const current = shared
  shared = null
  if (current) await (await current).close()
}

async function start(): Promise<BenchPages> {
  const workDir = await mkdtemp(join(tmpdir(), 'callboard-bench-'))
  const outDir = join(workDir, 'dist')
  const root = join(projectRoot, 'bench', 'browser')
  const saved = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      root,
      configFile: false,
      envDir: workDir,
      mode: 'production',
      logLevel: 'warn',
      plugins: appConfig.plugins as PluginOption[],
      build: {
        outDir,
        emptyOutDir: true,
        target: appConfig.build?.target ?? 'es2022',
        sourcemap: false,
        // BENCH_MINIFY=0 keeps function names readable in a CPU profile (figures are then not the shipped code's).
        minify: process.env.BENCH_MINIFY !== '0',
        rollupOptions: { input: Object.fromEntries(BENCH_PAGES.map((name) => [name, join(root, `${name}.html`)])) },
      },
    })
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = saved
  }
  const server = createStaticServer(outDir)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await launchChromium()
  return {
    url,
    browser,
    async open(page) {
      const tab = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
      tab.setDefaultTimeout(120_000)
      const errors: string[] = []
      tab.on('pageerror', (error) => errors.push(String(error)))
      await tab.goto(`${url}/${page}`)
      try {
        await tab.waitForFunction(() => window.__bench?.ready === true, undefined, { timeout: 120_000 })
      } catch (error) {
        throw new Error(`bench page ${page} did not get ready: ${errors.join('; ') || String(error)}`)
      }
      return tab
    },
    async close() {
      await browser.close()
      await new Promise<void>((done) => server.close(() => done()))
      await rm(workDir, { recursive: true, force: true })
    },
  }
}

/** The 1-minute load average, written beside every browser figure: on a shared 2-core machine it explains outliers. */
export function loadAverage(): number {
  return loadavg()[0] ?? Number.NaN
}
