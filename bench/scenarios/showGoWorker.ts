// The show-go benchmark's Node followers: supabase-js clients on a thread of their own, each subscribed to the show's
// private topic as a follower's screen is. Decoding and stamping 96 receipts per GO on the server's thread would put
// the clients' work into the server's figure, so they run here. The parent talks to this thread with messages:
// it reports `ready` once every client has joined; `await` asks for the receipts of one runtime version; `finish`
// disconnects everything.
import { parentPort, workerData } from 'node:worker_threads'
import { createClient, type RealtimeChannel, type SupabaseClient } from '@supabase/supabase-js'
import WebSocket from 'ws'

export interface ShowGoJob {
  url: string
  apikey: string
  topic: string
  /** One access token per client (bob's or carol's): a private channel is joined as the user the token names. */
  tokens: string[]
}

export type ToWorker =
  | { type: 'await'; version: number; timeoutMs: number }
  | { type: 'finish' }

/** One client's receipt of a version: when (epoch ms) and which cue it named. */
export interface Receipt {
  at: number
  cueId: string | null
  state: string
}

export type FromWorker =
  | { type: 'ready' }
  /** Per client, its receipt of `version`, or null when none came within the timeout; `updatedAt` is the runtime's. */
  | { type: 'seen'; version: number; receipts: Array<Receipt | null>; updatedAt: string | null }
  | { type: 'closed' }
  | { type: 'error'; message: string }

const port = parentPort!
const job = workerData as ShowGoJob
/** Epoch milliseconds, sub-millisecond: the clock the browser pages and the parent stamp with too. */
const epochNow = () => performance.timeOrigin + performance.now()

interface RuntimePayload {
  version: number | string
  current_cue_id: string | null
  state: string
  updated_at: string
}

/** receipts[client]: version → receipt. Versions are what tell one GO's broadcast from the next. */
const receipts: Array<Map<number, Receipt>> = job.tokens.map(() => new Map())
const updatedAt = new Map<number, string>()
const waiters = new Set<{ version: number; done(): void }>()

function allSeen(version: number): boolean {
  return receipts.every((byVersion) => byVersion.has(version))
}

function receive(client: number, payload: RuntimePayload): void {
  const at = epochNow()
  const version = Number(payload.version)
  // The first receipt of a version is the one that counts: a duplicate would hide a slow first delivery.
  if (!receipts[client]!.has(version)) receipts[client]!.set(version, { at, cueId: payload.current_cue_id, state: payload.state })
  if (!updatedAt.has(version)) updatedAt.set(version, payload.updated_at)
  for (const waiter of waiters) if (waiter.version === version && allSeen(version)) waiter.done()
}

function joined(channel: RealtimeChannel): Promise<void> {
  return new Promise((resolve, reject) => {
    channel.subscribe((status, error) => {
      if (status === 'SUBSCRIBED') resolve()
      else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT' || status === 'CLOSED') {
        reject(new Error(`a Node follower could not join ${job.topic}: ${status} ${error?.message ?? ''}`))
      }
    })
  })
}

async function main(): Promise<void> {
  const clients: SupabaseClient[] = []
  try {
    // In batches, as screens arrive over a few seconds rather than in one burst of joins.
    for (let start = 0; start < job.tokens.length; start += 16) {
      await Promise.all(
        job.tokens.slice(start, start + 16).map(async (token, offset) => {
          const index = start + offset
          // `accessToken` hands realtime the user's JWT from the start, so the private join is judged as that user;
          // signing in 96 times through bcrypt would only slow the setup down.
          const client = createClient(job.url, job.apikey, {
            accessToken: async () => token,
            realtime: { transport: WebSocket as never, timeout: 30_000 },
          })
          clients.push(client)
          // supabase-js hands that token to realtime a promise later; a channel subscribed before then joins with
          // the anon key and a private topic refuses it. Setting it here first is what the app's sign-in achieves.
          await client.realtime.setAuth(token)
          const channel = client
            .channel(job.topic, { config: { private: true } })
            .on('broadcast', { event: 'runtime' }, (message) => receive(index, message.payload as RuntimePayload))
          await joined(channel)
        }),
      )
    }
    port.postMessage({ type: 'ready' } satisfies FromWorker)

    await new Promise<void>((finished) => {
      port.on('message', (msg: ToWorker) => {
        if (msg.type === 'finish') return finished()
        const { version, timeoutMs } = msg
        const answer = () => {
          waiters.delete(waiter)
          clearTimeout(timer)
          port.postMessage({
            type: 'seen',
            version,
            receipts: receipts.map((byVersion) => byVersion.get(version) ?? null),
            updatedAt: updatedAt.get(version) ?? null,
          } satisfies FromWorker)
        }
        const waiter = { version, done: answer }
        // Answered with what has come when the time is up: a missing delivery is a figure, not a crash.
        const timer = setTimeout(answer, timeoutMs)
        waiters.add(waiter)
        if (allSeen(version)) answer()
      })
    })
  } finally {
    await Promise.all(clients.map(async (client) => {
      await client.removeAllChannels().catch(() => undefined)
      client.realtime.disconnect()
    }))
  }
  port.postMessage({ type: 'closed' } satisfies FromWorker)
}

main().catch((error: unknown) => port.postMessage({ type: 'error', message: (error as Error).stack ?? String(error) } satisfies FromWorker))
