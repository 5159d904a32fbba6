// Phoenix's wire formats as realtime-js 2.109 speaks them (lib/serializer.js) and realtime's V2Serializer reads
// them: 1.0.0 is JSON objects; 2.0.0 is JSON arrays plus binary frames for user broadcasts (kind 3 from the client,
// kind 4 to it). Pure: no sockets here.

export type Vsn = '1.0.0' | '2.0.0'

/** Phoenix refs are strings from realtime-js; other clients may send numbers. They are echoed back as sent. */
export type Ref = string | number | null

export interface PhoenixMessage {
  joinRef: Ref
  ref: Ref
  topic: string
  event: string
  payload: unknown
}

/** `channel.send({type: 'broadcast', ...})` under 2.0.0: binary kind 3, the user payload kept as bytes. */
export interface UserBroadcastPush {
  joinRef: Ref
  ref: Ref
  topic: string
  userEvent: string
  encoding: 'json' | 'binary'
  payload: Buffer
}

export type InboundFrame =
  | { type: 'message'; message: PhoenixMessage }
  | { type: 'user_broadcast'; push: UserBroadcastPush }

/** A frame that cannot be read; the connection is closed with `closeCode` and the message as reason. */
export class FrameError extends Error {
  constructor(
    message: string,
    readonly closeCode = 1007,
  ) {
    super(message)
  }
}

const KIND_USER_BROADCAST_PUSH = 3
const KIND_USER_BROADCAST = 4

/** Phoenix accepts `~> 1.0.0` and `~> 2.0.0`; no `vsn` parameter means 1.0.0. */
export function negotiateVsn(raw: string | null): Vsn | undefined {
  if (raw === null || raw === '') return '1.0.0'
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(raw)
  if (!match || match[2] !== '0') return undefined
  if (match[1] === '1') return '1.0.0'
  if (match[1] === '2') return '2.0.0'
  return undefined
}

export function decodeFrame(data: Buffer, isBinary: boolean, vsn: Vsn): InboundFrame {
  if (isBinary) {
    if (vsn !== '2.0.0') throw new FrameError('binary frames need serializer 2.0.0', 1003)
    return { type: 'user_broadcast', push: decodeUserBroadcastPush(data) }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(data.toString('utf8'))
  } catch {
    throw new FrameError('malformed message: not JSON')
  }
  return { type: 'message', message: vsn === '2.0.0' ? fromV2Array(parsed) : fromV1Object(parsed) }
}

function fromV2Array(value: unknown): PhoenixMessage {
  if (!Array.isArray(value) || value.length < 5) {
    throw new FrameError('malformed message: expected a V2 array [join_ref, ref, topic, event, payload]')
  }
  const [joinRef, ref, topic, event, payload] = value as unknown[]
  return checked({ joinRef: joinRef as Ref, ref: ref as Ref, topic: topic as string, event: event as string, payload })
}

function fromV1Object(value: unknown): PhoenixMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FrameError('malformed message: expected a V1 object {topic, event, payload, ref, join_ref}')
  }
  const v = value as Record<string, unknown>
  return checked({
    joinRef: (v.join_ref ?? null) as Ref,
    ref: (v.ref ?? null) as Ref,
    topic: v.topic as string,
    event: v.event as string,
    payload: v.payload,
  })
}

function checked(message: PhoenixMessage): PhoenixMessage {
  if (typeof message.topic !== 'string' || typeof message.event !== 'string') {
    throw new FrameError('malformed message: topic and event must be strings')
  }
  if (!isRef(message.joinRef) || !isRef(message.ref)) {
    throw new FrameError('malformed message: join_ref and ref must be strings or null')
  }
  return message
}

function isRef(value: unknown): value is Ref {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
}

function decodeUserBroadcastPush(data: Buffer): UserBroadcastPush {
  const header = 7
  if (data.length < header) throw new FrameError('malformed binary frame: too short')
  const kind = data[0]
  if (kind !== KIND_USER_BROADCAST_PUSH) {
    throw new FrameError(`unsupported binary frame kind ${kind}: only user broadcast pushes (3) are accepted`, 1003)
  }
  const sizes = [data[1]!, data[2]!, data[3]!, data[4]!, data[5]!]
  const encoding = data[6]
  if (encoding !== 0 && encoding !== 1) throw new FrameError(`malformed binary frame: unknown payload encoding ${encoding}`)
  if (header + sizes.reduce((a, b) => a + b, 0) > data.length) {
    throw new FrameError('malformed binary frame: field lengths exceed the frame')
  }
  // realtime-js writes these fields one UTF-16 code unit per byte (charCodeAt), so latin1 reads them back exactly.
  let offset = header
  const take = (size: number) => {
    const text = data.toString('latin1', offset, offset + size)
    offset += size
    return text
  }
  const joinRef = take(sizes[0]!)
  const ref = take(sizes[1]!)
  const topic = take(sizes[2]!)
  const userEvent = take(sizes[3]!)
  take(sizes[4]!) // metadata: realtime-js sends none unless configured; Supabase does not use it yet either
  return {
    joinRef: joinRef === '' ? null : joinRef,
    ref: ref === '' ? null : ref,
    topic,
    userEvent,
    encoding: encoding === 1 ? 'json' : 'binary',
    payload: data.subarray(offset),
  }
}

export function encodeMessage(message: PhoenixMessage, vsn: Vsn): string {
  return encodeWithRawPayload(message.joinRef, message.ref, message.topic, message.event, JSON.stringify(message.payload ?? {}), vsn)
}

/** The same frame with a payload that is already JSON text, so a fan-out serializes its payload once. */
export function encodeWithRawPayload(joinRef: Ref, ref: Ref, topic: string, event: string, payloadJson: string, vsn: Vsn): string {
  const j = JSON.stringify(joinRef)
  const r = JSON.stringify(ref)
  const t = JSON.stringify(topic)
  const e = JSON.stringify(event)
  if (vsn === '2.0.0') return `[${j},${r},${t},${e},${payloadJson}]`
  return `{"topic":${t},"event":${e},"payload":${payloadJson},"ref":${r},"join_ref":${j}}`
}

/**
 * Server-to-client user broadcast (kind 4): `u8 4, u8 len(topic), u8 len(event), u8 len(meta), u8 enc, topic,
 * event, meta, payload`. realtime-js decodes the strings as UTF-8. Undefined when a field exceeds 255 bytes.
 */
export function encodeUserBroadcast(
  topic: string,
  userEvent: string,
  encoding: 'json' | 'binary',
  payload: Uint8Array,
  metadataJson = '',
): Buffer | undefined {
  const t = Buffer.from(topic, 'utf8')
  const e = Buffer.from(userEvent, 'utf8')
  const m = Buffer.from(metadataJson, 'utf8')
  if (t.length > 255 || e.length > 255 || m.length > 255) return undefined
  const head = Buffer.from([KIND_USER_BROADCAST, t.length, e.length, m.length, encoding === 'json' ? 1 : 0])
  return Buffer.concat([head, t, e, m, payload])
}

/** Client-side encoding of a user broadcast push, for tests and benchmarks that speak the protocol by hand. */
export function encodeUserBroadcastPush(push: Omit<UserBroadcastPush, 'payload'> & { payload: Uint8Array }): Buffer {
  const fields = [String(push.joinRef ?? ''), String(push.ref ?? ''), push.topic, push.userEvent, ''].map((s) => Buffer.from(s, 'latin1'))
  const head = Buffer.from([KIND_USER_BROADCAST_PUSH, ...fields.map((f) => f.length), push.encoding === 'json' ? 1 : 0])
  return Buffer.concat([head, ...fields, push.payload])
}
