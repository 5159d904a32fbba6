import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { PGlite } from '@electric-sql/pglite'
import { createAuthHandler } from './auth/createAuthHandler.ts'
import { JwtKeys } from './auth/jwt.ts'
import { DEFAULT_HOST, DEFAULT_PORT, deriveApiKeys } from './config.ts'
import { openDatabase } from './database/openDatabase.ts'
import { prepareDatabase } from './database/prepareDatabase.ts'
import { createHttpServer } from './http/createHttpServer.ts'
import { createRealtime, type RealtimeService } from './realtime/createRealtime.ts'
import type { RealtimeLimits } from './realtime/realtimeLimits.ts'
import { createRestHandler } from './rest/createRestHandler.ts'

export interface BackendOptions {
  jwtSecret: string
  /** Data directory kept across restarts; omitted means in memory. */
  dataDir?: string
  /** A prepared database (dumpDataDir) to start from instead of initdb + migrations + seed. */
  loadDataDir?: Blob
  port?: number
  host?: string
  /** Run supabase/seed.sql when the database is new (default true). */
  seed?: boolean
  corsOrigins?: readonly string[]
  maxBodyBytes?: number
  bcryptCost?: number
  /** Realtime limits (channels per connection, messages per second, payload sizes); Supabase's by default. */
  realtimeLimits?: Partial<RealtimeLimits>
  log?: (message: string) => void
}

export interface Backend {
  url: string
  port: number
  host: string
  anonKey: string
  serviceRoleKey: string
  db: PGlite
  realtime: RealtimeService
  /** Whether this start created the database (and seeded it unless told not to). */
  created: boolean
  close(): Promise<void>
}

/** Starts the embedded Supabase: PGlite prepared with bootstrap, migrations and seed, behind Auth and REST. */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  const host = options.host ?? DEFAULT_HOST
  const db = await openDatabase({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  })
  try {
    const { created } = await prepareDatabase(db, { seed: options.seed ?? true })
    const keys = await deriveApiKeys(options.jwtSecret)
    const jwt = new JwtKeys(options.jwtSecret)
    const rest = await createRestHandler(db)
    const apiKeys = [keys.anonKey, keys.serviceRoleKey]
    const corsOrigins = options.corsOrigins ?? []
    const realtime = await createRealtime({
      db,
      jwt,
      apiKeys,
      corsOrigins,
      ...(options.realtimeLimits ? { limits: options.realtimeLimits } : {}),
      ...(options.log ? { log: options.log } : {}),
    })
    let url = ''
    const server = createHttpServer({
      jwt,
      rest,
      realtime,
      apiKeys,
      corsOrigins,
      maxBodyBytes: options.maxBodyBytes ?? 5 * 1024 * 1024,
      auth: createAuthHandler(db, jwt, {
        issuer: () => `${url}/auth/v1`,
        ...(options.bcryptCost ? { bcryptCost: options.bcryptCost } : {}),
      }),
      ...(options.log ? { log: options.log } : {}),
    })
    const port = await listen(server, options.port ?? DEFAULT_PORT, host).catch(async (error: unknown) => {
      await realtime.close()
      throw error
    })
    url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
    return {
      url,
      port,
      host,
      created,
      db,
      realtime,
      ...keys,
      async close() {
        // Realtime first: its sockets are not the HTTP server's to close, and it must stop reading the database.
        await realtime.close()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        await db.close()
      },
    }
  } catch (error) {
    await db.close().catch(() => undefined)
    throw error
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}
