import { randomUUID } from 'node:crypto'
import { RealtimeChannel, type JoinConfig } from './realtimeChannel.ts'
import type { RealtimeConnection } from './realtimeConnection.ts'
import type { PhoenixMessage } from './serializer.ts'
import type { RealtimeToken } from './verifyRealtimeToken.ts'

/**
 * phx_join, in realtime_channel.ex's order: topic, limits, token, private-channel policies, postgres_changes.
 * Errors reply `{status: "error", response: {reason: "<Code>: <message>"}}`. Unlike Supabase, postgres_changes
 * bindings are live before the reply (Supabase subscribes just after it), so a client that reloads once
 * SUBSCRIBED misses nothing committed after its reload.
 */
export async function joinChannel(conn: RealtimeConnection, message: PhoenixMessage): Promise<void> {
  conn.pendingJoins++
  try {
    await join(conn, message)
  } catch (error) {
    conn.ctx.log(`realtime: join of ${message.topic} failed: ${(error as Error).stack ?? String(error)}`)
    conn.reply(message, 'error', { reason: 'UnknownErrorOnChannel: Unknown Error on Channel' })
  } finally {
    conn.pendingJoins--
  }
}

async function join(conn: RealtimeConnection, message: PhoenixMessage): Promise<void> {
  const { ctx } = conn
  const fail = (reason: string) => conn.reply(message, 'error', { reason })
  if (!message.topic.startsWith('realtime:')) return fail('unmatched topic')
  const subTopic = message.topic.slice('realtime:'.length)
  if (subTopic === '') return fail('TopicNameRequired: You must provide a topic name')

  // A second join of a joined topic replaces the first, as Phoenix closes the existing channel.
  const existing = conn.channels.get(message.topic)
  if (existing) conn.closeChannel(existing, 'phx_close')

  if (!conn.joins.hit(Date.now())) return fail('ClientJoinRateLimitReached: Too many joins per second')
  if (conn.channels.size + conn.pendingJoins - 1 >= ctx.limits.maxChannelsPerConnection) {
    return fail('ChannelRateLimitReached: Too many channels')
  }

  const payload = asRecord(message.payload)
  const config = joinConfig(payload.config)
  const tokenCheck = await ctx.tokens.verify(accessToken(payload, conn.socketToken))
  if (!tokenCheck.ok) return fail(`${tokenCheck.code}: ${tokenCheck.message}`)

  const channel = new RealtimeChannel(conn, message.topic, subTopic, message.joinRef, config, tokenCheck.value, {
    calls: ctx.limits.presenceCallsPerWindow,
    windowMs: ctx.limits.presenceWindowMs,
  })
  if (config.isPrivate) {
    channel.read = await ctx.authorizer.read(subTopic, channel.token)
    if (!channel.read.broadcastRead && !channel.read.presenceRead) {
      return fail(`Unauthorized: You do not have permissions to read from this Channel topic: ${subTopic}`)
    }
  }
  const prepared = await ctx.postgres.prepare(channel, config.postgresChanges)
  if (!conn.isOpen()) return

  conn.channels.set(message.topic, channel)
  ctx.topics.join(channel.topicKey, channel)
  if (prepared.ok) {
    ctx.postgres.add(prepared.bindings)
    channel.hasPostgresChanges = prepared.bindings.length > 0
  }
  armTokenExpiry(conn, channel)

  conn.reply(message, 'ok', { postgres_changes: prepared.replies })
  if (channel.presenceEnabled && channel.canReadPresence()) {
    conn.push(channel.topic, channel.joinRef, 'presence_state', ctx.presence.state(channel.topicKey))
  }
  if (config.postgresChanges.length > 0) {
    if (prepared.ok) conn.system(channel, 'postgres_changes', 'ok', 'Subscribed to PostgreSQL')
    else conn.system(channel, 'postgres_changes', 'error', prepared.error)
  }
}

/**
 * Ends the channel when its token expires ("Token has expired N seconds ago"), as realtime's confirm_token timer
 * does; an access_token push with a fresh token re-arms it.
 */
export function armTokenExpiry(conn: RealtimeConnection, channel: RealtimeChannel): void {
  clearTimeout(channel.expiryTimer)
  const ms = channel.token.exp * 1000 - Date.now()
  // setTimeout holds at most 2^31-1 ms (24.8 days); longer-lived tokens (the API keys) re-arm on the way.
  const wait = Math.max(0, Math.min(ms, 2 ** 31 - 1 - 1000))
  channel.expiryTimer = setTimeout(() => {
    if (channel.state === 'closed') return
    const late = channel.token.exp * 1000 - Date.now()
    if (late > 0) return armTokenExpiry(conn, channel)
    conn.shutdown(channel, `Token has expired ${Math.floor(-late / 1000)} seconds ago`)
  }, wait + 50)
  channel.expiryTimer.unref()
}

/** The join payload's token (`access_token`, or `user_token`); a publishable `sb_` key means the socket's. */
function accessToken(payload: Record<string, unknown>, socketToken: RealtimeToken): unknown {
  const token = payload.access_token ?? payload.user_token
  if (token === undefined || token === null) return socketToken.token
  if (typeof token === 'string' && token.startsWith('sb_')) return socketToken.token
  return token
}

/** Realtime's Join/Config payloads, leniently: what does not parse takes the default, as Ecto leaves it. */
function joinConfig(raw: unknown): JoinConfig {
  const config = asRecord(raw)
  const broadcast = asRecord(config.broadcast)
  const presence = asRecord(config.presence)
  const key = presence.key
  const postgresChanges = Array.isArray(config.postgres_changes)
    ? config.postgres_changes.filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null && !Array.isArray(p))
    : []
  return {
    selfBroadcast: flag(broadcast.self),
    ackBroadcast: flag(broadcast.ack),
    presenceEnabled: flag(presence.enabled),
    presenceKey: typeof key === 'string' && key !== '' ? key : typeof key === 'number' ? String(key) : randomUUID(),
    isPrivate: flag(config.private),
    postgresChanges,
  }
}

/** realtime's FlexibleBoolean: true, or "true". */
function flag(value: unknown): boolean {
  return value === true || value === 'true'
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}
