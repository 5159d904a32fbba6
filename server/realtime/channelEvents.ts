import type { WritePolicies } from './channelAuthorizer.ts'
import { armTokenExpiry } from './joinChannel.ts'
import type { RealtimeChannel } from './realtimeChannel.ts'
import type { RealtimeConnection } from './realtimeConnection.ts'
import type { PhoenixMessage, Ref, UserBroadcastPush } from './serializer.ts'
import type { OutboundBroadcast } from './topicHub.ts'

type Origin = { joinRef: Ref; ref: Ref; topic: string }

/** A text broadcast (1.0.0 clients, or a hand-written 2.0.0 frame): the whole `{type, event, payload}` map is relayed. */
export async function handleBroadcast(conn: RealtimeConnection, channel: RealtimeChannel, message: PhoenixMessage): Promise<void> {
  const bodyJson = JSON.stringify(message.payload ?? {})
  await relay(conn, channel, message, Buffer.byteLength(bodyJson), { frame: 'phoenix', bodyJson })
}

/** `channel.send()` from realtime-js 2.0.0: the binary kind 3 frame, relayed as kind 4 without re-encoding. */
export async function handleUserBroadcast(conn: RealtimeConnection, channel: RealtimeChannel, push: UserBroadcastPush): Promise<void> {
  if (push.encoding === 'json' && !isJson(push.payload)) {
    // Relayed as is, it would break every receiving client's decoder.
    return conn.reply(push, 'error', { reason: 'MalformedPayload: the broadcast payload is not valid JSON' })
  }
  await relay(conn, channel, push, push.payload.length, { frame: 'user', event: push.userEvent, encoding: push.encoding, payload: push.payload })
}

async function relay(conn: RealtimeConnection, channel: RealtimeChannel, origin: Origin, size: number, message: OutboundBroadcast): Promise<void> {
  const { ctx } = conn
  if (channel.config.isPrivate && !(await writePolicies(conn, channel)).broadcastWrite) {
    // Supabase drops these silently (an acked send then times out); here the sender learns why.
    const reason = `Unauthorized: You do not have permissions to write to this Channel topic: ${channel.subTopic}`
    if (channel.config.ackBroadcast) return conn.reply(origin, 'error', { reason })
    if (!channel.reportedUnauthorizedBroadcast) conn.system(channel, 'broadcast', 'error', reason)
    channel.reportedUnauthorizedBroadcast = true
    return
  }
  if (size > ctx.limits.maxPayloadBytes) {
    const reason = `PayloadTooLarge: Payload size exceeds the limit of ${ctx.limits.maxPayloadBytes} bytes`
    if (channel.config.ackBroadcast) return conn.reply(origin, 'error', { reason })
    return conn.system(channel, 'broadcast', 'error', reason)
  }
  ctx.topics.broadcast(channel.topicKey, message, channel.config.selfBroadcast ? undefined : channel)
  if (channel.config.ackBroadcast) conn.reply(origin, 'ok', {})
}

/** presence track / untrack, with realtime's per-client limit (5 calls per 30 s by default). */
export async function handlePresence(conn: RealtimeConnection, channel: RealtimeChannel, message: PhoenixMessage): Promise<void> {
  const { ctx } = conn
  const body = asRecord(message.payload)
  if (typeof body.event !== 'string') return conn.reply(message, 'ok', {})
  if (!channel.presenceLimit.hit(Date.now())) return conn.shutdown(channel, 'Client presence rate limit exceeded')
  const event = body.event.toLowerCase()
  if (event === 'untrack') {
    const diff = ctx.presence.untrack(channel.topicKey, channel.id, channel.config.presenceKey)
    if (diff) ctx.topics.pushPresence(channel.topicKey, diff)
    return conn.reply(message, 'ok', {})
  }
  if (event !== 'track') return conn.reply(message, 'error', { reason: `UnknownPresenceEvent: ${body.event}` })
  if (channel.config.isPrivate && !(await writePolicies(conn, channel)).presenceWrite) {
    return conn.reply(message, 'error', {
      reason: `Unauthorized: You do not have permissions to track presence on this Channel topic: ${channel.subTopic}`,
    })
  }
  const payload = body.payload === undefined ? {} : body.payload
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return conn.reply(message, 'error', { reason: 'Presence track payload must be a map' })
  }
  const json = JSON.stringify(payload)
  if (Buffer.byteLength(json) > ctx.limits.maxPayloadBytes) return conn.shutdown(channel, 'Track message size exceeded')
  const current = ctx.presence.tracked(channel.topicKey, channel.id, channel.config.presenceKey)
  if (current && sameMeta(current, json)) return conn.reply(message, 'ok', {})
  const diff = ctx.presence.track(channel.topicKey, channel.id, channel.config.presenceKey, payload as Record<string, unknown>)
  channel.presenceEnabled = true
  ctx.topics.pushPresence(channel.topicKey, diff)
  conn.reply(message, 'ok', {})
}

/**
 * A refreshed token: verified again, the claims postgres_changes checks use are replaced, and a private channel's
 * policies are read again; a token that fails, or that may no longer read the topic, ends the channel.
 */
export async function handleAccessToken(conn: RealtimeConnection, channel: RealtimeChannel, message: PhoenixMessage): Promise<void> {
  const token = asRecord(message.payload).access_token
  if (typeof token !== 'string' || token.startsWith('sb_') || token === channel.token.token) return
  const check = await conn.ctx.tokens.verify(token)
  if (channel.isClosed()) return
  if (!check.ok) return conn.shutdown(channel, check.message)
  const previous = channel.read
  channel.setToken(check.value)
  channel.write = undefined
  channel.reportedUnauthorizedBroadcast = false
  if (channel.config.isPrivate) {
    const read = await conn.ctx.authorizer.read(channel.subTopic, channel.token)
    if (channel.isClosed()) return
    const revoked = (previous?.broadcastRead && !read.broadcastRead) || (previous?.presenceRead && !read.presenceRead)
    if (revoked) return conn.shutdown(channel, `You no longer have permission to read from this Channel topic: ${channel.subTopic}`)
    if (!read.broadcastRead && !read.presenceRead) {
      return conn.shutdown(channel, `You do not have permissions to read from this Channel topic: ${channel.subTopic}`)
    }
    channel.read = read
  }
  armTokenExpiry(conn, channel)
}

async function writePolicies(conn: RealtimeConnection, channel: RealtimeChannel): Promise<WritePolicies> {
  channel.write ??= await conn.ctx.authorizer.write(channel.subTopic, channel.token)
  return channel.write
}

function sameMeta(current: Record<string, unknown>, json: string): boolean {
  const { phx_ref: _ref, phx_ref_prev: _prev, ...rest } = current
  return JSON.stringify(rest) === json
}

function isJson(bytes: Buffer): boolean {
  try {
    JSON.parse(bytes.toString('utf8'))
    return true
  } catch {
    return false
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}
