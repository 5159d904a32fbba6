import { randomUUID } from 'node:crypto'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import type { RealtimeToken } from './verifyRealtimeToken.ts'

export interface ReadPolicies {
  broadcastRead: boolean
  presenceRead: boolean
}

export interface WritePolicies {
  broadcastWrite: boolean
  presenceWrite: boolean
}

// realtime's Authorization.set_conn_config: the role, the channel topic (realtime.topic()) and the claims, set in a
// statement of their own before the policies run.
const SET_CONTEXT_SQL = `select set_config('role', $1, true), set_config('realtime.topic', $2, true),
  set_config('request.jwt.claims', $3, true), set_config('request.jwt.claim.sub', $4, true),
  set_config('request.jwt.claim.role', $5, true), set_config('request.headers', $6, true)`

/**
 * Private channels as Supabase authorizes them: RLS policies on realtime.messages decide. Reading is probed by
 * inserting a broadcast and a presence row as the owner, then selecting them back as the user; writing by
 * inserting them as the user. Either way the transaction rolls back, so nothing is kept or delivered.
 */
export class ChannelAuthorizer {
  constructor(
    private readonly db: PGlite,
    private readonly log: (message: string) => void,
  ) {}

  async read(subTopic: string, token: RealtimeToken): Promise<ReadPolicies> {
    const broadcastId = randomUUID()
    const presenceId = randomUUID()
    try {
      return await this.db.transaction(async (tx) => {
        await tx.query(
          `insert into realtime.messages (id, topic, extension) values ($1, $3, 'broadcast'), ($2, $3, 'presence')`,
          [broadcastId, presenceId, subTopic],
        )
        await setContext(tx, subTopic, token)
        const { rows } = await tx.query<{ id: string }>('select id::text as id from realtime.messages where id = any($1::uuid[])', [
          [broadcastId, presenceId],
        ])
        await tx.rollback()
        const seen = new Set(rows.map((r) => r.id))
        return { broadcastRead: seen.has(broadcastId), presenceRead: seen.has(presenceId) }
      })
    } catch (error) {
      // A policy that fails (bad claims, a helper that raises) denies, as realtime's RlsPolicyError does.
      this.log(`realtime: RlsPolicyError reading ${subTopic}: ${(error as Error).message}`)
      return { broadcastRead: false, presenceRead: false }
    }
  }

  async write(subTopic: string, token: RealtimeToken): Promise<WritePolicies> {
    try {
      return await this.db.transaction(async (tx) => {
        await setContext(tx, subTopic, token)
        const broadcastWrite = await insertAllowed(tx, subTopic, 'broadcast')
        const presenceWrite = await insertAllowed(tx, subTopic, 'presence')
        await tx.rollback()
        return { broadcastWrite, presenceWrite }
      })
    } catch (error) {
      this.log(`realtime: RlsPolicyError writing ${subTopic}: ${(error as Error).message}`)
      return { broadcastWrite: false, presenceWrite: false }
    }
  }
}

async function setContext(tx: Transaction, subTopic: string, token: RealtimeToken): Promise<void> {
  const sub = typeof token.claims.sub === 'string' ? token.claims.sub : ''
  await tx.query(SET_CONTEXT_SQL, [token.role, subTopic, JSON.stringify(token.claims), sub, token.role, '{}'])
}

async function insertAllowed(tx: Transaction, subTopic: string, extension: string): Promise<boolean> {
  await tx.query('savepoint realtime_write_check')
  try {
    await tx.query('insert into realtime.messages (topic, extension) values ($1, $2)', [subTopic, extension])
    await tx.query('release savepoint realtime_write_check')
    return true
  } catch (error) {
    await tx.query('rollback to savepoint realtime_write_check')
    if ((error as { code?: string }).code !== '42501') throw error
    return false
  }
}
