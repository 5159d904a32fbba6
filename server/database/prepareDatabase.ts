import type { SqlRunner } from './migrate.ts'
import { applyMigrations, runBootstrap, runSeed } from './migrate.ts'

/**
 * Brings any database (new, restarted or loaded from a template) up to date: the Supabase bootstrap, then pending
 * migrations, then the seed if and only if the database had never been migrated, as `supabase db reset` would.
 */
export async function prepareDatabase(db: SqlRunner, options: { seed: boolean }): Promise<{ created: boolean }> {
  await runBootstrap(db)
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from supabase_migrations.schema_migrations')
  const created = (rows[0]?.n ?? 0) === 0
  await applyMigrations(db)
  if (created && options.seed) await runSeed(db)
  return { created }
}
