import { readFile } from 'node:fs/promises'
import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import WebSocket from 'ws'
import { DEMO_JWT_SECRET } from '../../server/config.ts'
import { startBackend, type Backend, type BackendOptions } from '../../server/startBackend.ts'
import { ensureDatabaseTemplate } from './databaseTemplate.ts'

export const DEMO_PASSWORD = 'callboard-demo'

export const ids = {
  alice: '11111111-1111-4111-8111-111111111111',
  bob: '22222222-2222-4222-8222-222222222222',
  carol: '33333333-3333-4333-8333-333333333333',
  mallory: '44444444-4444-4444-8444-444444444444',
  northstar: 'a0000000-0000-4000-8000-000000000001',
  rival: 'a0000000-0000-4000-8000-000000000002',
  mainStage: 'b0000000-0000-4000-8000-000000000001',
  arena: 'b0000000-0000-4000-8000-000000000002',
} as const

export const emails = {
  alice: 'alice@northstar.test',
  bob: 'bob@northstar.test',
  carol: 'carol@northstar.test',
  mallory: 'mallory@rival.test',
} as const

export type DemoUser = keyof typeof emails

/** An in-memory backend on a random port, started from the seeded template. */
export async function startTestBackend(options: Partial<BackendOptions> = {}): Promise<Backend> {
  // Built on first use and cached by content; a second worker racing the first only duplicates work.
  const template = await readFile(await ensureDatabaseTemplate())
  return startBackend({
    jwtSecret: DEMO_JWT_SECRET,
    loadDataDir: new Blob([template]),
    port: 0,
    bcryptCost: 4,
    ...options,
  })
}

/** The unmodified supabase-js client, as the app creates it; Node 20 has no global WebSocket, so pass `ws`. */
export function clientFor(backend: Backend, key = backend.anonKey): SupabaseClient {
  return createClient(backend.url, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket as never },
  })
}

export async function signedInClient(backend: Backend, user: DemoUser): Promise<SupabaseClient> {
  const client = clientFor(backend)
  const { error } = await client.auth.signInWithPassword({ email: emails[user], password: DEMO_PASSWORD })
  if (error) throw new Error(`sign-in as ${user} failed: ${error.message}`)
  return client
}
