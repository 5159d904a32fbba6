import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js'
import WebSocket from 'ws'
import { JwtKeys } from '../../../server/auth/jwt.ts'
import { DEMO_JWT_SECRET } from '../../../server/config.ts'
import type { Backend } from '../../../server/startBackend.ts'

export type SubscribeOutcome = { status: string; error?: Error }

/** Subscribes and resolves with the first settled status (SUBSCRIBED, CHANNEL_ERROR, TIMED_OUT, CLOSED). */
export function subscribe(channel: RealtimeChannel, timeoutMs = 10_000): Promise<SubscribeOutcome> {
  return new Promise((resolve) => {
    let settled = false
    channel.subscribe(
      (status, error) => {
        if (settled) return
        settled = true
        resolve({ status, ...(error ? { error } : {}) })
      },
      timeoutMs,
    )
  })
}

export async function subscribed(channel: RealtimeChannel): Promise<RealtimeChannel> {
  const outcome = await subscribe(channel)
  if (outcome.status !== 'SUBSCRIBED') throw new Error(`expected SUBSCRIBED, got ${outcome.status}: ${outcome.error?.message}`)
  return channel
}

/** Collects values and waits for a condition on them. */
export class Inbox<T = unknown> {
  readonly items: T[] = []

  push = (item: T): void => {
    this.items.push(item)
  }

  async waitFor(predicate: (items: T[]) => boolean, timeoutMs = 5000, what = 'a message'): Promise<T[]> {
    const deadline = Date.now() + timeoutMs
    while (!predicate(this.items)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.items).slice(0, 2000)}`)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    return this.items
  }

  async waitForCount(n: number, timeoutMs = 5000): Promise<T[]> {
    return this.waitFor((items) => items.length >= n, timeoutMs, `${n} message(s)`)
  }

  clear(): void {
    this.items.length = 0
  }
}

/** Waits a little to let anything that was going to arrive arrive (for "never receives" checks). */
export function settle(ms = 400): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export async function signToken(claims: Record<string, unknown>): Promise<string> {
  return new JwtKeys(DEMO_JWT_SECRET).sign(claims)
}

export async function closeClients(...clients: SupabaseClient[]): Promise<void> {
  await Promise.all(clients.map((c) => c.removeAllChannels().catch(() => undefined)))
}

export interface RawFrame {
  joinRef: unknown
  ref: unknown
  topic: string
  event: string
  payload: any
}

/** A WebSocket speaking Phoenix 2.0.0 by hand, for what supabase-js would never send. */
export class RawSocket {
  readonly frames = new Inbox<RawFrame>()
  readonly binary = new Inbox<Buffer>()
  closeCode: number | undefined
  closeReason = ''
  private ref = 0

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data, isBinary) => {
      if (isBinary) return this.binary.push(data as Buffer)
      const parsed = JSON.parse(String(data)) as unknown
      if (Array.isArray(parsed)) {
        const [joinRef, ref, topic, event, payload] = parsed as [unknown, unknown, string, string, unknown]
        this.frames.push({ joinRef, ref, topic, event, payload })
      } else {
        const o = parsed as { join_ref: unknown; ref: unknown; topic: string; event: string; payload: unknown }
        this.frames.push({ joinRef: o.join_ref, ref: o.ref, topic: o.topic, event: o.event, payload: o.payload })
      }
    })
    ws.on('close', (code, reason) => {
      this.closeCode = code
      this.closeReason = String(reason)
    })
  }

  static open(backend: Backend, options: { apikey?: string; vsn?: string } = {}): Promise<RawSocket> {
    const params = new URLSearchParams({ apikey: options.apikey ?? backend.anonKey, vsn: options.vsn ?? '2.0.0' })
    const ws = new WebSocket(`${backend.url.replace('http', 'ws')}/realtime/v1/websocket?${params}`)
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RawSocket(ws)))
      ws.once('unexpected-response', (_req, res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += String(c)))
        res.on('end', () => reject(Object.assign(new Error(`HTTP ${res.statusCode}: ${body}`), { status: res.statusCode, body })))
      })
      ws.once('error', reject)
    })
  }

  nextRef(): string {
    return String(++this.ref)
  }

  send(frame: unknown[] | string | Buffer): void {
    this.ws.send(Array.isArray(frame) ? JSON.stringify(frame) : frame)
  }

  /** Sends a push and waits for its reply. */
  async call(topic: string, event: string, payload: unknown, joinRef: string | null = null): Promise<RawFrame> {
    const ref = this.nextRef()
    this.send([joinRef, ref, topic, event, payload])
    const frames = await this.frames.waitFor((fs) => fs.some((f) => f.ref === ref && f.event === 'phx_reply'), 5000, `a reply to ${event}`)
    return frames.find((f) => f.ref === ref && f.event === 'phx_reply')!
  }

  async join(topic: string, payload: unknown = { config: {} }): Promise<{ joinRef: string; reply: RawFrame }> {
    const joinRef = this.nextRef()
    this.send([joinRef, joinRef, topic, 'phx_join', payload])
    const frames = await this.frames.waitFor((fs) => fs.some((f) => f.ref === joinRef && f.event === 'phx_reply'), 5000, `the join reply for ${topic}`)
    return { joinRef, reply: frames.find((f) => f.ref === joinRef && f.event === 'phx_reply')! }
  }

  closed(timeoutMs = 5000): Promise<number> {
    if (this.closeCode !== undefined) return Promise.resolve(this.closeCode)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket did not close')), timeoutMs)
      this.ws.once('close', (code) => {
        clearTimeout(timer)
        resolve(code)
      })
    })
  }

  /** Heartbeats as realtime-js does (every 25 s there; here as often as a short idle timeout needs). */
  heartbeat(everyMs: number): void {
    const timer = setInterval(() => {
      if (this.ws.readyState !== this.ws.OPEN) return clearInterval(timer)
      this.send([null, this.nextRef(), 'phoenix', 'heartbeat', {}])
    }, everyMs)
    this.ws.once('close', () => clearInterval(timer))
  }

  close(): void {
    this.ws.terminate()
  }
}
