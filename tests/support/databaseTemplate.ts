import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bootstrapFile, migrationsDir, projectRoot, seedFile } from '../../server/database/migrate.ts'
import { openDatabase } from '../../server/database/openDatabase.ts'
import { prepareDatabase } from '../../server/database/prepareDatabase.ts'

const cacheDir = join(projectRoot, 'node_modules', '.cache', 'callboard')

/**
 * A migrated and seeded database as a PGlite dump, so each test file boots in about a second instead of running
 * initdb, migrations and the seed. Keyed by everything that shapes it, and by the day (the seed's dates are relative).
 */
export async function ensureDatabaseTemplate(): Promise<string> {
  const key = await templateKey()
  const file = join(cacheDir, `template-${key}.tar.gz`)
  try {
    await readFile(file)
    return file
  } catch {
    // not built yet
  }
  const db = await openDatabase()
  try {
    await prepareDatabase(db, { seed: true })
    const dump = await db.dumpDataDir('gzip')
    await mkdir(cacheDir, { recursive: true })
    const partial = `${file}.${process.pid}.partial`
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()))
    await rename(partial, file)
    return file
  } finally {
    await db.close()
  }
}

async function templateKey(): Promise<string> {
  const hash = createHash('sha256')
  const pglite = JSON.parse(await readFile(join(projectRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
    version: string
  }
  hash.update(pglite.version)
  hash.update(new Date().toISOString().slice(0, 10))
  hash.update(await readFile(bootstrapFile))
  for (const name of (await readdir(migrationsDir)).sort()) hash.update(name).update(await readFile(join(migrationsDir, name)))
  hash.update(await readFile(seedFile))
  return hash.digest('hex').slice(0, 16)
}
