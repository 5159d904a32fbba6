// Realtime clients for the realtime benchmarks, on a thread of their own so that their work (decoding, callbacks)
// does not run on the server's thread. Speaks to the parent with messages: it reports `ready`, waits for `go`,
// then reports results. The clients are realtime-js's RealtimeClient, the code supabase-js runs.
import { parentPort, workerData } from 'node:worker_threads'
import { RealtimeClient, type RealtimeChannel } from '@supabase/realtime-js'
import WebSocket from 'ws'

export type WorkerJob =
  | { kind: 'postgres-changes'; url: string; apikey: string; tokens: string[]; workspaceId: string; expected: number }
  | { kind: 'broadcast'; url: string; apikey: string; receivers: number; sender: boolean; messages: number; intervalMs: number }
  | { kind: 'raw-broadcast'; wsUrl: string; receivers: number; sender: boolean; messages: number; intervalMs: number; echoes: number }
  | { kind: 'presence'; url: string; apikey: string; clients: number; firstKey: number; total: number }

/** Per message: when it was sent (epoch ms, sender's worker only), when this worker's last receiver got it, how many did. */
export interface FanoutReport {
  sentAt: number[]
  lastReceipt: number[]
  counts: number[]
  echoMs: number[]
}

export type WorkerReport =
  | { kind: 'postgres-changes'; receipts: Array<Array<[number, number]>> }
  | ({ kind: 'broadcast' } & FanoutReport)
  | ({ kind: 'raw-broadcast' } & FanoutReport)
  | { kind: 'presence'; subscribedMs: number[]; seesAllMs: number[] }

const port = parentPort!
const job = workerData as WorkerJob
/** Epoch milliseconds with sub-millisecond resolution, comparable across threads. */
const epochNow = () => performance.timeOrigin + performance.now()

function client(url: string, apikey: string): RealtimeClient {
  return new RealtimeClient(`${url}/realtime/v1`, { params: { apikey }, transport: WebSocket as never, timeout: 30_000 })
}

function subscribed(channel: RealtimeChannel): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.subscribe((status, error) => {
      if (status === 'SUBSCRIBED') resolve()
      else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT') reject(new Error(`${status}: ${error?.message ?? ''}`))
    })
  })
}

function waitFor(message: string): Promise<unknown> {
  return new Promise((resolve) => {
    const listener = (msg: { type: string; value?: unknown }) => {
      if (msg.type !== message) return
      port.off('message', listener)
      resolve(msg.value)
    }
    port.on('message', listener)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function postgresChanges(j: Extract<WorkerJob, { kind: 'postgres-changes' }>): Promise<WorkerReport> {
  // receipts[client] = [sequence, epoch ms] for every change received
  const receipts: Array<Array<[number, number]>> = j.tokens.map(() => [])
  const clients: RealtimeClient[] = []
  await Promise.all(
    j.tokens.map(async (token, i) => {
      const c = client(j.url, j.apikey)
      clients.push(c)
      await c.setAuth(token)
      const channel = c
        .channel(`bench-tasks-${i}`)
        .on('postgres_changes', { event: 'UPDATE', schema: 'public', table: 'project_tasks', filter: `workspace_id=eq.${j.workspaceId}` }, (change) => {
          const seq = Number(/^bench (\d+)$/.exec(String((change.new as { title?: string }).title))?.[1])
          if (Number.isFinite(seq)) receipts[i]!.push([seq, epochNow()])
        })
      await subscribed(channel)
    }),
  )
  port.postMessage({ type: 'ready' })
  await waitFor('finish')
  for (const c of clients) void c.disconnect()
  return { kind: 'postgres-changes', receipts }
}

async function broadcast(j: Extract<WorkerJob, { kind: 'broadcast' }>): Promise<WorkerReport> {
  const lastReceipt = new Array<number>(j.messages).fill(0)
  const counts = new Array<number>(j.messages).fill(0)
  const clients: RealtimeClient[] = []
  for (let start = 0; start < j.receivers; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, j.receivers - start) }, async () => {
        const c = client(j.url, j.apikey)
        clients.push(c)
        const channel = c.channel('bench-fanout').on('broadcast', { event: 'tick' }, (message) => {
          const seq = (message.payload as { seq: number }).seq
          counts[seq]!++
          lastReceipt[seq] = epochNow()
        })
        await subscribed(channel)
      }),
    )
  }
  let sender: RealtimeChannel | undefined
  if (j.sender) {
    const senderClient = client(j.url, j.apikey)
    clients.push(senderClient)
    sender = senderClient.channel('bench-fanout')
    await subscribed(sender)
  }
  port.postMessage({ type: 'ready' })
  await waitFor('go')
  const sentAt: number[] = []
  if (sender) {
    for (let seq = 0; seq < j.messages; seq++) {
      sentAt.push(epochNow())
      void sender.send({ type: 'broadcast', event: 'tick', payload: { seq, pad: 'x'.repeat(200) } })
      await sleep(j.intervalMs)
    }
    await sleep(1000)
    port.postMessage({ type: 'sent' })
  }
  await waitFor('finish')
  for (const c of clients) void c.disconnect()
  return { kind: 'broadcast', sentAt, lastReceipt, counts, echoMs: [] }
}

