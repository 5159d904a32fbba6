import { describe, expect, it } from 'vitest'
import Serializer from '@supabase/realtime-js/dist/main/lib/serializer.js'
import {
  FrameError,
  decodeFrame,
  encodeMessage,
  encodeUserBroadcast,
  encodeUserBroadcastPush,
  encodeWithRawPayload,
  negotiateVsn,
} from './serializer.ts'

// realtime-js's own serializer is the other end of the wire: what it encodes must decode here, and back.
const client = new Serializer()

function clientEncode(message: { join_ref: string | null; ref: string | null; topic: string; event: string; payload: unknown }): Buffer {
  let out: unknown
  client.encode(message as never, (encoded: unknown) => {
    out = encoded
  })
  return typeof out === 'string' ? Buffer.from(out) : Buffer.from(out as ArrayBuffer)
}

function clientDecode(raw: string | Buffer): unknown {
  let out: unknown
  const input = typeof raw === 'string' ? raw : raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength)
  client.decode(input as never, (decoded: unknown) => {
    out = decoded
  })
  return out
}

describe('serializer', () => {
  it('negotiates 1.0.x and 2.0.x, with 1.0.0 when the client names none, and nothing else', () => {
    expect(negotiateVsn('2.0.0')).toBe('2.0.0')
    expect(negotiateVsn('1.0.0')).toBe('1.0.0')
    expect(negotiateVsn(null)).toBe('1.0.0')
    expect(negotiateVsn('3.0.0')).toBeUndefined()
    expect(negotiateVsn('2.1.0')).toBeUndefined()
    expect(negotiateVsn('two')).toBeUndefined()
  })

  it('reads the JSON array realtime-js sends for a join', () => {
    const frame = clientEncode({ join_ref: '1', ref: '1', topic: 'realtime:room', event: 'phx_join', payload: { config: {} } })
    expect(decodeFrame(frame, false, '2.0.0')).toEqual({
      type: 'message',
      message: { joinRef: '1', ref: '1', topic: 'realtime:room', event: 'phx_join', payload: { config: {} } },
    })
  })

  it('reads a client broadcast as the binary kind 3 frame, with its JSON payload as bytes', () => {
    const frame = clientEncode({
      join_ref: '6',
      ref: '8',
      topic: 'realtime:room1',
      event: 'broadcast',
      payload: { type: 'broadcast', event: 'cursor', payload: { x: 2 } },
    })
    const decoded = decodeFrame(frame, true, '2.0.0')
    expect(decoded.type).toBe('user_broadcast')
    if (decoded.type !== 'user_broadcast') return
    expect(decoded.push).toMatchObject({ joinRef: '6', ref: '8', topic: 'realtime:room1', userEvent: 'cursor', encoding: 'json' })
    expect(JSON.parse(decoded.push.payload.toString())).toEqual({ x: 2 })
  })

  it('reads a binary user payload as binary', () => {
    const bytes = new Uint8Array([1, 2, 3, 250])
    const frame = clientEncode({
      join_ref: '1',
      ref: '2',
      topic: 'realtime:room',
      event: 'broadcast',
      payload: { type: 'broadcast', event: 'blob', payload: bytes.buffer },
    })
    const decoded = decodeFrame(frame, true, '2.0.0')
    if (decoded.type !== 'user_broadcast') throw new Error('expected a user broadcast')
    expect(decoded.push.encoding).toBe('binary')
    expect([...decoded.push.payload]).toEqual([1, 2, 3, 250])
  })

  it('writes kind 4 frames realtime-js decodes into a broadcast, with metadata', () => {
    const frame = encodeUserBroadcast('realtime:room', 'cursor', 'json', Buffer.from('{"x":1}'), '{"id":"abc"}')!
    expect(clientDecode(frame)).toEqual({
      join_ref: null,
      ref: null,
      topic: 'realtime:room',
      event: 'broadcast',
      payload: { type: 'broadcast', event: 'cursor', payload: { x: 1 }, meta: { id: 'abc' } },
    })
  })

  it('refuses to frame a topic longer than 255 bytes in binary', () => {
    expect(encodeUserBroadcast('x'.repeat(256), 'e', 'json', Buffer.from('{}'))).toBeUndefined()
  })

  it('writes replies realtime-js decodes, in both versions', () => {
    const reply = { joinRef: '1', ref: '3', topic: 'realtime:room', event: 'phx_reply', payload: { status: 'ok', response: {} } }
    expect(clientDecode(encodeMessage(reply, '2.0.0'))).toEqual({
      join_ref: '1',
      ref: '3',
      topic: 'realtime:room',
      event: 'phx_reply',
      payload: { status: 'ok', response: {} },
    })
    expect(JSON.parse(encodeMessage(reply, '1.0.0'))).toEqual({
      topic: 'realtime:room',
      event: 'phx_reply',
      payload: { status: 'ok', response: {} },
      ref: '3',
      join_ref: '1',
    })
    expect(encodeWithRawPayload(null, null, 't', 'e', '{"a":1}', '2.0.0')).toBe('[null,null,"t","e",{"a":1}]')
  })

  it('reads 1.0.0 objects', () => {
    const frame = Buffer.from(JSON.stringify({ topic: 'phoenix', event: 'heartbeat', payload: {}, ref: '5', join_ref: null }))
    expect(decodeFrame(frame, false, '1.0.0')).toEqual({
      type: 'message',
      message: { joinRef: null, ref: '5', topic: 'phoenix', event: 'heartbeat', payload: {} },
    })
  })

  it('refuses malformed frames with a reason', () => {
    const bad = (data: string | Buffer, binary = false, vsn: '1.0.0' | '2.0.0' = '2.0.0') => () =>
      decodeFrame(typeof data === 'string' ? Buffer.from(data) : data, binary, vsn)
    expect(bad('{not json')).toThrow(FrameError)
    expect(bad('{"topic":"x"}')).toThrow(/V2 array/)
    expect(bad('[1,2]')).toThrow(/V2 array/)
    expect(bad('[null,null,5,"e",{}]')).toThrow(/topic and event/)
    expect(bad('[{},null,"t","e",{}]')).toThrow(/join_ref/)
    expect(bad('[null,null,"t","e",{}]', false, '1.0.0')).toThrow(/V1 object/)
    expect(bad(Buffer.from([3, 1]), true)).toThrow(/too short/)
    expect(bad(Buffer.from([3, 9, 9, 9, 9, 0, 1, 65]), true)).toThrow(/exceed/)
    expect(bad(Buffer.from([0, 0, 0, 0, 0, 0, 0]), true)).toThrow(/kind 0/)
    expect(bad(Buffer.from([3, 0, 0, 0, 0, 0, 7]), true)).toThrow(/encoding 7/)
    expect(bad(Buffer.from([3, 0, 0, 0, 0, 0, 1]), true, '1.0.0')).toThrow(/2.0.0/)
  })

  it('encodes pushes the way realtime-js does', () => {
    const push = { joinRef: '1', ref: '2', topic: 'realtime:t', userEvent: 'e', encoding: 'json' as const, payload: Buffer.from('{"a":1}') }
    const mine = encodeUserBroadcastPush(push)
    const theirs = clientEncode({ join_ref: '1', ref: '2', topic: 'realtime:t', event: 'broadcast', payload: { type: 'broadcast', event: 'e', payload: { a: 1 } } })
    expect(mine.equals(theirs)).toBe(true)
  })
})
