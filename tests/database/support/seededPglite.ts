import type { PGlite } from '@electric-sql/pglite'
import { openDatabase } from '../../../server/database/openDatabase.ts'
import { applyMigrations, runBootstrap, runSeed } from '../../../server/database/migrate.ts'
import { pgliteSession, type SqlSession } from './sqlSession.ts'

/** An in-memory PGlite with the Supabase bootstrap, every migration and the demo seed, as the backend boots it. */
export async function openSeededPglite(): Promise<{ db: PGlite; session: SqlSession; applied: string[] }> {
  const db = await openDatabase()
  await runBootstrap(db)
  const applied = await applyMigrations(db)
  await runSeed(db)
  return { db, session: pgliteSession(db), applied }
}
