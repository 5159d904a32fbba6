import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto'

export interface OpenDatabaseOptions {
  /** A data directory kept across restarts; omit for an in-memory database. */
  dataDir?: string
  /** A gzipped tar made by `dumpDataDir`, so tests skip initdb (several seconds) and start from a prepared state. */
  loadDataDir?: Blob
}

/**
 * Opens PGlite with the extensions the bootstrap and migrations create: pgcrypto (bcrypt-compatible `crypt()`) and
 * btree_gist (exclusion constraints that refuse double bookings).
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<PGlite> {
  // PGlite creates the data directory itself but not its parents (e.g. .callboard/ on a fresh clone).
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true })
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pgcrypto, btree_gist },
  })
}
