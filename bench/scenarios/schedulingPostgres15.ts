import pg from 'pg'
import { applyMigrations, runBootstrap, runSeed } from '../../server/database/migrate.ts'
import { startPostgres15 } from '../../tests/database/support/postgresServer.ts'
import { pgSession } from '../../tests/database/support/sqlSession.ts'
import { percentile, type Metric, type Scenario, type ScenarioResult } from '../harness.ts'
import { mainStage, people, schedulingFixtureSql } from './schedulingFixture.ts'

const bob = '22222222-2222-4222-8222-222222222222'

/**
 * The scheduling RPCs on PostgreSQL 15 (what Supabase runs), over the same 50,000-row fixture as `scheduling`, called
 * in SQL as PostgREST would: one transaction per call, bob's role and claims set first, the result aggregated to
 * JSON. No HTTP, so the figures are the database's share of a request; `scheduling` measures the whole request on
 * the embedded backend (PGlite, WebAssembly).
 */
export const schedulingPostgres15: Scenario = {
  name: 'scheduling-pg15',
  async run(): Promise<ScenarioResult> {
    const server = await startPostgres15()
    const client = new pg.Client({ host: server.host, port: server.port, user: server.user, database: server.database })
    try {
      await client.connect()
      const session = pgSession(client)
      await runBootstrap(session)
      await applyMigrations(session)
      await runSeed(session)
      await session.exec(schedulingFixtureSql)
      const { rows: [dates] } = await client.query<{ day: string; last: string }>(
        `select (current_date + 31)::text as day, (current_date + 61)::text as last`,
      )
      const { day, last } = dates!
      const proposal = JSON.stringify({
        workspace_id: mainStage, person_id: 'bbbb0000-0000-4000-8000-000000000001', production_id: 'c0000000-0000-4000-8000-000000000001',
        role: 'Proposed', call_at: `${day}T10:00:00Z`, wrap_at: `${day}T12:00:00Z`, status: 'confirmed',
      })

      /** Latencies (ms) of `times` calls of `sql` as bob, each in its own read-only transaction. */
      const asBob = async (sql: string, params: unknown[], times: number): Promise<number[]> => {
        const latencies: number[] = []
        for (let i = 0; i < times; i++) {
          const started = performance.now()
          await client.query('begin read only')
          await client.query("select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)", [
            JSON.stringify({ sub: bob, role: 'authenticated', aud: 'authenticated' }),
          ])
          await client.query(`select coalesce(json_agg(r), '[]')::text from ${sql} r`, params)
          await client.query('commit')
          latencies.push(performance.now() - started)
        }
        return latencies
      }
      const conflicts = await asBob(`public.check_event_conflicts('personnel_assignments', $1::jsonb)`, [proposal], 300)
      const workload = await asBob(`public.get_user_workload($1, $2::date, $3::date)`, [mainStage, day, last], 100)
      const crewHours = await asBob(`public.get_crew_hours($1, $2::date, $3::date)`, [mainStage, day, last], 30)
      const utilization = await asBob(`public.calculate_asset_utilization($1, $2::date, $3::date)`, [mainStage, day, last], 30)
      const figures = (name: string, latencies: number[], target?: number): Metric[] => [
        { name: `${name} p50`, value: percentile(latencies, 50), unit: 'ms' },
        { name: `${name} p95`, value: percentile(latencies, 95), unit: 'ms', ...(target === undefined ? {} : { target }) },
      ]
      return {
        scenario: 'scheduling-pg15',
        description: `the scheduling RPCs on PostgreSQL ${server.version} over 50,000 bookings and calls, as bob in SQL (no HTTP); workload, crew hours and utilization for ${people + 20} people and a month`,
        metrics: [
          ...figures('check_event_conflicts', conflicts, 15),
          ...figures('get_user_workload', workload, 50),
          ...figures('get_crew_hours', crewHours),
          ...figures('calculate_asset_utilization', utilization),
        ],
      }
    } finally {
      await client.end().catch(() => undefined)
      await server.stop()
    }
  },
}
