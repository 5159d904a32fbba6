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
import { describeCriticalPathContract } from './support/criticalPathContract.ts'
import { describeModuleCatalogContract } from './support/moduleCatalogContract.ts'
import { describeSchemaContract } from './support/schemaContract.ts'
import { describeSchedulingReportsContract } from './support/schedulingReportsContract.ts'
import { describeShowRuntimeContract } from './support/showRuntimeContract.ts'
import { workspaces } from './support/seedIds.ts'
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
  describeCriticalPathContract(db)
  describeCrewAdminContract(db)

  it('two people booking one person at once take turns at the weekly hours summary, so neither write is lost', async () => {
    db()
    const connect = async () => {
      const c = new pg.Client({ host: server!.host, port: server!.port, user: server!.user, database: server!.database })
      await c.connect()
      return c
    }
    const [first, second] = [await connect(), await connect()]
    const hannah = 'f0000000-0000-4000-8000-000000000008'
    const book = (c: pg.Client, from: string, to: string) => c.query(
      `insert into public.bookings (workspace_id, title, person_id, starts_at, ends_at, status)
       values ($1, 'Turn test', $2, current_date + 40 + $3::time, current_date + 40 + $4::time, 'confirmed')`,
      [workspaces.mainStage, hannah, from, to],
    )
    let waiting: Promise<unknown> | undefined
    try {
      await first.query('begin')
      await book(first, '09:00', '10:00')
      await second.query('begin')
      const secondPid = ((await second.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!).pid
      waiting = book(second, '11:00', '12:00')
      waiting.catch(() => undefined)
      let waitEvent: string | undefined
      while (waitEvent === undefined) {
        const { rows } = await client!.query<{ wait_event: string }>(
          `select wait_event from pg_stat_activity where pid = $1 and wait_event_type = 'Lock'`, [secondPid],
        )
        waitEvent = rows[0]?.wait_event
        await new Promise((resolve) => setImmediate(resolve))
      }
      // The second waits for the first's turn on Hannah's weeks (an advisory lock), not on the summary's unique key
      // (where it would fail with 23505 once the first commits).
      expect(waitEvent).toBe('advisory')
      await first.query('commit')
      await waiting
      await second.query('commit')
      const [week] = (await client!.query<{ hours: string }>(
        `select confirmed_hours[extract(isodow from current_date + 40)::int]::text as hours from private.work_weeks
         where workspace_id = $1 and person_id = $2 and week_start = date_trunc('week', current_date + 40)::date`,
        [workspaces.mainStage, hannah],
      )).rows
      expect(Number(week?.hours)).toBe(2)
    } finally {
      await first.query('rollback').catch(() => undefined)
      await waiting?.catch(() => undefined)
      await second.query('rollback').catch(() => undefined)
      await client!.query(`delete from public.bookings where title = 'Turn test'`)
      await Promise.all([first.end(), second.end()])
    }
  })

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
