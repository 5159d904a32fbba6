import { signInThroughApi, startBenchBackend } from '../benchBackend.ts'
import { percentile, type Scenario, type ScenarioResult } from '../harness.ts'
import { runLoadWorker } from '../runLoadWorker.ts'

const mainStage = 'b0000000-0000-4000-8000-000000000001'
const production = 'c0c0b000-0000-4000-8000-000000000001'
const TASKS = 5_000
const LINKS = 10_000

/**
 * Issue 15's figure: get_production_timeline (forward and backward pass, working calendar) for one production of
 * 5,000 tasks and 10,000 links, through POST /rest/v1/rpc as bob (RLS). The network is loaded without triggers (as a
 * restore would); links only run from a task to a later one, so it has no loop, and every task has work to do.
 */
export const criticalPath: Scenario = {
  name: 'critical-path',
  async run(): Promise<ScenarioResult> {
    const backend = await startBenchBackend()
    try {
      await backend.db.exec(`
        set session_replication_role = replica;
        insert into public.productions (id, workspace_id, name) values ('${production}', '${mainStage}', 'Bench season');
        insert into public.project_tasks (id, workspace_id, production_id, title, start_date, due_date, estimate_hours, milestone)
        select ('c0c0b100-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, '${mainStage}', '${production}', 'Bench task ' || i,
               case when i % 10 = 0 then current_date + i / 50 end, case when i % 10 = 0 then current_date + i / 50 + i % 4 end,
               8 * (1 + i % 5), i % 97 = 0
        from generate_series(1, ${TASKS}) i;
        insert into public.task_dependencies (workspace_id, predecessor_id, successor_id, dependency_type, lag_days)
        select '${mainStage}', ('c0c0b100-0000-4000-8000-' || lpad(p::text, 12, '0'))::uuid, ('c0c0b100-0000-4000-8000-' || lpad(s::text, 12, '0'))::uuid,
               (array['FS', 'FS', 'FS', 'SS', 'FF', 'SF'])[1 + k % 6], k % 5 - 1
        from (
          select k, 1 + (k * 7919) % (${TASKS} - 30) as p
          from generate_series(1, ${LINKS}) k
        ) x
        cross join lateral (select x.p + 1 + (x.k * 31) % 29 as s) y;
        set session_replication_role = origin;
        analyze public.project_tasks; analyze public.task_dependencies;`)
      const [{ links }] = (await backend.db.query<{ links: number }>(
        `select count(*)::int as links from public.task_dependencies d join public.project_tasks t on t.id = d.successor_id where t.production_id = $1`,
        [production],
      )).rows as [{ links: number }]
      const session = await signInThroughApi(backend, 'bob@northstar.test')
      const headers = { apikey: backend.anonKey, authorization: `Bearer ${session.access_token}` }
      const probe = await fetch(`${backend.url}/rest/v1/rpc/get_production_timeline`, {
        method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ p_production_id: production }),
      })
      const rows = (await probe.json()) as { critical: boolean }[]
      if (!probe.ok || rows.length !== TASKS) throw new Error(`the timeline should list ${TASKS} tasks: ${probe.status} ${JSON.stringify(rows).slice(0, 200)}`)
      const timeline = await runLoadWorker({
        url: `${backend.url}/rest/v1/rpc/get_production_timeline`, headers, method: 'POST',
        body: { p_production_id: production }, sequential: 40, concurrency: 1, durationMs: 200,
      })
      return {
        scenario: 'critical-path',
        description: `get_production_timeline for ${TASKS.toLocaleString('en')} tasks and ${links.toLocaleString('en')} links, via POST /rest/v1/rpc as bob (RLS)`,
        metrics: [
          { name: 'get_production_timeline p50', value: percentile(timeline.sequential.latenciesMs, 50), unit: 'ms' },
          { name: 'get_production_timeline p95', value: percentile(timeline.sequential.latenciesMs, 95), unit: 'ms', target: 100 },
          { name: 'failed requests', value: timeline.sequential.failed, unit: '', target: 0 },
        ],
        notes: [`${rows.filter((r) => r.critical).length} tasks on the critical path`],
      }
    } finally {
      await backend.close()
    }
  },
}
