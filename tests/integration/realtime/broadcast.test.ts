import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import WebSocket from 'ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/startBackend.ts'
import { clientFor, signedInClient, startTestBackend } from '../../support/testBackend.ts'
import { closeClients, Inbox, RawSocket, settle, subscribed } from './realtimeTestKit.ts'

let backend: Backend
let bob: SupabaseClient
let carol: SupabaseClient
const others: SupabaseClient[] = []

beforeAll(async () => {
  backend = await startTestBackend()
  bob = await signedInClient(backend, 'bob')
  carol = await signedInClient(backend, 'carol')
})

afterAll(async () => {
  await closeClients(bob, carol, ...others)
  await backend?.close()
})

let topicCount = 0
const freshTopic = () => `room-${++topicCount}`

describe('broadcast', () => {
  it('reaches the other subscribers but not the sender when self is off (the default)', async () => {
    const topic = freshTopic()
    const bobInbox = new Inbox()
    const carolInbox = new Inbox()
    const sender = await subscribed(bob.channel(topic).on('broadcast', { event: 'cursor' }, bobInbox.push))
    await subscribed(carol.channel(topic).on('broadcast', { event: 'cursor' }, carolInbox.push))
    expect(await sender.send({ type: 'broadcast', event: 'cursor', payload: { x: 1, y: 2 } })).toBe('ok')
    await carolInbox.waitForCount(1)
    expect(carolInbox.items[0]).toEqual({ type: 'broadcast', event: 'cursor', payload: { x: 1, y: 2 } })
    await settle(200)
    expect(bobInbox.items).toEqual([])
  })

  it('comes back to the sender when self is on, and only to listeners of that event', async () => {
    const topic = freshTopic()
    const mine = new Inbox()
    const otherEvent = new Inbox()
    const channel = await subscribed(
      bob
        .channel(topic, { config: { broadcast: { self: true } } })
        .on('broadcast', { event: 'ping' }, mine.push)
        .on('broadcast', { event: 'pong' }, otherEvent.push),
    )
    await channel.send({ type: 'broadcast', event: 'ping', payload: { n: 1 } })
    await mine.waitForCount(1)
    await settle(100)
    expect(otherEvent.items).toEqual([])
  })

  it('with ack on, send() resolves "ok" only once the server replies', async () => {
    const topic = freshTopic()
    const raw = await RawSocket.open(backend)
    try {
      const { joinRef } = await raw.join(`realtime:${topic}`, { config: { broadcast: { ack: true } } })
      const reply = await raw.call(`realtime:${topic}`, 'broadcast', { type: 'broadcast', event: 'e', payload: {} }, joinRef)
      expect(reply.payload).toEqual({ status: 'ok', response: {} })
    } finally {
      raw.close()
    }
    const channel = await subscribed(bob.channel(freshTopic(), { config: { broadcast: { ack: true } } }))
    expect(await channel.send({ type: 'broadcast', event: 'e', payload: { a: 1 } })).toBe('ok')
  })

  it('reads realtime-js 2.0.0 sends as binary frames and relays them as binary frames', async () => {
    const topic = freshTopic()
    const raw = await RawSocket.open(backend)
    try {
      await raw.join(`realtime:${topic}`)
      const sender = await subscribed(bob.channel(topic))
      await sender.send({ type: 'broadcast', event: 'cursor', payload: { x: 7 } })
      const [frame] = await raw.binary.waitForCount(1)
      expect(frame![0]).toBe(4) // USER_BROADCAST
      const topicLength = frame![1]!
      const eventLength = frame![2]!
      expect(frame!.subarray(5, 5 + topicLength).toString()).toBe(`realtime:${topic}`)
      expect(frame!.subarray(5 + topicLength, 5 + topicLength + eventLength).toString()).toBe('cursor')
      expect(JSON.parse(frame!.subarray(5 + topicLength + eventLength + frame![3]!).toString())).toEqual({ x: 7 })
    } finally {
      raw.close()
    }
  })

  it('relays between 1.0.0 (JSON objects) and 2.0.0 (binary) clients both ways', async () => {
    const topic = freshTopic()
    const v1 = createClient(backend.url, backend.anonKey, {
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: WebSocket as never, vsn: '1.0.0' },
    })
    others.push(v1)
    const v1Inbox = new Inbox()
    const v2Inbox = new Inbox()
    const oldClient = await subscribed(v1.channel(topic).on('broadcast', { event: 'hello' }, v1Inbox.push))
    const newClient = await subscribed(carol.channel(topic).on('broadcast', { event: 'hello' }, v2Inbox.push))
    await newClient.send({ type: 'broadcast', event: 'hello', payload: { from: 'v2' } })
    await oldClient.send({ type: 'broadcast', event: 'hello', payload: { from: 'v1' } })
    await v1Inbox.waitForCount(1)
    await v2Inbox.waitForCount(1)
    expect(v1Inbox.items[0]).toEqual({ type: 'broadcast', event: 'hello', payload: { from: 'v2' } })
    expect(v2Inbox.items[0]).toEqual({ type: 'broadcast', event: 'hello', payload: { from: 'v1' } })
  })

  it('carries binary payloads to 2.0.0 clients byte for byte', async () => {
    const topic = freshTopic()
    const inbox = new Inbox<{ payload: unknown }>()
    await subscribed(carol.channel(topic).on('broadcast', { event: 'blob' }, inbox.push))
    const sender = await subscribed(bob.channel(topic))
    const bytes = new Uint8Array([0, 1, 2, 254, 255])
    await sender.send({ type: 'broadcast', event: 'blob', payload: bytes.buffer })
    await inbox.waitForCount(1)
    expect([...new Uint8Array(inbox.items[0]!.payload as ArrayBuffer)]).toEqual([0, 1, 2, 254, 255])
  })

  it('refuses an oversized payload with a clear error and keeps the channel and everyone else working', async () => {
    const topic = freshTopic()
    const inbox = new Inbox<{ payload: { n: number } }>()
    await subscribed(carol.channel(topic).on('broadcast', { event: 'big' }, inbox.push))
    const system = new Inbox<{ status: string; message: string }>()
    const acked = await subscribed(bob.channel(topic, { config: { broadcast: { ack: true } } }))
    const huge = { blob: 'x'.repeat(300_000) }
    expect(await acked.send({ type: 'broadcast', event: 'big', payload: huge })).toBe('error')

    const unacked = await subscribed(
      (await signedInClient(backend, 'alice')).channel(topic).on('system', {}, system.push),
    )
    await unacked.send({ type: 'broadcast', event: 'big', payload: huge })
    await system.waitFor((items) => items.some((s) => s.status === 'error'))
    expect(system.items.find((s) => s.status === 'error')!.message).toMatch(/^PayloadTooLarge: Payload size exceeds the limit of 256500 bytes/)

    expect(await acked.send({ type: 'broadcast', event: 'big', payload: { n: 1 } })).toBe('ok')
    await inbox.waitForCount(1)
    expect(inbox.items.map((m) => m.payload)).toEqual([{ n: 1 }])
  })
})

