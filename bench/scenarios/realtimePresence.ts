import { cpus, loadavg } from 'node:os'
import { percentile, type Scenario, type ScenarioResult } from '../harness.ts'
import type { WorkerReport } from './realtimeBenchWorker.ts'
import { benchBackend, startWorker } from './realtimeBenchSupport.ts'

const CLIENTS = 100
/** Clients are spread over this many threads, as for the broadcast fan-out. */
const SHARDS = 2

/**
 * Presence: 100 connected realtime-js clients join one channel at the same moment and each tracks itself once
 * SUBSCRIBED; the time until every client's presence state holds all 100 (10,000 joins seen in all).
 */
export const realtimePresence: Scenario = {
  name: 'realtime-presence',
  async run(): Promise<ScenarioResult> {
    const loadStart = loadavg()[0]!
    const backend = await benchBackend()
    try {
      const workers = Array.from({ length: SHARDS }, (_, shard) =>
        startWorker<Extract<WorkerReport, { kind: 'presence' }>>({
          kind: 'presence',
          url: backend.url,
          apikey: backend.anonKey,
          clients: CLIENTS / SHARDS,
          firstKey: (shard * CLIENTS) / SHARDS,
          total: CLIENTS,
        }),
      )
      await Promise.all(workers.map((w) => w.ready))
      const start = performance.timeOrigin + performance.now()
      for (const w of workers) w.send('go', start)
      await Promise.all(workers.map((w) => w.sent))
      for (const w of workers) w.send('finish')
      const reports = await Promise.all(workers.map((w) => w.report))
      const report = { seesAllMs: reports.flatMap((r) => r.seesAllMs), subscribedMs: reports.flatMap((r) => r.subscribedMs) }
      const complete = report.seesAllMs.filter((v) => !Number.isNaN(v))
      return {
        scenario: 'realtime-presence',
        description: `${CLIENTS} realtime-js clients (on ${SHARDS} client threads) join one channel at once and track: time until all see all`,
        metrics: [
          { name: 'all see all', value: complete.length === CLIENTS ? Math.max(...complete) : Number.NaN, unit: 'ms' },
          { name: 'clients that saw everyone', value: complete.length, unit: '', target: CLIENTS, atLeast: true },
          { name: 'a client sees all, p50', value: percentile(complete, 50), unit: 'ms' },
          { name: 'all SUBSCRIBED', value: Math.max(...report.subscribedMs), unit: 'ms' },
          { name: 'SUBSCRIBED p50', value: percentile(report.subscribedMs, 50), unit: 'ms' },
        ],
        notes: [`load average (1 min) at start/end: ${loadStart.toFixed(2)} / ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`],
      }
    } finally {
      await backend.close()
    }
  },
}
