import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { DEMO_JWT_SECRET } from './config.ts'
import { projectRoot } from './database/migrate.ts'
import { createStaticServer } from './http/createStaticServer.ts'
import { startBackend, type BackendOptions } from './startBackend.ts'

export interface RunBackendOptions extends BackendOptions {
  /** Build the SPA and serve it on this port. */
  appPort?: number
}

const demoLogins = ['alice@northstar.test', 'bob@northstar.test', 'carol@northstar.test', 'mallory@rival.test']

/** The long-running process behind `npm run backend` and `npm start`: prints what `supabase start` prints. */
export async function runBackend(options: RunBackendOptions): Promise<void> {
  const started = Date.now()
  const backend = await startBackend({ ...options, log: (message) => console.error(message) })
  await writeEnvLocal(backend.url, backend.anonKey)

  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(backend.host)
  if (!loopback && options.jwtSecret === DEMO_JWT_SECRET) {
    console.warn(
      `WARNING: the API is exposed on ${backend.host} with the public demo JWT secret: anyone who can reach it can ` +
        'sign their own service_role token. Set CALLBOARD_JWT_SECRET to a secret of your own.',
    )
  }

  let appServer: ReturnType<typeof createStaticServer> | undefined
  let appUrl: string | undefined
  if (options.appPort !== undefined) {
    const { build } = await import('vite')
    await build({ root: projectRoot, logLevel: 'warn' })
    appServer = createStaticServer(join(projectRoot, 'dist'))
    await new Promise<void>((resolve, reject) => {
      appServer!.once('error', reject).listen(options.appPort, backend.host, () => resolve())
    })
    appUrl = `http://${backend.host}:${(appServer.address() as AddressInfo).port}`
  }

  console.log(`
Callboard backend started in ${((Date.now() - started) / 1000).toFixed(1)} s${backend.created ? ' (new database, demo data loaded)' : ''}.

         API URL: ${backend.url}
        REST URL: ${backend.url}/rest/v1
        Auth URL: ${backend.url}/auth/v1
    Realtime URL: ${backend.url.replace(/^http/, 'ws')}/realtime/v1
        anon key: ${backend.anonKey}
service_role key: ${backend.serviceRoleKey}
        Database: ${options.dataDir ?? 'in memory (gone on exit)'}
${appUrl ? `\nOpen the app: ${appUrl}\n` : ''}
Demo logins (password callboard-demo): ${demoLogins.join(', ')}
`)

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    console.log(`\n${signal}: closing the database cleanly...`)
    appServer?.close()
    appServer?.closeAllConnections()
    backend.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

/** Vite reads .env.local, so `npm run dev` and `npm start` point the app at this backend with no flags. */
async function writeEnvLocal(url: string, anonKey: string): Promise<void> {
  await writeFile(
    join(projectRoot, '.env.local'),
    `# Written by the embedded backend on start.\nVITE_SUPABASE_URL=${url}\nVITE_SUPABASE_PUBLISHABLE_KEY=${anonKey}\n`,
  )
}
