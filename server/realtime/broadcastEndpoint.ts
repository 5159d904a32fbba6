import type { HttpResponse } from '../http/types.ts'
import { bearerToken, jsonResponse } from '../http/types.ts'
import type { RealtimeContext } from './realtimeContext.ts'
import { TopicHub } from './topicHub.ts'
import type { RealtimeToken } from './verifyRealtimeToken.ts'
import { WindowCounter } from './windowCounter.ts'

export interface RealtimeHttpRequest {
  method: string
  /** Below /realtime/v1, e.g. /api/broadcast. */
  path: string
  search: string
  /** Lower-cased names. */
  headers: Record<string, string | undefined>
  body: Buffer | undefined
}

interface BatchMessage {
  topic: string
  event: string
  payload: Record<string, unknown>
  private: boolean
  id?: string
}

/**
 * Realtime's REST broadcast (BroadcastController, BroadcastSingleController): `POST /api/broadcast` with
 * `{messages: [{topic, event, payload, private?}]}`, and `POST /api/broadcast/<topic>/events/<event>` with a JSON
 * or binary body (`?private=true`). Both answer 202 with no body. Messages to private topics go out only where
 * the caller may write (RLS on realtime.messages), silently otherwise, as on Supabase.
 */
export function createBroadcastEndpoint(ctx: RealtimeContext): (request: RealtimeHttpRequest) => Promise<HttpResponse> {
  const rate = new WindowCounter(ctx.limits.maxEventsPerSecond, 1000)

  return async (request) => {
    const single = /^\/api\/broadcast\/([^/]+)\/events\/([^/]+)\/?$/.exec(request.path)
    const batch = /^\/api\/broadcast\/?$/.test(request.path)
    if (!single && !batch) return jsonResponse(404, { message: 'not found' })
    if (request.method !== 'POST') return jsonResponse(405, { message: 'Method not allowed' }, { allow: 'POST' })

    const check = await ctx.tokens.verify(bearerToken(request.headers) ?? request.headers.apikey)
    if (!check.ok) return jsonResponse(401, { message: 'Unauthorized' })
    const token = check.value

    if (single) {
      const topic = safeDecode(single[1]!)
      const event = safeDecode(single[2]!)
      if (topic === undefined || event === undefined) return jsonResponse(422, { message: 'Topic and event must be valid URL components' })
      const isPrivate = new URLSearchParams(request.search).get('private') === 'true'
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
      const body = request.body ?? Buffer.alloc(0)
      if (body.length > ctx.limits.maxPayloadBytes) return jsonResponse(422, { errors: { payload: ['Payload size exceeds tenant limit'] } })
      if (!rate.hit(Date.now())) return jsonResponse(429, { message: 'You have exceeded your rate limit' })
      if (contentType === 'application/octet-stream') {
        if (!(await mayWrite(ctx, topic, isPrivate, token))) return accepted()
        ctx.topics.broadcast(TopicHub.key(topic, isPrivate), { frame: 'user', event, encoding: 'binary', payload: body })
        return accepted()
      }
      if (contentType !== 'application/json' && contentType !== '') {
        return jsonResponse(415, { message: 'Unsupported content type: send application/json or application/octet-stream' })
      }
      const payload = parseJson(body)
      if (!isMap(payload)) return jsonResponse(422, { errors: { payload: ['is invalid'] } })
      if (!(await mayWrite(ctx, topic, isPrivate, token))) return accepted()
      send(ctx, { topic, event, payload, private: isPrivate })
      return accepted()
    }

    const parsed = parseBatch(request.body, ctx.limits.maxPayloadBytes)
    if ('errors' in parsed) return jsonResponse(422, { errors: parsed.errors })
    const { messages } = parsed
    if (!rate.hit(Date.now())) return jsonResponse(429, { message: 'You have exceeded your rate limit' })
    for (let i = 1; i < messages.length; i++) {
      if (!rate.hit(Date.now())) return jsonResponse(429, { message: 'Too many messages to broadcast, please reduce the batch size' })
    }
    const writable = new Map<string, boolean>()
    for (const message of messages) {
      if (message.private) {
        let allowed = writable.get(message.topic)
        if (allowed === undefined) {
          allowed = await mayWrite(ctx, message.topic, true, token)
          writable.set(message.topic, allowed)
        }
        if (!allowed) continue
      }
      send(ctx, message)
    }
    return accepted()
  }
}

function send(ctx: RealtimeContext, message: BatchMessage): void {
  const body: Record<string, unknown> = { payload: message.payload, event: message.event, type: 'broadcast' }
  if (message.id !== undefined) body.meta = { id: message.id }
  ctx.topics.broadcast(TopicHub.key(message.topic, message.private), { frame: 'phoenix', bodyJson: JSON.stringify(body) })
}

async function mayWrite(ctx: RealtimeContext, topic: string, isPrivate: boolean, token: RealtimeToken): Promise<boolean> {
  if (!isPrivate) return true
  return (await ctx.authorizer.write(topic, token)).broadcastWrite
}

/** Ecto's changeset errors, as realtime's ChangesetView renders them: `{errors: {messages: [{}, {field: [...]}]}}`. */
function parseBatch(body: Buffer | undefined, maxPayloadBytes: number): { messages: BatchMessage[] } | { errors: unknown } {
  const value = body ? parseJson(body) : undefined
  if (!isMap(value) || value.messages === undefined) return { errors: { messages: ["can't be blank"] } }
  if (!Array.isArray(value.messages)) return { errors: { messages: ['is invalid'] } }
  let failed = false
  const messages: BatchMessage[] = []
  const errors = value.messages.map((raw: unknown) => {
    const e: Record<string, string[]> = {}
    if (!isMap(raw)) {
      failed = true
      return { message: ['is invalid'] }
    }
    for (const field of ['topic', 'event'] as const) {
      if (raw[field] === undefined || raw[field] === null || raw[field] === '') e[field] = ["can't be blank"]
      else if (typeof raw[field] !== 'string') e[field] = ['is invalid']
    }
    if (raw.payload === undefined || raw.payload === null) e.payload = ["can't be blank"]
    else if (!isMap(raw.payload)) e.payload = ['is invalid']
    else if (Buffer.byteLength(JSON.stringify(raw.payload)) > maxPayloadBytes) e.payload = ['Payload size exceeds tenant limit']
    if (raw.private !== undefined && raw.private !== null && typeof raw.private !== 'boolean') e.private = ['is invalid']
    if (Object.keys(e).length > 0) {
      failed = true
      return e
    }
    messages.push({
      topic: raw.topic as string,
      event: raw.event as string,
      payload: raw.payload as Record<string, unknown>,
      private: raw.private === true,
      ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
    })
    return {}
  })
  if (failed) return { errors: { messages: errors } }
  if (messages.length === 0) return { errors: { messages: ["can't be blank"] } }
  return { messages }
}

function accepted(): HttpResponse {
  return { status: 202, headers: {} }
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part)
  } catch {
    return undefined
  }
}
