import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { PGlite } from '@electric-sql/pglite'
import { createAuthHandler } from './auth/createAuthHandler.ts'
import { JwtKeys } from './auth/jwt.ts'
import { DEFAULT_HOST, DEFAULT_PORT, deriveApiKeys } from './config.ts'
import { openDatabase } from './database/openDatabase.ts'
import { prepareDatabase } from './database/prepareDatabase.ts'
import { createHttpServer } from './http/createHttpServer.ts'
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
  log?: (message: string) => void
}

export interface Backend {
  url: string
  port: number
  host: string
  anonKey: string
  serviceRoleKey: string
  db: PGlite
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
    let url = ''
    const server = createHttpServer({
      jwt,
      rest,
      apiKeys: [keys.anonKey, keys.serviceRoleKey],
      corsOrigins: options.corsOrigins ?? [],
      maxBodyBytes: options.maxBodyBytes ?? 5 * 1024 * 1024,
      auth: createAuthHandler(db, jwt, {
        issuer: () => `${url}/auth/v1`,
        ...(options.bcryptCost ? { bcryptCost: options.bcryptCost } : {}),
      }),
      ...(options.log ? { log: options.log } : {}),
    })
    const port = await listen(server, options.port ?? DEFAULT_PORT, host)
    url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
    return {
      url,
      port,
      host,
      created,
      db,
      ...keys,
      async close() {
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
