import type { WebSocket } from 'ws'
import { handleAccessToken, handleBroadcast, handlePresence, handleUserBroadcast } from './channelEvents.ts'
import { joinChannel } from './joinChannel.ts'
import type { RealtimeChannel } from './realtimeChannel.ts'
import type { RealtimeContext } from './realtimeContext.ts'
import { decodeFrame, encodeMessage, FrameError, type InboundFrame, type PhoenixMessage, type Ref, type Vsn } from './serializer.ts'
import type { RealtimeToken } from './verifyRealtimeToken.ts'
import { WindowCounter } from './windowCounter.ts'

/** How far past the message limit a client may flood before the socket itself is closed. */
const HARD_LIMIT_FACTOR = 10

/**
 * One WebSocket speaking Phoenix's channel protocol. Frames for one topic are handled in order (a join that waits
 * on the database holds back what follows it on that topic); heartbeats are answered at once.
 */
export class RealtimeConnection {
  readonly channels = new Map<string, RealtimeChannel>()
  lastSeen = Date.now()
  private readonly queues = new Map<string, Promise<void>>()
  private readonly events: WindowCounter
  private readonly hardEvents: WindowCounter
  readonly joins: WindowCounter
  /** Joins between their limit checks and their registration, so concurrent joins cannot pass the limit together. */
  pendingJoins = 0
  private closed = false

  constructor(
    private readonly ws: WebSocket,
    readonly vsn: Vsn,
    readonly socketToken: RealtimeToken,
    readonly ctx: RealtimeContext,
  ) {
    this.events = new WindowCounter(ctx.limits.maxEventsPerSecond, 1000)
    this.hardEvents = new WindowCounter(ctx.limits.maxEventsPerSecond * HARD_LIMIT_FACTOR, 1000)
    this.joins = new WindowCounter(ctx.limits.maxJoinsPerSecond, 1000)
    ws.on('message', (data, isBinary) => this.onFrame(toBuffer(data), isBinary))
    ws.on('close', () => this.cleanup())
    ws.on('error', (error) => this.ctx.log(`realtime: socket error: ${error.message}`))
  }

  isOpen(): boolean {
    return !this.closed && this.ws.readyState === this.ws.OPEN
  }

  sendText(frame: string): void {
    if (!this.isOpen()) return
    this.ws.send(frame)
    this.checkBackpressure()
  }

  sendBinary(frame: Buffer): void {
    if (!this.isOpen()) return
    this.ws.send(frame, { binary: true })
    this.checkBackpressure()
  }

  reply(message: { joinRef: Ref; ref: Ref; topic: string }, status: 'ok' | 'error', response: unknown): void {
    this.sendText(encodeMessage({ joinRef: message.joinRef, ref: message.ref, topic: message.topic, event: 'phx_reply', payload: { status, response } }, this.vsn))
  }

  push(topic: string, joinRef: Ref, event: string, payload: unknown, ref: Ref = null): void {
    this.sendText(encodeMessage({ joinRef, ref, topic, event, payload }, this.vsn))
  }

  /** realtime's push_system_message: `{extension, status, message, channel}`. */
  system(channel: RealtimeChannel, extension: string, status: 'ok' | 'error', message: string): void {
    this.push(channel.topic, channel.joinRef, 'system', { extension, status, message, channel: channel.subTopic })
  }

  /** realtime's shutdown_response: a `system` error, then the channel ends with phx_close. */
  shutdown(channel: RealtimeChannel, message: string): void {
    if (channel.state === 'closed') return
    this.system(channel, 'system', 'error', message)
    this.closeChannel(channel, 'phx_close')
  }

  /** Ends a channel: leaves its topic, its presence and its postgres bindings; tells the client unless `quiet`. */
  closeChannel(channel: RealtimeChannel, tell: 'phx_close' | 'phx_error' | 'quiet'): void {
    if (channel.state === 'closed') return
    channel.state = 'closed'
    clearTimeout(channel.expiryTimer)
    if (this.channels.get(channel.topic) === channel) this.channels.delete(channel.topic)
    const { topics, presence, postgres } = this.ctx
    topics.leave(channel.topicKey, channel)
    const diff = presence.untrack(channel.topicKey, channel.id)
    if (diff) topics.pushPresence(channel.topicKey, diff)
    postgres.remove(channel)
    // Phoenix sends phx_close / phx_error with the join ref as both refs.
    if (tell !== 'quiet') this.push(channel.topic, channel.joinRef, tell, {}, channel.joinRef)
  }