describe('the broadcast REST API', () => {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${backend.url}/realtime/v1/api/broadcast${path}`, {
      method: 'POST',
      headers: { apikey: backend.anonKey, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  it('answers 202 to POST /api/broadcast and delivers each message to its topic', async () => {
    const topic = freshTopic()
    const inbox = new Inbox()
    await subscribed(carol.channel(topic).on('broadcast', { event: 'note' }, inbox.push))
    const res = await post('', { messages: [{ topic, event: 'note', payload: { text: 'hi' } }, { topic: 'elsewhere', event: 'note', payload: {} }] })
    expect(res.status).toBe(202)
    expect(await res.text()).toBe('')
    await inbox.waitForCount(1)
    expect(inbox.items[0]).toEqual({ type: 'broadcast', event: 'note', payload: { text: 'hi' } })
  })

  it('is what send() falls back to before the channel is joined', async () => {
    const topic = freshTopic()
    const inbox = new Inbox()
    await subscribed(carol.channel(topic).on('broadcast', { event: 'early' }, inbox.push))
    const unjoined = bob.channel(topic)
    const warn = console.warn
    console.warn = () => undefined
    try {
      expect(await unjoined.send({ type: 'broadcast', event: 'early', payload: { rest: true } })).toBe('ok')
    } finally {
      console.warn = warn
    }
    await inbox.waitForCount(1)
    await bob.removeChannel(unjoined)
  })

  it('takes httpSend() to /api/broadcast/<topic>/events/<event>, JSON or binary', async () => {
    const topic = freshTopic()
    const inbox = new Inbox<{ event: string; payload: unknown }>()
    await subscribed(carol.channel(topic).on('broadcast', { event: '*' }, inbox.push))
    const channel = bob.channel(topic)
    expect(await channel.httpSend('json-event', { a: 1 })).toEqual({ success: true })
    expect(await channel.httpSend('bin-event', new Uint8Array([9, 8, 7]))).toEqual({ success: true })
    await inbox.waitForCount(2)
    expect(inbox.items[0]).toMatchObject({ event: 'json-event', payload: { a: 1 } })
    expect([...new Uint8Array(inbox.items[1]!.payload as ArrayBuffer)]).toEqual([9, 8, 7])
    await bob.removeChannel(channel)
  })

  it('refuses bad requests with realtime’s statuses', async () => {
    expect((await post('', { messages: [{ topic: 't', payload: {} }] })).status).toBe(422)
    const invalid = await post('', { nope: true })
    expect(invalid.status).toBe(422)
    expect(await invalid.json()).toEqual({ errors: { messages: ["can't be blank"] } })
    expect((await post('', '{broken')).status).toBe(422)
    const big = await post('', { messages: [{ topic: 't', event: 'e', payload: { x: 'y'.repeat(300_000) } }] })
    expect(await big.json()).toEqual({ errors: { messages: [{ payload: ['Payload size exceeds tenant limit'] }] } })
    const forged = await post('', { messages: [] }, { authorization: 'Bearer a.b.c' })
    expect(forged.status).toBe(401)
    expect(await forged.json()).toEqual({ message: 'Unauthorized' })
    const noKey = await fetch(`${backend.url}/realtime/v1/api/broadcast`, { method: 'POST', body: '{}' })
    expect(noKey.status).toBe(401)
    const wrongPath = await fetch(`${backend.url}/realtime/v1/api/nothing`, { method: 'POST', headers: { apikey: backend.anonKey } })
    expect(wrongPath.status).toBe(404)
  })

  it('lets anonymous clients use public channels', async () => {
    const anon = clientFor(backend)
    others.push(anon)
    const topic = freshTopic()
    const inbox = new Inbox()
    await subscribed(anon.channel(topic).on('broadcast', { event: 'x' }, inbox.push))
    const sender = await subscribed(bob.channel(topic))
    await sender.send({ type: 'broadcast', event: 'x', payload: {} })
    await inbox.waitForCount(1)
  })
})
