import { cpus, loadavg } from 'node:os'
import { JwtKeys } from '../../server/auth/jwt.ts'
import { DEMO_JWT_SECRET } from '../../server/config.ts'
import { percentile, type Scenario, type ScenarioResult } from '../harness.ts'
import type { WorkerReport } from './realtimeBenchWorker.ts'
import { benchBackend, mainStage, round, startWorker } from './realtimeBenchSupport.ts'

const northstar = 'a0000000-0000-4000-8000-000000000001'
const alice = '11111111-1111-4111-8111-111111111111'
const SUBSCRIBERS = 50
const RATE = 10
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30)

/**
 * postgres_changes under RLS: 50 subscribers, each a different Main Stage member (so every change takes 50
 * authorisation checks, none shared), 10 updates per second for 30 s through the same path a REST PATCH takes
 * (a transaction with role and claims). Latency is from the moment the update's transaction has committed to
 * the moment each client's callback runs, on another thread.
 */
export const realtimePostgresChanges: Scenario = {
  name: 'realtime-postgres-changes',
  async run(): Promise<ScenarioResult> {
    const loadStart = loadavg()[0]!
    const backend = await benchBackend()
    try {
      const { rows: users } = await backend.db.query<{ id: string }>(`
        insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
          raw_app_meta_data, raw_user_meta_data, created_at, updated_at, confirmation_token, recovery_token,
          email_change_token_new, email_change)
        select '00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
          'bench' || g || '@bench.test', '', now(), '{}', '{}', now(), now(), '', '', '', ''
        from generate_series(1, ${SUBSCRIBERS}) g
        returning id`)
      await backend.db.query(
        `insert into public.organization_members (organization_id, user_id, role) select $1, unnest($2::uuid[]), 'member'`,
        [northstar, users.map((u) => u.id)],
      )
      await backend.db.query(
        `insert into public.workspace_members (workspace_id, user_id, role) select $1, unnest($2::uuid[]), 'viewer'`,
        [mainStage, users.map((u) => u.id)],
      )
      const keys = new JwtKeys(DEMO_JWT_SECRET)
      const exp = Math.floor(Date.now() / 1000) + 3600
      const tokens = await Promise.all(users.map((u) => keys.sign({ sub: u.id, role: 'authenticated', aud: 'authenticated', exp })))
      const { rows: tasks } = await backend.db.query<{ id: string }>(
        'select id from public.project_tasks where workspace_id = $1 order by id limit 20',
        [mainStage],
      )

      const total = RATE * SECONDS
      const worker = startWorker<Extract<WorkerReport, { kind: 'postgres-changes' }>>({
        kind: 'postgres-changes',
        url: backend.url,
        apikey: backend.anonKey,
        tokens,
        workspaceId: mainStage,
        expected: total,
      })
      await worker.ready

      const claims = JSON.stringify({ sub: alice, role: 'authenticated', aud: 'authenticated' })
      const write = async (seq: number) =>
        backend.db.transaction(async (tx) => {
          await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims])
          await tx.query('update public.project_tasks set title = $2 where id = $1', [tasks[seq % tasks.length]!.id, `bench ${seq}`])
        })
      for (let i = 0; i < 5; i++) await write(100_000 + i) // warm-up, not counted
      await new Promise((resolve) => setTimeout(resolve, 500))

      const backlog: number[] = []
      const sampler = setInterval(() => backlog.push(backend.realtime.stats().feed.backlog), 50)
      const committedAt = new Float64Array(total)
      const writeMs: number[] = []
      const start = performance.now()
      for (let seq = 0; seq < total; seq++) {
        const due = start + (seq * 1000) / RATE
        const wait = due - performance.now()
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
        const t = performance.now()
        await write(seq)
        committedAt[seq] = performance.timeOrigin + performance.now()
        writeMs.push(performance.now() - t)
      }
      const elapsed = (performance.now() - start) / 1000
      await new Promise((resolve) => setTimeout(resolve, 3000))
      clearInterval(sampler)
      const endBacklog = backend.realtime.stats().feed.backlog
      const maxWaiting = backend.realtime.stats().feed.maxBacklog
      worker.send('finish')
      const report = await worker.report

      const latencies: number[] = []
      const bySecond = new Map<number, number[]>()
      let delivered = 0
      for (const receipts of report.receipts) {
        const seen = new Set<number>()
        for (const [seq, at] of receipts) {
          if (seq >= total || seen.has(seq)) continue
          seen.add(seq)
          delivered++
          const latency = at - committedAt[seq]!
          latencies.push(latency)
          const second = Math.floor(seq / RATE)
          bySecond.set(second, [...(bySecond.get(second) ?? []), latency])
        }
      }
      const expected = total * SUBSCRIBERS
      const thirds = [0, 1, 2].map((k) => {
        const samples = [...bySecond.entries()].filter(([s]) => Math.floor((s * 3) / SECONDS) === k).flatMap(([, v]) => v)
        return round(percentile(samples, 95))
      })
      return {
        scenario: 'realtime-postgres-changes',
        description: `${SUBSCRIBERS} subscribers (distinct members, RLS) to Main Stage task updates, ${RATE} changes/s for ${SECONDS} s: commit → client callback`,
        metrics: [
          { name: 'p50', value: percentile(latencies, 50), unit: 'ms' },
          { name: 'p95', value: percentile(latencies, 95), unit: 'ms', target: 150 },
          { name: 'p99', value: percentile(latencies, 99), unit: 'ms' },
          { name: 'max', value: Math.max(...latencies), unit: 'ms' },
          { name: 'delivered', value: (100 * delivered) / expected, unit: '%', target: 100, atLeast: true },
          { name: 'achieved write rate', value: total / elapsed, unit: 'changes/s', target: RATE * 0.95, atLeast: true },
          { name: 'most changes waiting at once', value: maxWaiting, unit: 'changes' },
          { name: 'waiting, sampled every 50 ms, max', value: Math.max(0, ...backlog), unit: 'changes' },
          { name: 'backlog at the end', value: endBacklog, unit: 'changes', target: 0 },
          { name: 'write (update tx) p50', value: percentile(writeMs, 50), unit: 'ms' },
        ],
        notes: [
        `load average (1 min) at start/end: ${loadStart.toFixed(2)} / ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`,
          `p95 by third of the run (no growth means no backlog building): ${thirds.join(' / ')} ms`,
          `${delivered} of ${expected} deliveries; each change authorised once per subscriber (${SUBSCRIBERS} distinct claims)`,
        ],
      }
    } finally {
      await backend.close()
    }
  },
}