  /** Closes the socket (server shutdown, a protocol violation); cleanup follows from the close event. */
  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) {
      this.ws.close(code, reason.slice(0, 120))
      setTimeout(() => this.ws.terminate(), 1000).unref()
    }
  }

  terminate(): void {
    this.ws.terminate()
  }

  onClosed(callback: () => void): void {
    if (this.ws.readyState === this.ws.CLOSED) callback()
    else this.ws.once('close', callback)
  }

  private onFrame(data: Buffer, isBinary: boolean): void {
    this.lastSeen = Date.now()
    if (this.closed) return
    let frame: InboundFrame
    try {
      frame = decodeFrame(data, isBinary, this.vsn)
    } catch (error) {
      const known = error instanceof FrameError
      this.ctx.log(`realtime: closing a connection: ${known ? error.message : (error as Error).stack}`)
      if (known) this.close(error.closeCode, error.message)
      else this.close(1011, 'internal error reading the frame')
      return
    }
    const now = Date.now()
    if (!this.hardEvents.hit(now)) {
      this.close(1008, 'Too many messages per second')
      return
    }
    if (frame.type === 'message' && frame.message.topic === 'phoenix') {
      if (frame.message.event === 'heartbeat') this.reply(frame.message, 'ok', {})
      else this.reply(frame.message, 'error', { reason: 'unmatched topic' })
      return
    }
    const topic = frame.type === 'message' ? frame.message.topic : frame.push.topic
    this.enqueue(topic, () => this.handle(frame, now))
  }

  private enqueue(topic: string, task: () => Promise<void> | void): void {
    const previous = this.queues.get(topic)
    const run = async () => {
      try {
        await task()
      } catch (error) {
        this.ctx.log(`realtime: error on ${topic}: ${(error as Error).stack ?? String(error)}`)
        // A crashed channel process: Phoenix sends phx_error and the client rejoins.
        const channel = this.channels.get(topic)
        if (channel) this.closeChannel(channel, 'phx_error')
      }
    }
    if (!previous) {
      const result = run()
      this.queues.set(topic, result)
      void result.finally(() => {
        if (this.queues.get(topic) === result) this.queues.delete(topic)
      })
      return
    }
    const next = previous.then(run)
    this.queues.set(topic, next)
    void next.finally(() => {
      if (this.queues.get(topic) === next) this.queues.delete(topic)
    })
  }

  private async handle(frame: InboundFrame, now: number): Promise<void> {
    if (frame.type === 'user_broadcast') {
      const channel = this.channels.get(frame.push.topic)
      if (!channel) return this.reply(frame.push, 'error', { reason: 'unmatched topic' })
      if (!this.countEvent(channel, now)) return
      return handleUserBroadcast(this, channel, frame.push)
    }
    const message = frame.message
    if (message.event === 'phx_join') return joinChannel(this, message)
    const channel = this.channels.get(message.topic)
    if (!channel) return this.reply(message, 'error', { reason: 'unmatched topic' })
    switch (message.event) {
      case 'phx_leave':
        this.reply(message, 'ok', {})
        this.closeChannel(channel, 'phx_close')
        return
      case 'access_token':
        return handleAccessToken(this, channel, message)
      case 'broadcast':
        if (!this.countEvent(channel, now)) return
        return handleBroadcast(this, channel, message)
      case 'presence':
        if (!this.countEvent(channel, now)) return
        return handlePresence(this, channel, message)
      default:
        // Unknown events are counted and ignored, as realtime's catch-all handle_in does.
        this.countEvent(channel, now)
    }
  }

  private countEvent(channel: RealtimeChannel, now: number): boolean {
    if (this.events.hit(now)) return true
    this.shutdown(channel, 'Too many messages per second')
    return false
  }

  private checkBackpressure(): void {
    if (this.ws.bufferedAmount > this.ctx.limits.maxBufferedBytes) {
      this.ctx.log(`realtime: disconnecting a client that stopped reading (${this.ws.bufferedAmount} bytes waiting)`)
      this.closed = true
      this.ws.terminate()
    }
  }

  private cleanup(): void {
    this.closed = true
    for (const channel of [...this.channels.values()]) this.closeChannel(channel, 'quiet')
  }
}

export type { PhoenixMessage }

function toBuffer(data: Buffer | ArrayBuffer | Buffer[]): Buffer {
  if (Buffer.isBuffer(data)) return data
  if (Array.isArray(data)) return Buffer.concat(data)
  return Buffer.from(data)
}
