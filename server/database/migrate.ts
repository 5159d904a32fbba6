import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The smallest surface both PGlite and a `pg`-style client offer, so the same code bootstraps either. */
export interface SqlRunner {
  exec(sql: string): Promise<unknown>
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>
}

const here = fileURLToPath(new URL('.', import.meta.url))
export const projectRoot = join(here, '..', '..')
export const migrationsDir = join(projectRoot, 'supabase', 'migrations')
export const seedFile = join(projectRoot, 'supabase', 'seed.sql')
export const bootstrapFile = join(here, 'bootstrap.sql')

export interface Migration {
  version: string
  name: string
  sql: string
}

/** Reads `supabase/migrations/<version>_<name>.sql` in version order, as the Supabase CLI names and orders them. */
export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d+_.+\.sql$/.test(f)).sort()
  return Promise.all(
    files.map(async (file) => {
      const match = /^(\d+)_(.+)\.sql$/.exec(file)!
      return { version: match[1]!, name: match[2]!, sql: await readFile(join(dir, file), 'utf8') }
    }),
  )
}

export async function runBootstrap(db: SqlRunner): Promise<void> {
  await db.exec(await readFile(bootstrapFile, 'utf8'))
}

/**
 * Applies the migrations the ledger has not seen, each in its own transaction with its ledger row,
 * so a failing migration leaves the database as it was before it. Returns the versions applied.
 */
export async function applyMigrations(db: SqlRunner, dir = migrationsDir): Promise<string[]> {
  const done = new Set(
    (await db.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).rows.map(
      (r) => r.version,
    ),
  )
  const applied: string[] = []
  for (const m of await readMigrations(dir)) {
    if (done.has(m.version)) continue
    try {
      await db.exec(`begin;\n${m.sql}\n;commit;`)
    } catch (error) {
      await db.exec('rollback').catch(() => undefined)
      throw new Error(`migration ${m.version}_${m.name} failed: ${(error as Error).message}`, { cause: error })
    }
    await db.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [
      m.version,
      m.name,
      [m.sql],
    ])
    applied.push(m.version)
  }
  return applied
}

export async function runSeed(db: SqlRunner, file = seedFile): Promise<void> {
  await db.exec(await readFile(file, 'utf8'))
}
