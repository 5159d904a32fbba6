import { PGlite } from '@electric-sql/pglite'
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto'

export interface OpenDatabaseOptions {
  /** A data directory kept across restarts; omit for an in-memory database. */
  dataDir?: string
  /** A gzipped tar made by `dumpDataDir`, so tests skip initdb (several seconds) and start from a prepared state. */
  loadDataDir?: Blob
}

/** Opens PGlite with the extensions the bootstrap expects (pgcrypto for bcrypt-compatible `crypt()`). */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<PGlite> {
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pgcrypto },
  })
}
