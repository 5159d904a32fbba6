import { signInThroughApi, startBenchBackend } from '../benchBackend.ts'
import { percentile, type Scenario, type ScenarioResult } from '../harness.ts'
import { runLoadWorker } from '../runLoadWorker.ts'
import { mainStage, people, schedulingFixtureSql } from './schedulingFixture.ts'

/**
 * Issue 10's figures: check_event_conflicts for one proposed call against 50,000 bookings and calls in the workspace,
 * and get_user_workload for 200 people over a month, both through POST /rest/v1/rpc as bob (RLS); and whether the
 * engine's lookups use the GiST indexes.
 */
export const scheduling: Scenario = {
  name: 'scheduling',
  async run(): Promise<ScenarioResult> {
    const backend = await startBenchBackend()
    try {
      await backend.db.exec(schedulingFixtureSql)
      const [{ total }] = (await backend.db.query<{ total: number }>(
        `select ((select count(*) from public.bookings where workspace_id = $1) +
                 (select count(*) from public.personnel_assignments where workspace_id = $1))::int as total`, [mainStage],
      )).rows as [{ total: number }]

      const session = await signInThroughApi(backend, 'bob@northstar.test')
      const headers = { apikey: backend.anonKey, authorization: `Bearer ${session.access_token}` }

      const person = 'bbbb0000-0000-4000-8000-000000000001'
      const [{ day }] = (await backend.db.query<{ day: string }>(`select (current_date + 31)::text as day`)).rows as [{ day: string }]
      const proposal = {
        workspace_id: mainStage, person_id: person, production_id: 'c0000000-0000-4000-8000-000000000001', role: 'Proposed',
        call_at: `${day}T10:00:00Z`, wrap_at: `${day}T12:00:00Z`, status: 'confirmed',
      }
      const check = await fetch(`${backend.url}/rest/v1/rpc/check_event_conflicts`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ p_table: 'personnel_assignments', p_row: proposal }),
      })
      const found = (await check.json()) as { severity: string; conflict_type: string }[]
      if (!found.some((c) => c.severity === 'block' && c.conflict_type === 'double_booking')) {
        throw new Error(`the proposal should be blocked by its person's call: ${JSON.stringify(found)}`)
      }

      // The plans of the engine's two lookups, as private.resource_occupancy runs them (security definer: as the owner,
      // the members-read rule checked once beforehand).
      const window = `private.occupied_window('${day}T10:00:00Z', '${day}T12:00:00Z', 0, 0)`
      const plans = await backend.db.transaction(async (tx) => {
        const explain = async (sql: string) => (await tx.query<{ 'QUERY PLAN': string }>(`explain ${sql}`)).rows.map((r) => r['QUERY PLAN']).join('\n')
        return [
          await explain(`select b.id from public.bookings b where b.workspace_id = '${mainStage}' and coalesce(b.location_id, b.person_id, b.asset_id) = '${person}'
            and private.occupied_window(b.starts_at, b.ends_at, b.pre_buffer_minutes, b.post_buffer_minutes) && ${window}
            and b.status <> 'cancelled' and b.affects_availability and b.deleted_at is null`),
          await explain(`select a.id from public.personnel_assignments a where a.workspace_id = '${mainStage}' and a.person_id = '${person}'
            and private.occupied_window(a.call_at, a.wrap_at, a.pre_buffer_minutes, a.post_buffer_minutes) && ${window}
            and a.status <> 'declined' and a.deleted_at is null`),
        ]
      })
      const seqScans = plans.filter((plan) => /Seq Scan on (bookings|personnel_assignments)/.test(plan)).length
      const gist = plans.filter((plan) => /(bookings_resource_window_idx|personnel_assignments_person_window_idx|no_double_booking)/.test(plan)).length

      const conflicts = await runLoadWorker({
        url: `${backend.url}/rest/v1/rpc/check_event_conflicts`, headers, method: 'POST',
        body: { p_table: 'personnel_assignments', p_row: proposal }, sequential: 300, concurrency: 1, durationMs: 200,
      })
      const workload = await runLoadWorker({
        url: `${backend.url}/rest/v1/rpc/get_user_workload`, headers, method: 'POST',
        body: { p_workspace_id: mainStage, p_from: day, p_to: addDays(day, 30) }, sequential: 100, concurrency: 1, durationMs: 200,
      })
      const report = (name: string) => runLoadWorker({
        url: `${backend.url}/rest/v1/rpc/${name}`, headers, method: 'POST',
        body: { p_workspace_id: mainStage, p_from: day, p_to: addDays(day, 30) }, sequential: 30, concurrency: 1, durationMs: 200,
      })
      const crewHours = await report('get_crew_hours')
      const utilization = await report('calculate_asset_utilization')
      return {
        scenario: 'scheduling',
        description: `check_event_conflicts for one proposed call among ${total.toLocaleString('en')} bookings and calls, get_user_workload for ${people + 20} people over a month, via POST /rest/v1/rpc as bob (RLS)`,
        metrics: [
          { name: 'check_event_conflicts p50', value: percentile(conflicts.sequential.latenciesMs, 50), unit: 'ms' },
          { name: 'check_event_conflicts p95', value: percentile(conflicts.sequential.latenciesMs, 95), unit: 'ms', target: 15 },
          { name: 'get_user_workload p50', value: percentile(workload.sequential.latenciesMs, 50), unit: 'ms' },
          { name: 'get_user_workload p95', value: percentile(workload.sequential.latenciesMs, 95), unit: 'ms', target: 50 },
          { name: 'get_crew_hours p50', value: percentile(crewHours.sequential.latenciesMs, 50), unit: 'ms' },
          { name: 'calculate_asset_utilization p50', value: percentile(utilization.sequential.latenciesMs, 50), unit: 'ms' },
          {
            name: 'failed requests',
            value: [conflicts, workload, crewHours, utilization].reduce((sum, run) => sum + run.sequential.failed, 0),
            unit: '',
            target: 0,
          },
          { name: 'seq scans in the engine lookups', value: seqScans, unit: '', target: 0 },
          { name: 'engine lookups on a GiST index', value: gist, unit: 'of 2', target: 2, atLeast: true },
        ],
        notes: plans.map((plan, i) => `plan ${i + 1}: ${plan.replace(/\n\s*/g, ' | ')}`),
      }
    } finally {
      await backend.close()
    }
  },
}

function addDays(day: string, days: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}
