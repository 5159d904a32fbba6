import { spawnSync } from 'node:child_process'
import { accessSync, chownSync, constants, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

/**
 * A throwaway PostgreSQL 15 server for tests: initdb in a temp directory, listening on 127.0.0.1 only (on a free
 * port) with its unix socket inside that directory, trust authentication, durability off for speed.
 * Hosted Supabase runs PostgreSQL 15+, and PGlite is 18, so the migrations are tested on both.
 */
export interface PostgresServer {
  host: string
  port: number
  user: string
  database: string
  version: string
  dir: string
  stop(): Promise<void>
}

const requiredMajor = 15
const tools = ['initdb', 'pg_ctl', 'postgres'] as const

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function serverVersion(binDir: string): string | undefined {
  const result = spawnSync(join(binDir, 'postgres'), ['--version'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : undefined
}

/** Finds initdb, pg_ctl and postgres of PostgreSQL 15, or explains what was found instead. */
export function findPostgres15(): { binDir: string; version: string } {
  const candidates = [
    process.env.CALLBOARD_PG15_BINDIR,
    `/usr/lib/postgresql/${requiredMajor}/bin`,
    `/usr/pgsql-${requiredMajor}/bin`,
    `/opt/homebrew/opt/postgresql@${requiredMajor}/bin`,
    `/usr/local/opt/postgresql@${requiredMajor}/bin`,
    '/usr/local/bin',
    '/usr/local/pgsql/bin',
    ...(process.env.PATH ?? '').split(delimiter),
  ].filter((dir): dir is string => Boolean(dir))
  const seen: string[] = []
  for (const dir of [...new Set(candidates)]) {
    if (!tools.every((tool) => isExecutable(join(dir, tool)))) continue
    const version = serverVersion(dir)
    if (!version) continue
    seen.push(`${dir}: ${version}`)
    if (new RegExp(`\\b${requiredMajor}\\.\\d+`).test(version)) return { binDir: dir, version }
  }
  throw new Error(
    `PostgreSQL ${requiredMajor} server binaries (initdb, pg_ctl, postgres) were not found. ` +
      `Install them (Debian/Ubuntu: apt-get install postgresql-${requiredMajor}; CI installs Debian's postgresql package) ` +
      `or point CALLBOARD_PG15_BINDIR at their directory. ` +
      (seen.length > 0 ? `Found other versions: ${seen.join('; ')}.` : 'No PostgreSQL server binaries found at all.'),
  )
}

interface OsUser {
  name: string
  uid: number
  gid: number
}

function lookupUser(name: string): OsUser | undefined {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' })
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' })
  if (uid.status !== 0 || gid.status !== 0) return undefined
  return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

/** initdb and pg_ctl refuse to run as root; then they run as the `postgres` OS user (created if missing). */
function serverOsUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined
  const existing = lookupUser('postgres')
  if (existing) return existing
  const created = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/bin/sh', 'postgres'], { encoding: 'utf8' })
  const user = lookupUser('postgres')
  if (!user) {
    throw new Error(
      `Running as root, PostgreSQL needs a non-root OS user: no "postgres" user exists and useradd failed: ${created.stderr}`,
    )
  }
  return user
}

function run(command: string, args: string[], asUser: OsUser | undefined, timeoutMs: number): string {
  const [file, argv] = asUser
    ? isExecutable('/usr/sbin/runuser') || isExecutable('/sbin/runuser')
      ? ['runuser', ['-u', asUser.name, '--', command, ...args]]
      : ['su', [asUser.name, '-s', '/bin/sh', '-c', [command, ...args].map(shellQuote).join(' ')]]
    : [command, args]
  const result = spawnSync(file, argv as string[], { encoding: 'utf8', timeout: timeoutMs })
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`,
    )
  }
  return result.stdout
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export async function startPostgres15(): Promise<PostgresServer> {
  const { binDir, version } = findPostgres15()
  const osUser = serverOsUser()
  const dir = mkdtempSync(join(tmpdir(), 'callboard-pg15-'))
  const dataDir = join(dir, 'data')
  if (osUser) chownSync(dir, osUser.uid, osUser.gid)
  let started = false
  const stop = async () => {
    try {
      if (started) run(join(binDir, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], osUser, 30_000)
    } finally {
      started = false
      rmSync(dir, { recursive: true, force: true })
    }
  }
  try {
    run(
      join(binDir, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'],
      osUser,
      120_000,
    )
    const port = await freePort()
    const options = [
      '-c listen_addresses=127.0.0.1',
      `-p ${port}`,
      `-k '${dir}'`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      // as on Supabase, so publications behave as they would there
      '-c wal_level=logical',
    ].join(' ')
    started = true
    run(join(binDir, 'pg_ctl'), ['-D', dataDir, '-l', join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start'], osUser, 90_000)
    return { host: '127.0.0.1', port, user: 'postgres', database: 'postgres', version, dir, stop }
  } catch (error) {
    await stop().catch(() => undefined)
    throw error
  }
}
