import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { matrixTables, rlsMatrix, runRlsMatrix } from './support/rlsMatrix.ts'
import { openSeededPglite } from './support/seededPglite.ts'
import type { SqlSession } from './support/sqlSession.ts'

// Who may read and write what, over every public table, for alice (Main Stage admin), bob (member),
// carol (viewer), mallory (another organization) and anon. postgres15.test.ts runs the same matrix.
describe('row-level security matrix on PGlite', () => {
  let db: PGlite
  let session: SqlSession

  beforeAll(async () => {
    ;({ db, session } = await openSeededPglite())
  })
  afterAll(async () => {
    await db?.close()
  })

  it('covers every public table with select, insert, update and delete cases', async () => {
    const tables = (
      await session.query<{ name: string }>(
        `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
      )
    ).rows.map((r) => r.name)
    expect(matrixTables()).toEqual(tables)
    for (const table of tables) {
      const ops = new Set(rlsMatrix.filter((c) => c.table === table).map((c) => c.op))
      expect([...ops].sort(), table).toEqual(['delete', 'insert', 'select', 'update'])
    }
  })

  it.each(matrixTables())('%s', async (table) => {
    const failures = await runRlsMatrix(
      session,
      rlsMatrix.filter((c) => c.table === table),
    )
    expect(failures).toEqual([])
  })
})
