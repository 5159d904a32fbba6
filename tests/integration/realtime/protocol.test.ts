import WebSocket from 'ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeUserBroadcastPush } from '../../../server/realtime/serializer.ts'
import type { Backend } from '../../../server/startBackend.ts'
import { emails, DEMO_PASSWORD, ids, startTestBackend } from '../../support/testBackend.ts'
import { RawSocket, settle, signToken } from './realtimeTestKit.ts'

// Small limits, so that hitting them is quick: the defaults are Supabase's (100 channels, 100 messages and 100
// joins per second, 256 KB payloads).
const limits = {
  maxChannelsPerConnection: 4,
  maxJoinsPerSecond: 8,
  maxEventsPerSecond: 20,
  idleTimeoutMs: 1500,
  presenceCallsPerWindow: 3,
}

let backend: Backend
let bobToken: string
const sockets: RawSocket[] = []

async function open(options: { apikey?: string; vsn?: string } = {}): Promise<RawSocket> {
  const socket = await RawSocket.open(backend, options)
  socket.heartbeat(400)
  sockets.push(socket)
  return socket
}

const now = () => Math.floor(Date.now() / 1000)

beforeAll(async () => {
  backend = await startTestBackend({ realtimeLimits: limits })
  const res = await fetch(`${backend.url}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: backend.anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email: emails.bob, password: DEMO_PASSWORD }),
  })
  bobToken = ((await res.json()) as { access_token: string }).access_token
})

afterAll(async () => {
  for (const s of sockets) s.close()
  await backend?.close()
})

/** A socket other tests do not touch, which must keep answering whatever the others do. */
async function bystanderStillServed(): Promise<void> {
  const socket = await open()
  const reply = await socket.call('phoenix', 'heartbeat', {})
  expect(reply.payload).toEqual({ status: 'ok', response: {} })
}

describe('the realtime socket', () => {
  it('answers heartbeats on the phoenix topic', async () => {
    const socket = await open()
    const reply = await socket.call('phoenix', 'heartbeat', {})
    expect(reply).toEqual({ joinRef: null, ref: reply.ref, topic: 'phoenix', event: 'phx_reply', payload: { status: 'ok', response: {} } })
  })

  it('refuses sockets without a valid api key, with an unknown serializer, or from a foreign origin', async () => {
    const refused = async (options: { apikey?: string; vsn?: string }) =>
      RawSocket.open(backend, options).then(
        () => ({ status: 0, body: 'opened' }),
        (e: { status?: number; body?: string }) => ({ status: e.status, body: e.body }),
      )
    expect(await refused({ apikey: '' })).toMatchObject({ status: 401, body: expect.stringContaining('No API key found') })
    expect(await refused({ apikey: await signToken({ role: 'service_role', exp: now() + 60 }) })).toMatchObject({
      status: 401,
      body: expect.stringContaining('Invalid API key'),
    })
    expect(await refused({ vsn: '3.0.0' })).toMatchObject({ status: 400, body: expect.stringContaining('Unsupported serializer version') })
    const foreign = new WebSocket(`${backend.url.replace('http', 'ws')}/realtime/v1/websocket?apikey=${backend.anonKey}&vsn=2.0.0`, {
      headers: { origin: 'https://evil.example' },
    })
    foreign.on('error', () => undefined)
    const status = await new Promise<number | undefined>((resolve) => {
      foreign.once('unexpected-response', (_req, res) => resolve(res.statusCode))
      foreign.once('open', () => resolve(101))
    })
    foreign.terminate()
    expect(status).toBe(403)
    const elsewhere = await fetch(`${backend.url}/realtime/v1/websocket/other`, { headers: { apikey: backend.anonKey } })
    expect(elsewhere.status).toBe(404)
  })

  it('refuses joins with the reasons realtime gives', async () => {
    const socket = await open()
    const reason = async (topic: string, payload: unknown) => (await socket.join(topic, payload)).reply.payload
    expect(await reason('room:x', {})).toEqual({ status: 'error', response: { reason: 'unmatched topic' } })
    expect(await reason('realtime:', {})).toEqual({ status: 'error', response: { reason: 'TopicNameRequired: You must provide a topic name' } })
    const forged = await new (await import('../../../server/auth/jwt.ts')).JwtKeys('x'.repeat(40)).sign({ role: 'service_role', exp: now() + 60 })
    expect(await reason('realtime:a', { access_token: forged })).toEqual({
      status: 'error',
      response: { reason: 'JwtSignatureError: Failed to validate JWT signature' },
    })
    expect(await reason('realtime:b', { access_token: 'not.a.jwt' })).toEqual({
      status: 'error',
      response: { reason: 'MalformedJWT: The token provided is not a valid JWT' },
    })
    const expired = await signToken({ role: 'authenticated', sub: ids.bob, exp: now() - 10 })
    expect(await reason('realtime:c', { access_token: expired })).toEqual({
      status: 'error',
      response: { reason: expect.stringMatching(/^InvalidJWTToken: Token has expired 1\d seconds ago$/) },
    })
    const noExp = await signToken({ role: 'authenticated', sub: ids.bob })
    expect(await reason('realtime:d', { access_token: noExp })).toEqual({
      status: 'error',
      response: { reason: 'InvalidJWTToken: Fields `role` and `exp` are required in JWT' },
    })
    const superuser = await signToken({ role: 'postgres', exp: now() + 60 })
    expect((await reason('realtime:e', { access_token: superuser })).status).toBe('error')
    // and the socket is still fine
    expect((await reason('realtime:fine', { access_token: bobToken })).status).toBe('ok')
  })

  it('answers pushes to topics it has not joined with "unmatched topic"', async () => {
    const socket = await open()
    expect((await socket.call('realtime:never-joined', 'broadcast', { type: 'broadcast', event: 'e', payload: {} })).payload).toEqual({
      status: 'error',
      response: { reason: 'unmatched topic' },
    })
    socket.send(encodeUserBroadcastPush({ joinRef: '9', ref: '77', topic: 'realtime:never-joined', userEvent: 'e', encoding: 'json', payload: Buffer.from('{}') }))
    await socket.frames.waitFor((fs) => fs.some((f) => f.ref === '77' && f.payload.response?.reason === 'unmatched topic'))
  })

  it('closes a socket that sends malformed frames with a reason, and keeps serving the others', async () => {
    const cases: Array<[string | Buffer, number, RegExp]> = [
      ['{this is not json', 1007, /not JSON/],
      ['{"topic":"realtime:x","event":"phx_join"}', 1007, /expected a V2 array/],
      ['[null,null,42,"phx_join",{}]', 1007, /topic and event must be strings/],
      [Buffer.from([0, 1, 2, 3, 4, 5, 6]), 1003, /unsupported binary frame kind 0/],
      [Buffer.from([3, 200, 0, 0, 0, 0, 1]), 1007, /field lengths exceed the frame/],
    ]
    for (const [frame, code, reason] of cases) {
      const socket = await open()
      socket.ws.send(frame, { binary: typeof frame !== 'string' })
      expect(await socket.closed()).toBe(code)
      expect(socket.closeReason).toMatch(reason)
    }
    const huge = await open()
    huge.ws.send(Buffer.alloc(2 * 1024 * 1024, 1))
    expect(await huge.closed()).toBe(1009)
    await bystanderStillServed()
  })

  it('refuses a broadcast whose JSON payload does not parse, rather than relay it', async () => {
    const socket = await open()
    const { joinRef } = await socket.join('realtime:json-check')
    socket.send(encodeUserBroadcastPush({ joinRef, ref: '501', topic: 'realtime:json-check', userEvent: 'e', encoding: 'json', payload: Buffer.from('{"oops"') }))
    const frames = await socket.frames.waitFor((fs) => fs.some((f) => f.ref === '501'))
    expect(frames.find((f) => f.ref === '501')!.payload).toEqual({
      status: 'error',
      response: { reason: 'MalformedPayload: the broadcast payload is not valid JSON' },
    })
  })

  it('ends a flooding channel with "Too many messages per second", and closes a socket flooding far beyond', async () => {
    const socket = await open()
    const listener = await open()
    const { joinRef } = await socket.join('realtime:flood')
    await listener.join('realtime:flood')
    for (let i = 0; i < 40; i++) socket.send([joinRef, String(1000 + i), 'realtime:flood', 'broadcast', { type: 'broadcast', event: 'e', payload: { i } }])
    const frames = await socket.frames.waitFor((fs) => fs.some((f) => f.event === 'phx_close'))
    expect(frames.find((f) => f.event === 'system')!.payload).toEqual({
      extension: 'system',
      status: 'error',
      message: 'Too many messages per second',
      channel: 'flood',
    })
    expect(frames.find((f) => f.event === 'phx_close')).toMatchObject({ joinRef, topic: 'realtime:flood', payload: {} })
    // the socket itself is fine, and the listener got what was under the limit
    expect((await socket.call('phoenix', 'heartbeat', {})).payload.status).toBe('ok')
    expect(listener.frames.items.filter((f) => f.event === 'broadcast').length).toBeLessThanOrEqual(limits.maxEventsPerSecond)

    const firehose = await open()
    for (let i = 0; i < 1000; i++) firehose.send([null, String(i), 'realtime:nowhere', 'broadcast', {}])
    expect(await firehose.closed()).toBe(1008)
    expect(firehose.closeReason).toBe('Too many messages per second')
    await bystanderStillServed()
  })

  it('limits channels per connection and joins per second, with realtime’s errors', async () => {
    const socket = await open()
    const replies = []
    for (let i = 0; i < 5; i++) replies.push((await socket.join(`realtime:many-${i}`)).reply.payload)
    expect(replies.slice(0, 4).every((r) => r.status === 'ok')).toBe(true)
    expect(replies[4]).toEqual({ status: 'error', response: { reason: 'ChannelRateLimitReached: Too many channels' } })

    const burst = await open()
    const results = []
    for (let i = 0; i < 10; i++) {
      const { reply, joinRef } = await burst.join(`realtime:burst-${i}`)
      results.push(reply.payload.response?.reason ?? 'ok')
      if (reply.payload.status === 'ok') burst.send([joinRef, burst.nextRef(), `realtime:burst-${i}`, 'phx_leave', {}])
    }
    expect(results).toContain('ClientJoinRateLimitReached: Too many joins per second')
  })

  it('ends a channel with a system message when its token expires, or when a pushed token is forged', async () => {
    const socket = await open()
    const shortLived = await signToken({ role: 'authenticated', sub: ids.bob, exp: now() + 2 })
    const { joinRef } = await socket.join('realtime:expiring', { config: {}, access_token: shortLived })
    const frames = await socket.frames.waitFor((fs) => fs.some((f) => f.event === 'phx_close' && f.joinRef === joinRef), 5000)
    expect(frames.find((f) => f.event === 'system' && f.joinRef === joinRef)!.payload).toEqual({
      extension: 'system',
      status: 'error',
      message: expect.stringMatching(/^Token has expired \d seconds ago$/),
      channel: 'expiring',
    })

    const second = await socket.join('realtime:forged-refresh', { config: {}, access_token: bobToken })
    socket.send([second.joinRef, socket.nextRef(), 'realtime:forged-refresh', 'access_token', { access_token: `${bobToken.slice(0, -4)}AAAA` }])
    const after = await socket.frames.waitFor((fs) => fs.some((f) => f.event === 'phx_close' && f.joinRef === second.joinRef))
    expect(after.find((f) => f.event === 'system' && f.joinRef === second.joinRef)!.payload.message).toBe('Failed to validate JWT signature')
  })

  it('replaces a channel joined twice, and answers phx_leave with ok then phx_close', async () => {
    const socket = await open()
    const first = await socket.join('realtime:twice')
    const second = await socket.join('realtime:twice')
    expect(second.reply.payload.status).toBe('ok')
    expect(socket.frames.items.some((f) => f.event === 'phx_close' && f.joinRef === first.joinRef)).toBe(true)
    const leave = await socket.call('realtime:twice', 'phx_leave', {}, second.joinRef)
    expect(leave.payload).toEqual({ status: 'ok', response: {} })
    await socket.frames.waitFor((fs) => fs.some((f) => f.event === 'phx_close' && f.joinRef === second.joinRef))
    expect((await socket.call('realtime:twice', 'broadcast', {}, second.joinRef)).payload.response.reason).toBe('unmatched topic')
  })

  it('speaks serializer 1.0.0 (JSON objects)', async () => {
    const socket = await open({ vsn: '1.0.0' })
    socket.send(JSON.stringify({ topic: 'realtime:v1', event: 'phx_join', payload: { config: { broadcast: { self: true } } }, ref: '1', join_ref: '1' }))
    await socket.frames.waitFor((fs) => fs.some((f) => f.ref === '1' && f.payload.status === 'ok'))
    socket.send(JSON.stringify({ topic: 'realtime:v1', event: 'broadcast', payload: { type: 'broadcast', event: 'e', payload: { a: 1 } }, ref: '2', join_ref: '1' }))
    const frames = await socket.frames.waitFor((fs) => fs.some((f) => f.event === 'broadcast'))
    expect(frames.find((f) => f.event === 'broadcast')).toEqual({
      joinRef: null,
      ref: null,
      topic: 'realtime:v1',
      event: 'broadcast',
      payload: { type: 'broadcast', event: 'e', payload: { a: 1 } },
    })
  })

  it('drops a connection that stops sending, and its presence with it', async () => {
    const watcher = await open()
    await watcher.join('realtime:idle', { config: { presence: { key: 'watcher', enabled: true } } })
    const silent = await RawSocket.open(backend) // no heartbeats
    sockets.push(silent)
    const { joinRef } = await silent.join('realtime:idle', { config: { presence: { key: 'silent', enabled: true } } })
    await silent.call('realtime:idle', 'presence', { type: 'presence', event: 'track', payload: {} }, joinRef)
    await watcher.frames.waitFor((fs) => fs.some((f) => f.event === 'presence_diff' && f.payload.joins.silent))
    expect(await silent.closed(4000)).toBe(1000)
    await watcher.frames.waitFor((fs) => fs.some((f) => f.event === 'presence_diff' && f.payload.leaves.silent))
  })

  it('ends a channel that tracks presence too often', async () => {
    const socket = await open()
    const { joinRef } = await socket.join('realtime:chatty', { config: { presence: { key: 'k' } } })
    for (let i = 0; i < 4; i++) socket.send([joinRef, socket.nextRef(), 'realtime:chatty', 'presence', { type: 'presence', event: 'track', payload: { i } }])
    const frames = await socket.frames.waitFor((fs) => fs.some((f) => f.event === 'phx_close'))
    expect(frames.find((f) => f.event === 'system')!.payload.message).toBe('Client presence rate limit exceeded')
    await settle(50)
    await bystanderStillServed()
  })
})

describe('limits as configured', () => {
  it('are read from the backend options, Supabase’s defaults otherwise', async () => {
    const { DEFAULT_REALTIME_LIMITS } = await import('../../../server/realtime/realtimeLimits.ts')
    expect(DEFAULT_REALTIME_LIMITS).toMatchObject({
      maxChannelsPerConnection: 100,
      maxEventsPerSecond: 100,
      maxJoinsPerSecond: 100,
      maxPayloadBytes: 256_500,
      maxPostgresChangeBytes: 1024 * 1024,
    })
  })
})
