import { access, mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { build } from 'vite'
import { projectRoot } from '../../../server/database/migrate.ts'
import { createStaticServer } from '../../../server/http/createStaticServer.ts'
import type { Backend } from '../../../server/startBackend.ts'

/** Debian's Chromium: CI installs the package (.ci/run); tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium'
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export async function requireChromium(): Promise<void> {
  try {
    await access(CHROMIUM)
  } catch {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}. Install the Debian package: apt-get install chromium (.ci/run does).`)
  }
}

export interface ServedApp {
  url: string
  close(): Promise<void>
}

/**
 * Builds the app once with Vite's API, pointed at `backend` (its URL and publishable key come from a temporary env
 * directory, so the project's .env.local is neither read nor touched), and serves it as production serves it.
 */
export async function buildAndServeApp(backend: Backend): Promise<ServedApp> {
  const workDir = await mkdtemp(join(tmpdir(), 'callboard-browser-'))
  const outDir = join(workDir, 'dist')
  await writeFile(join(workDir, '.env'), `VITE_SUPABASE_URL=${backend.url}\nVITE_SUPABASE_PUBLISHABLE_KEY=${backend.anonKey}\n`)
  // Vitest runs with NODE_ENV=test and has already put the project's .env.local (VITE_*) into process.env, which Vite
  // prefers over any env file: set both for the build, and put them back after.
  const saved = { NODE_ENV: process.env.NODE_ENV, VITE_SUPABASE_URL: process.env.VITE_SUPABASE_URL, VITE_SUPABASE_PUBLISHABLE_KEY: process.env.VITE_SUPABASE_PUBLISHABLE_KEY }
  Object.assign(process.env, { NODE_ENV: 'production', VITE_SUPABASE_URL: backend.url, VITE_SUPABASE_PUBLISHABLE_KEY: backend.anonKey })
  try {
    await build({
      root: projectRoot,
      configFile: join(projectRoot, 'vite.config.ts'),
      envDir: workDir,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    })
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  const server = createStaticServer(outDir)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()))
      await rm(workDir, { recursive: true, force: true })
    },
  }
}

export async function launchChromium(): Promise<Browser> {
  await requireChromium()
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: launchArgs })
}