async function rawBroadcast(j: Extract<WorkerJob, { kind: 'raw-broadcast' }>): Promise<WorkerReport> {
  const lastReceipt = new Array<number>(j.messages).fill(0)
  const counts = new Array<number>(j.messages).fill(0)
  const open = (ws: WebSocket) => new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject))
  const sockets: WebSocket[] = []
  for (let i = 0; i < j.receivers; i++) {
    const ws = new WebSocket(j.wsUrl)
    ws.on('message', (data) => {
      const seq = (JSON.parse(String(data)) as { seq: number }).seq
      counts[seq]!++
      lastReceipt[seq] = epochNow()
    })
    sockets.push(ws)
  }
  await Promise.all(sockets.map(open))
  const sentAt: number[] = []
  const echoMs: number[] = []
  let sender: WebSocket | undefined
  let echo: WebSocket | undefined
  if (j.sender) {
    sender = new WebSocket(`${j.wsUrl}?role=sender`)
    echo = new WebSocket(`${j.wsUrl}?role=echo`)
    await Promise.all([open(sender), open(echo)])
    sockets.push(sender, echo)
  }
  port.postMessage({ type: 'ready' })
  await waitFor('go')
  if (sender && echo) {
    for (let seq = 0; seq < j.messages; seq++) {
      sentAt.push(epochNow())
      sender.send(JSON.stringify({ seq, pad: 'x'.repeat(200) }))
      await sleep(j.intervalMs)
    }
    await sleep(1000)
    for (let i = 0; i < j.echoes; i++) {
      const t = performance.now()
      await new Promise<void>((resolve) => {
        echo.once('message', () => resolve())
        echo.send(JSON.stringify({ echo: i, pad: 'x'.repeat(200) }))
      })
      echoMs.push(performance.now() - t)
    }
    port.postMessage({ type: 'sent' })
  }
  await waitFor('finish')
  for (const ws of sockets) ws.terminate()
  return { kind: 'raw-broadcast', sentAt, lastReceipt, counts, echoMs }
}

async function presence(j: Extract<WorkerJob, { kind: 'presence' }>): Promise<WorkerReport> {
  const clients = Array.from({ length: j.clients }, () => client(j.url, j.apikey))
  // open every socket first, so the measurement is joining and presence, not TCP
  await Promise.all(
    clients.map(
      (c) =>
        new Promise<void>((resolve) => {
          c.connect()
          const check = () => (c.isConnected() ? resolve() : setTimeout(check, 5))
          check()
        }),
    ),
  )
  port.postMessage({ type: 'ready' })
  // every thread measures from the same moment, sent by the parent (epoch ms)
  const start = ((await waitFor('go')) as number | undefined) ?? epochNow()
  const subscribedMs: number[] = new Array(j.clients).fill(Number.NaN)
  const seesAllMs: number[] = new Array(j.clients).fill(Number.NaN)
  await new Promise<void>((resolve) => {
    let done = 0
    clients.forEach((c, i) => {
      const channel = c.channel('bench-presence', { config: { presence: { key: `client-${j.firstKey + i}` } } })
      // Counted from join/leave events: presenceState() deep-copies the whole state on every call, which with
      // 100 clients x 100 syncs would measure this thread's copying rather than the server.
      const present = new Set<string>()
      channel.on('presence', { event: 'leave' }, ({ key }: { key: string }) => present.delete(key))
      channel.on('presence', { event: 'join' }, ({ key }: { key: string }) => {
        present.add(key)
        if (Number.isNaN(seesAllMs[i]!) && present.size === j.total) {
          seesAllMs[i] = epochNow() - start
          if (++done === j.clients) resolve()
        }
      })
      channel.subscribe((status) => {
        if (status !== 'SUBSCRIBED') return
        subscribedMs[i] = epochNow() - start
        void channel.track({ client: j.firstKey + i, online_at: Date.now() })
      })
    })
    setTimeout(resolve, 30_000)
  })
  port.postMessage({ type: 'sent' })
  await waitFor('finish')
  for (const c of clients) void c.disconnect()
  return { kind: 'presence', subscribedMs, seesAllMs }
}

const run: Record<WorkerJob['kind'], (j: never) => Promise<WorkerReport>> = {
  'postgres-changes': postgresChanges,
  broadcast,
  'raw-broadcast': rawBroadcast,
  presence,
}

run[job.kind](job as never).then(
  (report) => port.postMessage({ type: 'report', value: report }),
  (error: unknown) => port.postMessage({ type: 'error', value: (error as Error).stack ?? String(error) }),
)
