import type { PresenceDiff, PresenceState } from './presenceRegistry.ts'
import { encodeUserBroadcast, encodeWithRawPayload, type Vsn } from './serializer.ts'

/** What the hubs need from a joined channel. */
export interface ChannelEndpoint {
  readonly id: number
  /** The join topic, `realtime:<name>`, which frames to this channel carry. */
  readonly topic: string
  readonly vsn: Vsn
  isOpen(): boolean
  canReadBroadcast(): boolean
  canReadPresence(): boolean
  sendText(frame: string): void
  sendBinary(frame: Buffer): void
}

/**
 * A broadcast on its way out. `user` is realtime's UserBroadcast (client pushes, Broadcast from the database):
 * 2.0.0 clients get the binary kind 4 frame, 1.0.0 clients a JSON one (binary payloads cannot reach them).
 * `phoenix` is a plain Phoenix broadcast (text pushes, the REST API): its body, `{type: "broadcast", event,
 * payload, meta?}` as JSON text, in a JSON frame for everyone.
 */
export type OutboundBroadcast =
  | { frame: 'user'; event: string; encoding: 'json' | 'binary'; payload: Buffer; meta?: Record<string, unknown> }
  | { frame: 'phoenix'; bodyJson: string }

/**
 * Channels by topic. Public and private channels of the same name are separate topics, as on Supabase
 * (`Tenants.tenant_topic(tenant, sub_topic, public?)`).
 */
export class TopicHub {
  private readonly topics = new Map<string, Set<ChannelEndpoint>>()
  private readonly pendingDiffs = new Map<string, PresenceDiff>()
  private flushScheduled = false

  static key(subTopic: string, isPrivate: boolean): string {
    return `${isPrivate ? 'private' : 'public'}:${subTopic}`
  }

  join(key: string, channel: ChannelEndpoint): void {
    let set = this.topics.get(key)
    if (!set) {
      set = new Set()
      this.topics.set(key, set)
    }
    set.add(channel)
  }

  leave(key: string, channel: ChannelEndpoint): void {
    const set = this.topics.get(key)
    if (!set) return
    set.delete(channel)
    if (set.size === 0) this.topics.delete(key)
  }

  subscribers(key: string): ReadonlySet<ChannelEndpoint> {
    return this.topics.get(key) ?? new Set()
  }

  /** Fans a broadcast out to the topic's readers (except `from` when self is off), encoding it once per version. */
  broadcast(key: string, message: OutboundBroadcast, from?: ChannelEndpoint): number {
    const set = this.topics.get(key)
    if (!set) return 0
    const encoded = new Map<Vsn, string | Buffer | null>()
    let delivered = 0
    for (const channel of set) {
      if (channel === from || !channel.isOpen() || !channel.canReadBroadcast()) continue
      let frame = encoded.get(channel.vsn)
      if (frame === undefined) {
        frame = encodeBroadcast(channel.topic, message, channel.vsn)
        encoded.set(channel.vsn, frame)
      }
      if (frame === null) continue
      if (typeof frame === 'string') channel.sendText(frame)
      else channel.sendBinary(frame)
      delivered++
    }
    return delivered
  }

  /**
   * Sends a presence diff to the topic's channels that may read presence. Diffs of one event-loop turn go out as
   * one: joins then leaves, keyed by unique phx_ref, so merged diffs leave every client in the same state (a burst
   * of N tracks costs N frames per subscriber less N-1).
   */
  pushPresence(key: string, diff: PresenceDiff): void {
    const pending = this.pendingDiffs.get(key)
    if (pending) return mergeInto(pending, diff)
    this.pendingDiffs.set(key, { joins: { ...diff.joins }, leaves: { ...diff.leaves } })
    if (!this.flushScheduled) {
      this.flushScheduled = true
      setImmediate(() => this.flushPresence())
    }
  }

  private flushPresence(): void {
    this.flushScheduled = false
    const diffs = [...this.pendingDiffs]
    this.pendingDiffs.clear()
    for (const [key, diff] of diffs) {
      const set = this.topics.get(key)
      if (!set) continue
      const json = JSON.stringify(diff)
      const encoded = new Map<Vsn, string>()
      for (const channel of set) {
        if (!channel.isOpen() || !channel.canReadPresence()) continue
        let frame = encoded.get(channel.vsn)
        if (frame === undefined) {
          frame = encodeWithRawPayload(null, null, channel.topic, 'presence_diff', json, channel.vsn)
          encoded.set(channel.vsn, frame)
        }
        channel.sendText(frame)
      }
    }
  }

  topicCount(): number {
    return this.topics.size
  }
}

function encodeBroadcast(topic: string, message: OutboundBroadcast, vsn: Vsn): string | Buffer | null {
  if (message.frame === 'user' && vsn === '2.0.0') {
    const metaJson = message.meta ? JSON.stringify(message.meta) : ''
    const binary = encodeUserBroadcast(topic, message.event, message.encoding, message.payload, metaJson)
    if (binary) return binary
    if (message.encoding === 'binary') return null
  }
  if (message.frame === 'phoenix') return encodeWithRawPayload(null, null, topic, 'broadcast', message.bodyJson, vsn)
  if (message.encoding === 'binary') return null
  const meta = message.meta ? `,"meta":${JSON.stringify(message.meta)}` : ''
  const body = `{"type":"broadcast","event":${JSON.stringify(message.event)},"payload":${message.payload.toString('utf8')}${meta}}`
  return encodeWithRawPayload(null, null, topic, 'broadcast', body, vsn)
}

function mergeInto(target: PresenceDiff, diff: PresenceDiff): void {
  const add = (into: PresenceState, from: PresenceState) => {
    for (const [key, { metas }] of Object.entries(from)) {
      into[key] = { metas: [...(into[key]?.metas ?? []), ...metas] }
    }
  }
  add(target.joins, diff.joins)
  add(target.leaves, diff.leaves)
}
