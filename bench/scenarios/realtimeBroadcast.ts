import { cpus, loadavg } from 'node:os'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import { percentile, type Scenario, type ScenarioResult } from '../harness.ts'
import type { FanoutReport, WorkerJob, WorkerReport } from './realtimeBenchWorker.ts'
import { benchBackend, startWorker } from './realtimeBenchSupport.ts'

const RECEIVERS = 500
/** Receivers are spread over this many threads: 500 clients decoded on one thread measure that thread, not the server. */
const SHARDS = 2
const MESSAGES = 220
const WARMUP = 20
const INTERVAL_MS = 100

interface Fanout {
  fanoutMs: number[]
  missing: number
  echoMs: number[]
}

/**
 * Broadcast fan-out: one realtime-js client sends to a topic with 500 realtime-js subscribers; the time is from
 * its send() to the last subscriber's callback (clocks shared across threads: epoch milliseconds). Beside it, the
 * floor on the same machine in the same run, measured the same way: a bare `ws` server relaying each message
 * from one socket to 500, and a bare echo.
 */
export const realtimeBroadcast: Scenario = {
  name: 'realtime-broadcast-fanout',
  async run(): Promise<ScenarioResult> {
    const loadStart = loadavg()[0]!
    const floor = await rawFloor()
    const backend = await benchBackend()
    let realtime: Fanout
    try {
      realtime = await fanout((shard, receivers) => ({
        kind: 'broadcast',
        url: backend.url,
        apikey: backend.anonKey,
        receivers,
        sender: shard === 0,
        messages: MESSAGES,
        intervalMs: INTERVAL_MS,
      }))
    } finally {
      await backend.close()
    }
    const expected = RECEIVERS * (MESSAGES - WARMUP)
    return {
      scenario: 'realtime-broadcast-fanout',
      description: `${RECEIVERS} realtime-js subscribers to one topic (on ${SHARDS} client threads), ${MESSAGES - WARMUP} broadcasts of ~250 B at ${1000 / INTERVAL_MS}/s: send() → last subscriber's callback`,
      metrics: [
        { name: 'fan-out p50', value: percentile(realtime.fanoutMs, 50), unit: 'ms' },
        { name: 'fan-out p95', value: percentile(realtime.fanoutMs, 95), unit: 'ms', target: 50 },
        { name: 'fan-out p99', value: percentile(realtime.fanoutMs, 99), unit: 'ms' },
        { name: 'delivered', value: (100 * (expected - realtime.missing)) / expected, unit: '%', target: 100, atLeast: true },
        { name: 'raw ws fan-out p50 (floor)', value: percentile(floor.fanoutMs, 50), unit: 'ms' },
        { name: 'raw ws fan-out p95 (floor)', value: percentile(floor.fanoutMs, 95), unit: 'ms' },
        { name: 'raw ws fan-out p99 (floor)', value: percentile(floor.fanoutMs, 99), unit: 'ms' },
        { name: 'raw ws echo p50', value: percentile(floor.echoMs, 50), unit: 'ms' },
        { name: 'raw ws echo p95', value: percentile(floor.echoMs, 95), unit: 'ms' },
      ],
      notes: [
        `load average (1 min) at start/end: ${loadStart.toFixed(2)} / ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`,
        `realtime / raw floor: p50 ${(percentile(realtime.fanoutMs, 50) / percentile(floor.fanoutMs, 50)).toFixed(2)}x, p95 ${(percentile(realtime.fanoutMs, 95) / percentile(floor.fanoutMs, 95)).toFixed(2)}x`,
        `raw floor missed ${floor.missing} deliveries`,
      ],
    }
  },
}

/** Runs the receivers on SHARDS threads (the sender on the first), then merges: last receipt over all threads. */
async function fanout(job: (shard: number, receivers: number) => WorkerJob): Promise<Fanout> {
  const workers = Array.from({ length: SHARDS }, (_, shard) =>
    startWorker<Extract<WorkerReport, { kind: 'broadcast' | 'raw-broadcast' }>>(job(shard, Math.ceil(RECEIVERS / SHARDS))),
  )
  await Promise.all(workers.map((w) => w.ready))
  for (const w of workers) w.send('go')
  await workers[0]!.sent
  for (const w of workers) w.send('finish')
  const reports: FanoutReport[] = await Promise.all(workers.map((w) => w.report))
  const sentAt = reports[0]!.sentAt
  const fanoutMs: number[] = []
  let missing = 0
  for (let seq = WARMUP; seq < MESSAGES; seq++) {
    const received = reports.reduce((n, r) => n + r.counts[seq]!, 0)
    missing += RECEIVERS - Math.min(RECEIVERS, received)
    if (received >= RECEIVERS) fanoutMs.push(Math.max(...reports.map((r) => r.lastReceipt[seq]!)) - sentAt[seq]!)
  }
  return { fanoutMs, missing, echoMs: reports[0]!.echoMs }
}

/** A bare `ws` relay: what the sender socket sends goes to every receiver; `?role=echo` sockets get theirs back. */
async function rawFloor(): Promise<Fanout> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false })
  const receivers = new Set<WebSocket>()
  wss.on('connection', (ws, req) => {
    const role = new URL(req.url ?? '/', 'http://x').searchParams.get('role')
    if (role === 'sender') ws.on('message', (data) => receivers.forEach((r) => r.send(data, { binary: false })))
    else if (role === 'echo') ws.on('message', (data) => ws.send(data, { binary: false }))
    else receivers.add(ws)
  })
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()))
  try {
    const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`
    return await fanout((shard, count) => ({
      kind: 'raw-broadcast',
      wsUrl,
      receivers: count,
      sender: shard === 0,
      messages: MESSAGES,
      intervalMs: INTERVAL_MS,
      echoes: 300,
    }))
  } finally {
    for (const ws of wss.clients) ws.terminate()
    await new Promise<void>((resolve) => wss.close(() => resolve()))
  }
}
