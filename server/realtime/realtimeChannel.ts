import type { ReadPolicies, WritePolicies } from './channelAuthorizer.ts'
import type { PgSubscriber } from './postgresChangesHub.ts'
import type { Ref, Vsn } from './serializer.ts'
import type { ChannelEndpoint } from './topicHub.ts'
import { TopicHub } from './topicHub.ts'
import type { RealtimeToken } from './verifyRealtimeToken.ts'
import { FixedWindowLimit } from './windowCounter.ts'

/** What a channel needs from its connection. */
export interface ChannelTransport {
  readonly vsn: Vsn
  isOpen(): boolean
  sendText(frame: string): void
  sendBinary(frame: Buffer): void
}

export interface JoinConfig {
  selfBroadcast: boolean
  ackBroadcast: boolean
  presenceKey: string
  presenceEnabled: boolean
  isPrivate: boolean
  postgresChanges: Array<Record<string, unknown>>
}

let nextChannelId = 1

/** One joined channel of one connection: its join options, the caller's token and, if private, its policies. */
export class RealtimeChannel implements ChannelEndpoint, PgSubscriber {
  readonly id = nextChannelId++
  readonly topicKey: string
  state: 'joined' | 'closed' = 'joined'
  token: RealtimeToken
  private claimsJson: string
  /** Private channels: read decided at join, write on first use (undefined until then). */
  read: ReadPolicies | undefined
  write: WritePolicies | undefined
  presenceEnabled: boolean
  readonly presenceLimit: FixedWindowLimit
  expiryTimer: NodeJS.Timeout | undefined
  hasPostgresChanges = false
  reportedUnauthorizedBroadcast = false

  constructor(
    private readonly transport: ChannelTransport,
    readonly topic: string,
    readonly subTopic: string,
    readonly joinRef: Ref,
    readonly config: JoinConfig,
    token: RealtimeToken,
    presenceLimit: { calls: number; windowMs: number },
  ) {
    this.topicKey = TopicHub.key(subTopic, config.isPrivate)
    this.token = token
    this.claimsJson = JSON.stringify(token.claims)
    this.presenceEnabled = config.presenceEnabled
    this.presenceLimit = new FixedWindowLimit(presenceLimit.calls, presenceLimit.windowMs)
  }

  get vsn(): Vsn {
    return this.transport.vsn
  }

  setToken(token: RealtimeToken): void {
    this.token = token
    this.claimsJson = JSON.stringify(token.claims)
  }

  auth(): { role: string; claimsJson: string } {
    return { role: this.token.role, claimsJson: this.claimsJson }
  }

  isOpen(): boolean {
    return this.state === 'joined' && this.transport.isOpen()
  }

  /** A method, not a field read, so a check after an await is not narrowed away by the one before it. */
  isClosed(): boolean {
    return this.state === 'closed'
  }

  canReadBroadcast(): boolean {
    return !this.config.isPrivate || this.read?.broadcastRead === true
  }

  canReadPresence(): boolean {
    return !this.config.isPrivate || this.read?.presenceRead === true
  }

  sendText(frame: string): void {
    if (this.isOpen()) this.transport.sendText(frame)
  }

  sendBinary(frame: Buffer): void {
    if (this.isOpen()) this.transport.sendBinary(frame)
  }
}
