import type { PGlite } from '@electric-sql/pglite'
import type { ChannelAuthorizer } from './channelAuthorizer.ts'
import type { PostgresChangesHub } from './postgresChangesHub.ts'
import type { PresenceRegistry } from './presenceRegistry.ts'
import type { RealtimeLimits } from './realtimeLimits.ts'
import type { TopicHub } from './topicHub.ts'
import type { TokenVerifier } from './verifyRealtimeToken.ts'

/** What every connection shares: the database, the key, the limits and the hubs channels meet in. */
export interface RealtimeContext {
  db: PGlite
  tokens: TokenVerifier
  limits: RealtimeLimits
  topics: TopicHub
  presence: PresenceRegistry
  postgres: PostgresChangesHub
  authorizer: ChannelAuthorizer
  log(message: string): void
}
