import { join } from 'node:path'
import { projectRoot, type SqlRunner } from '../../server/database/migrate.ts'
import { readDatabaseCatalog } from './readDatabaseCatalog.ts'
import { renderDatabaseTypes } from './renderDatabaseTypes.ts'

/** The generated file, committed so the app type-checks without a database. */
export const databaseTypesFile = join(projectRoot, 'src', 'lib', 'supabase', 'database.types.ts')

/**
 * The PostgREST major the types target. supabase-js assumes 12 without it; the embedded backend and the client
 * features the app uses are PostgREST 12's, so the file says so rather than leaving it implicit.
 */
const postgrestVersion = '12'

/** The text of database.types.ts for a database that has had the bootstrap and every migration. */
export async function generateDatabaseTypes(db: SqlRunner): Promise<string> {
  return renderDatabaseTypes(await readDatabaseCatalog(db, ['public']), { postgrestVersion })
}
