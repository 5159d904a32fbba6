import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { openDatabase } from '../../server/database/openDatabase.ts'
import { databaseTypesFile, generateDatabaseTypes } from '../../scripts/databaseTypes/generateDatabaseTypes.ts'
import { ensureDatabaseTemplate } from '../support/databaseTemplate.ts'

// The committed database.types.ts types the app's client; a migration that changes the schema must come with it.
describe('generated database types', () => {
  let db: PGlite

  beforeAll(async () => {
    db = await openDatabase({ loadDataDir: new Blob([await readFile(await ensureDatabaseTemplate())]) })
  })
  afterAll(async () => {
    await db?.close()
  })

  it('match the migrated schema (run `npm run gen:types` when this fails)', async () => {
    const generated = await generateDatabaseTypes(db)
    const committed = await readFile(databaseTypesFile, 'utf8')
    expect(committed, 'src/lib/supabase/database.types.ts is stale: run `npm run gen:types` and commit the result').toBe(
      generated,
    )
  })
})
