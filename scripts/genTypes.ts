// `npm run gen:types`: writes src/lib/supabase/database.types.ts from a fresh in-memory database with the bootstrap
// and every migration applied (no seed: data does not change types), as `supabase gen types typescript` would.
import { readFile, writeFile } from 'node:fs/promises'
import { relative } from 'node:path'
import { projectRoot } from '../server/database/migrate.ts'
import { openDatabase } from '../server/database/openDatabase.ts'
import { prepareDatabase } from '../server/database/prepareDatabase.ts'
import { databaseTypesFile, generateDatabaseTypes } from './databaseTypes/generateDatabaseTypes.ts'

const db = await openDatabase()
try {
  await prepareDatabase(db, { seed: false })
  const next = await generateDatabaseTypes(db)
  const previous = await readFile(databaseTypesFile, 'utf8').catch(() => null)
  const name = relative(projectRoot, databaseTypesFile)
  if (previous === next) {
    console.log(`${name} is up to date`)
  } else {
    await writeFile(databaseTypesFile, next)
    console.log(`wrote ${name}`)
  }
} finally {
  await db.close()
}
