import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { applyMigrations, readMigrations, runBootstrap, runSeed } from '../../server/database/migrate.ts'
import { startPostgres15, type PostgresServer } from './support/postgresServer.ts'
import { matrixTables, rlsMatrix, runRlsMatrix } from './support/rlsMatrix.ts'
import { describeAssetMovementsContract } from './support/assetMovementsContract.ts'
import { describeAssetUtilizationContract } from './support/assetUtilizationContract.ts'
import { describeCollaborationContract } from './support/collaborationContract.ts'
import { describeConflictEngineContract } from './support/conflictEngineContract.ts'
import { describeCrewAdminContract } from './support/crewAdminContract.ts'
import { describeModuleCatalogContract } from './support/moduleCatalogContract.ts'
import { describeSchemaContract } from './support/schemaContract.ts'
import { describeSchedulingReportsContract } from './support/schedulingReportsContract.ts'
import { describeShowRuntimeContract } from './support/showRuntimeContract.ts'
import { pgSession, type SqlSession } from './support/sqlSession.ts'

// Hosted Supabase runs PostgreSQL 15 and up; PGlite is 18. The same bootstrap, migrations, seed, schema
// contract and RLS matrix run here on a real PostgreSQL 15 server, with Supabase's current (2026) default
// privileges. Without its binaries every test of this file
// fails with the reason (it never skips): install postgresql-15 or set CALLBOARD_PG15_BINDIR.
describe('schema on PostgreSQL 15', () => {
  let server: PostgresServer | undefined
  let client: pg.Client | undefined
  let session: SqlSession | undefined
  let startError: unknown
  let applied: string[] = []

  beforeAll(async () => {
    try {
      server = await startPostgres15()
      client = new pg.Client({ host: server.host, port: server.port, user: server.user, database: server.database })
      await client.connect()
      session = pgSession(client)
      await runBootstrap(session)
      // Supabase since 2026 (all projects from 30 October): new public tables and functions are no longer granted
      // to the API roles by default. The local bootstrap keeps the old defaults (PGlite tests that case), so here
      // they go, and the migrations must grant what they mean explicitly.
      await session.exec(`
        alter default privileges in schema public revoke all on tables from anon, authenticated, service_role;
        alter default privileges in schema public revoke all on sequences from anon, authenticated, service_role;
        alter default privileges in schema public revoke all on functions from anon, authenticated, service_role;
      `)
      applied = await applyMigrations(session)
      await runSeed(session)
    } catch (error) {
      startError = error
    }
  })

  afterAll(async () => {
    await client?.end().catch(() => undefined)
    await server?.stop()
  })

  /** The session, or the reason there is none, thrown into each test so that each one fails with it. */
  function db(): SqlSession {
    if (startError !== undefined) throw startError
    if (!session) throw new Error('the PostgreSQL 15 server did not start')
    return session
  }

  it('runs a PostgreSQL 15 server with the migrations and the seed', async () => {
    const [row] = (await db().query<{ server_version_num: string }>('show server_version_num')).rows
    expect(Number(row!.server_version_num)).toBeGreaterThanOrEqual(150000)
    expect(Number(row!.server_version_num)).toBeLessThan(160000)
    expect(applied).toEqual((await readMigrations()).map((m) => m.version))
  })

  describeSchemaContract(db)
  describeCollaborationContract(db)
  describeModuleCatalogContract(db)
  describeConflictEngineContract(db)
  describeSchedulingReportsContract(db)
  describeAssetMovementsContract(db)
  describeAssetUtilizationContract(db)
  describeShowRuntimeContract(db)
  describeCrewAdminContract(db)

  describe('row-level security matrix', () => {
    it.each(matrixTables())('%s', async (table) => {
      const failures = await runRlsMatrix(
        db(),
        rlsMatrix.filter((c) => c.table === table),
      )
      expect(failures).toEqual([])
    })
  })
})
