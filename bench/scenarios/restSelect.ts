import { signInThroughApi, startBenchBackend } from '../benchBackend.ts'
import { percentile, type Scenario, type ScenarioResult } from '../harness.ts'
import type { LoadJob } from '../httpLoadWorker.ts'
import { runLoadWorker } from '../runLoadWorker.ts'

const mainStage = 'b0000000-0000-4000-8000-000000000001'
const alice = '11111111-1111-4111-8111-111111111111'
const rows = 100_000

/** Bench 1 (issue 2): 100 rows of a 100k-row table through REST under RLS, against the same select on PGlite. */
export const restSelect: Scenario = {
  name: 'rest-select',
  async run(): Promise<ScenarioResult> {
    const backend = await startBenchBackend()
    try {
      // Bulk fixture: triggers off (no 100k audit rows), as a restore would; then fresh planner statistics.
      await backend.db.exec(`
        set session_replication_role = replica;
        insert into public.project_tasks (workspace_id, title, status, priority, due_date, created_by, position, created_at)
        select '${mainStage}', 'Bench task ' || g, (array['todo','in_progress','review','done'])[1 + g % 4],
               (array['low','medium','high','urgent'])[1 + g % 4], current_date + (g % 90), '${alice}',
               lpad(g::text, 8, '0'), now() - g * interval '1 minute'
        from generate_series(1, ${rows}) g;
        set session_replication_role = origin;
        analyze public.project_tasks;`)

      const session = await signInThroughApi(backend, 'bob@northstar.test')
      const claims = JSON.stringify({ sub: session.user.id, role: 'authenticated' })

      const sql = `select * from public.project_tasks where workspace_id = $1 order by created_at desc limit 100`
      const asBob = async <T>(fn: (query: (q: string, p?: unknown[]) => Promise<T[]>) => Promise<T[]>) =>
        backend.db.transaction(async (tx) => {
          await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims])
          return fn(async (q, p) => (await tx.query<T>(q, p)).rows)
        })

      const plan = (await asBob<{ 'QUERY PLAN': string }>((q) => q(`explain ${sql.replace('$1', `'${mainStage}'`)}`)))
        .map((r) => r['QUERY PLAN'])
        .join('\n')
      const seqScan = /Seq Scan on project_tasks/.test(plan)

      const direct: number[] = []
      for (let i = 0; i < 220; i++) {
        const t = performance.now()
        const got = await asBob((q) => q(sql, [mainStage]))
        if (i >= 20) direct.push(performance.now() - t)
        if (got.length !== 100) throw new Error(`direct select returned ${got.length} rows`)
      }

      const job: LoadJob = {
        url: `${backend.url}/rest/v1/project_tasks?select=*&workspace_id=eq.${mainStage}&order=created_at.desc&limit=100`,
        headers: { apikey: backend.anonKey, authorization: `Bearer ${session.access_token}` },
        sequential: 300,
        concurrency: 20,
        durationMs: 5000,
      }
      const report = await runLoadWorker(job)
      const p50 = percentile(report.sequential.latenciesMs, 50)
      const directP50 = percentile(direct, 50)
      return {
        scenario: 'rest-select',
        description: `100 of ${rows.toLocaleString('en')} project_tasks via GET /rest/v1 as bob (RLS), vs the same select on PGlite`,
        metrics: [
          { name: 'REST p50', value: p50, unit: 'ms', target: 10 },
          { name: 'REST p95', value: percentile(report.sequential.latenciesMs, 95), unit: 'ms', target: 25 },
          { name: 'REST p99', value: percentile(report.sequential.latenciesMs, 99), unit: 'ms' },
          { name: 'throughput, 20 clients', value: report.concurrent.completed / (report.concurrent.elapsedMs / 1000), unit: 'req/s', target: 200, atLeast: true },
          { name: 'p95 under 20 clients', value: percentile(report.concurrent.latenciesMs, 95), unit: 'ms' },
          { name: 'failed requests', value: report.sequential.failed + report.concurrent.failed, unit: '', target: 0 },
          { name: 'PGlite direct p50', value: directP50, unit: 'ms' },
          { name: 'PGlite direct p95', value: percentile(direct, 95), unit: 'ms' },
          { name: 'overhead (REST p50 / direct p50)', value: p50 / directP50, unit: 'x', target: 2 },
          { name: 'seq scans in policy-filtered plan', value: seqScan ? 1 : 0, unit: '', target: 0 },
        ],
        notes: [`plan: ${plan.replace(/\n\s*/g, ' | ')}`],
      }
    } finally {
      await backend.close()
    }
  },
}
