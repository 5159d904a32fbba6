import { readFile } from 'node:fs/promises'
import { DEMO_JWT_SECRET } from '../server/config.ts'
import { startBackend, type Backend } from '../server/startBackend.ts'
import { ensureDatabaseTemplate } from '../tests/support/databaseTemplate.ts'

/** The embedded backend on an ephemeral port, from the shared migrated-and-seeded template (no initdb, no migrations). */
export async function startBenchBackend(): Promise<Backend> {
  return startBackend({
    jwtSecret: DEMO_JWT_SECRET,
    loadDataDir: new Blob([await readFile(await ensureDatabaseTemplate())]),
    port: 0,
  })
}

/** A demo person's session through the Auth API, as the app signs in. */
export async function signInThroughApi(backend: Backend, email: string): Promise<{ access_token: string; user: { id: string } }> {
  const response = await fetch(`${backend.url}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: backend.anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'callboard-demo' }),
  })
  if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status}`)
  return (await response.json()) as { access_token: string; user: { id: string } }
}
