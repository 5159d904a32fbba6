import { STATUS_CODES, type IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { PGlite } from '@electric-sql/pglite'
import { WebSocketServer } from 'ws'
import type { JwtKeys } from '../auth/jwt.ts'
import { corsHeaders } from '../http/cors.ts'
import type { HttpResponse } from '../http/types.ts'
import { createBroadcastEndpoint, type RealtimeHttpRequest } from './broadcastEndpoint.ts'
import { ChangeFeed, installChangeCapture, type CapturedChange, type ChangeFeedStats } from './changeFeed.ts'
import { ChannelAuthorizer } from './channelAuthorizer.ts'
import { PostgresChangesHub } from './postgresChangesHub.ts'
import { PresenceRegistry } from './presenceRegistry.ts'
import { RealtimeConnection } from './realtimeConnection.ts'
import type { RealtimeContext } from './realtimeContext.ts'
import { DEFAULT_REALTIME_LIMITS, maxFrameBytes, type RealtimeLimits } from './realtimeLimits.ts'
import { negotiateVsn } from './serializer.ts'
import { TableCatalog } from './tableCatalog.ts'
import { TopicHub } from './topicHub.ts'
import { TokenVerifier } from './verifyRealtimeToken.ts'

export interface RealtimeOptions {
  db: PGlite
  jwt: JwtKeys
  /** Keys the gateway accepts as `apikey`, as for the other services. */
  apiKeys: readonly string[]
  /** Browser origins allowed besides loopback (the gateway's CORS list); other origins cannot open a socket. */
  corsOrigins: readonly string[]
  limits?: Partial<RealtimeLimits>
  log?: (message: string) => void
}

export interface RealtimeStats {
  connections: number
  channels: number
  topics: number
  postgresBindings: number
  feed: ChangeFeedStats
}

export interface RealtimeService {
  /** `GET /realtime/v1/websocket?apikey=...&vsn=2.0.0` with `Upgrade: websocket`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
  /** Everything else below /realtime/v1 (the broadcast API); the gateway has checked the api key. */
  handleHttp(request: RealtimeHttpRequest): Promise<HttpResponse>
  stats(): RealtimeStats
  /** Closes every socket (clients reconnect to the next server) and stops reading changes. */
  close(): Promise<void>
}

/** Messages kept in realtime.messages for this long, as Supabase drops its daily partitions. */
const MESSAGE_RETENTION = '3 days'

/** Supabase Realtime for the embedded backend: the Phoenix socket, Broadcast, Presence and Postgres Changes. */
export async function createRealtime(options: RealtimeOptions): Promise<RealtimeService> {
  const { db, jwt } = options
  const log = options.log ?? (() => undefined)
  const limits: RealtimeLimits = { ...DEFAULT_REALTIME_LIMITS, ...options.limits }

  await installChangeCapture(db)
  const catalog = new TableCatalog(db)
  const ctx: RealtimeContext = {
    db,
    tokens: new TokenVerifier(jwt),
    limits,
    topics: new TopicHub(),
    presence: new PresenceRegistry(),
    postgres: new PostgresChangesHub(db, catalog, limits.maxPostgresChangeBytes, log),
    authorizer: new ChannelAuthorizer(db, log),
    log,
  }
  const feed = new ChangeFeed(
    db,
    (change) => (change.kind === 'message' ? Promise.resolve(deliverMessage(ctx, change)) : ctx.postgres.deliver(change)),
    () => catalog.invalidate(),
    log,
  )
  await feed.start()
  const purge = () => db.query(`delete from realtime.messages where inserted_at < now() - interval '${MESSAGE_RETENTION}'`).then(() => undefined)
  await purge()

  const connections = new Set<RealtimeConnection>()
  let closing = false
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes(limits), perMessageDeflate: false, clientTracking: false })

  // One timer for all sockets: a client that sent nothing for the idle timeout has gone (half-open TCP).
  const sweeper = setInterval(
    () => {
      const cutoff = Date.now() - limits.idleTimeoutMs
      for (const conn of connections) if (conn.lastSeen < cutoff) conn.close(1000, 'heartbeat timeout')
    },
    Math.min(15_000, Math.max(100, limits.idleTimeoutMs / 2)),
  )
  sweeper.unref()
  const purger = setInterval(() => void purge().catch((e: Error) => log(`realtime: purge failed: ${e.message}`)), 3_600_000)
  purger.unref()

  const broadcastEndpoint = createBroadcastEndpoint(ctx)

  return {
    handleUpgrade(req, socket, head) {
      socket.on('error', () => undefined)
      void accept(req, socket, head).catch((error: Error) => {
        log(`realtime: upgrade failed: ${error.stack ?? error.message}`)
        reject(socket, 500, { error: 'Error connecting to Realtime' })
      })
    },
    handleHttp: (request) => broadcastEndpoint(request),
    stats() {
      let channels = 0
      for (const conn of connections) channels += conn.channels.size
      return { connections: connections.size, channels, topics: ctx.topics.topicCount(), postgresBindings: ctx.postgres.bindingCount(), feed: feed.stats() }
    },
    async close() {
      closing = true
      clearInterval(sweeper)
      clearInterval(purger)
      const gone = [...connections].map((conn) => new Promise<void>((resolve) => conn.onClosed(resolve)))
      for (const conn of connections) conn.close(1001, 'server shutting down')
      await feed.stop()
      // Give close frames a moment to go out, so clients see a clean close and reconnect at once.
      await Promise.race([Promise.all(gone), new Promise((resolve) => setTimeout(resolve, 250))])
      for (const conn of connections) conn.terminate()
      connections.clear()
    },
  }

  async function accept(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (closing) return reject(socket, 503, { error: 'Realtime is restarting, please standby' })
    const url = new URL(req.url ?? '/', 'http://localhost')
    const header = (name: string) => {
      const value = req.headers[name]
      return Array.isArray(value) ? value[0] : value
    }
    // Supabase's gateway takes the key from the `apikey` parameter (what realtime-js sends) or header.
    const apiKey = header('x-api-key') ?? url.searchParams.get('apikey') ?? header('apikey')
    if (!apiKey) return reject(socket, 401, { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' })
    if (!options.apiKeys.includes(apiKey)) {
      return reject(socket, 401, { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' })
    }
    if (req.headers.origin && Object.keys(corsHeaders(req, options.corsOrigins)).length === 0) {
      return reject(socket, 403, { error: `Origin ${req.headers.origin} is not allowed` })
    }
    const vsn = negotiateVsn(url.searchParams.get('vsn'))
    if (!vsn) return reject(socket, 400, { error: `Unsupported serializer version ${url.searchParams.get('vsn')}: use 1.0.0 or 2.0.0` })
    const check = await ctx.tokens.verify(apiKey)
    if (!check.ok) return reject(socket, 401, { error: check.message })
    if (closing || socket.destroyed) return reject(socket, 503, { error: 'Realtime is restarting, please standby' })
    wss.handleUpgrade(req, socket, head, (ws) => {
      const conn = new RealtimeConnection(ws, vsn, check.value, ctx)
      connections.add(conn)
      ws.on('close', () => connections.delete(conn))
    })
  }
}

/** Broadcast from the database: a realtime.messages row (realtime.send) goes to its topic as a user broadcast. */
function deliverMessage(ctx: RealtimeContext, change: CapturedChange): void {
  const row = change.newRow
  if (!row || typeof row.topic !== 'string' || typeof row.event !== 'string') return
  const binary = typeof row.binary_payload === 'string' ? Buffer.from(row.binary_payload.replace(/^\\x/, ''), 'hex') : undefined
  const payload = binary ?? Buffer.from(JSON.stringify(row.payload ?? {}), 'utf8')
  if (payload.length > ctx.limits.maxPayloadBytes) {
    ctx.log(`realtime: UnableToBroadcastChanges: message ${String(row.id)} to ${row.topic} exceeds ${ctx.limits.maxPayloadBytes} bytes`)
    return
  }
  ctx.topics.broadcast(TopicHub.key(row.topic, row.private === true), {
    frame: 'user',
    event: row.event,
    encoding: binary ? 'binary' : 'json',
    payload,
    meta: { id: row.id },
  })
}

function reject(socket: Duplex, status: number, body: unknown): void {
  if (socket.destroyed) return
  const json = JSON.stringify(body)
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  )
}
