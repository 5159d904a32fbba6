import { readFile } from 'node:fs/promises'
import type { PGlite } from '@electric-sql/pglite'
import { stableHash } from './postgresChangesId.ts'

export type ChangeOp = 'INSERT' | 'UPDATE' | 'DELETE'

export interface CapturedChange {
  id: number
  kind: 'row' | 'message'
  relid: number
  schema: string
  table: string
  op: ChangeOp
  newRow: Record<string, unknown> | null
  oldRow: Record<string, unknown> | null
  /** `YYYY-MM-DDTHH:MM:SS.mmmZ`, as apply_rls formats it. */
  commitTimestamp: string
}

export interface ChangeFeedStats {
  /** Changes read from the log and handed on since start. */
  delivered: number
  /** Changes committed (as far as notifications tell) but not yet handed on. */
  backlog: number
  /** The largest backlog seen since start. */
  maxBacklog: number
}

const BATCH = 200
/** A batch stops at about this many stored bytes (but always holds one change), so big rows do not pile up in memory. */
const BATCH_BYTES = 8 * 1024 * 1024

const READ_SQL = `
select id::int as id, kind, relid::int as relid, schema_name as schema, table_name as "table", op,
  new_row as "newRow", old_row as "oldRow",
  to_char(captured_at at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "commitTimestamp",
  candidates::int as candidates
from (
  select c.*, row_number() over (order by c.id) as n, count(*) over () as candidates,
    sum(coalesce(pg_column_size(c.new_row), 0) + coalesce(pg_column_size(c.old_row), 0)) over (order by c.id) as bytes
  from (select * from _callboard_realtime.changes where id > $1 order by id limit ${BATCH}) c
) b
where b.n = 1 or b.bytes <= ${BATCH_BYTES}
order by id`

/**
 * Installs (or refreshes) the capture schema and triggers; see changeCapture.sql. A database that already has this
 * very version (its hash is the schema's comment) only has its triggers re-synced with the publication.
 */
export async function installChangeCapture(db: PGlite): Promise<void> {
  const sql = await readFile(new URL('./changeCapture.sql', import.meta.url), 'utf8')
  const version = `callboard change capture ${stableHash(sql)}`
  const { rows } = await db.query<{ version: string | null }>(
    `select obj_description(oid, 'pg_namespace') as version from pg_catalog.pg_namespace where nspname = '_callboard_realtime'`,
  )
  if (rows[0]?.version === version) {
    await db.query('select _callboard_realtime.sync_capture()')
    return
  }
  await db.exec(`begin;\n${sql}\n;comment on schema _callboard_realtime is '${version}';\ncommit;`)
}

/**
 * Reads the capture log in commit order after each NOTIFY and hands every change to `handle`, one at a time,
 * outside any transaction. Only the log holds the backlog (the notifications are just a doorbell), so memory
 * stays bounded whatever the write rate; rows are deleted once handled. On start the log is emptied: whatever
 * it held was committed before anyone could have subscribed to this process.
 */
export class ChangeFeed {
  private lastId = 0
  private latestNotified = 0
  private dirty = false
  private draining: Promise<void> | undefined
  private unlisten: (() => Promise<void>) | undefined
  private unlistenDdl: (() => Promise<void>) | undefined
  private stopped = false
  private readonly counters = { delivered: 0, maxBacklog: 0 }

  constructor(
    private readonly db: PGlite,
    private readonly handle: (change: CapturedChange) => Promise<void>,
    private readonly onDdl: () => void,
    private readonly log: (message: string) => void,
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen('callboard_realtime', (payload) => this.notified(payload))
    this.unlistenDdl = await this.db.listen('callboard_realtime_ddl', () => this.onDdl())
    const res = await this.db.query<{ id: number | null }>(
      'with gone as (delete from _callboard_realtime.changes returning id) select max(id)::int as id from gone',
    )
    this.lastId = res.rows[0]?.id ?? 0
    this.latestNotified = this.lastId
  }

  stats(): ChangeFeedStats {
    return { delivered: this.counters.delivered, backlog: Math.max(0, this.latestNotified - this.lastId), maxBacklog: this.counters.maxBacklog }
  }

  /** Stops listening and waits for the change being handled, so the database can close under it. */
  async stop(): Promise<void> {
    this.stopped = true
    await this.unlisten?.().catch(() => undefined)
    await this.unlistenDdl?.().catch(() => undefined)
    await this.draining
  }

  private notified(payload: string): void {
    const id = Number(payload)
    if (Number.isFinite(id) && id > this.latestNotified) this.latestNotified = id
    this.counters.maxBacklog = Math.max(this.counters.maxBacklog, this.latestNotified - this.lastId)
    this.dirty = true
    if (!this.draining && !this.stopped) {
      this.draining = this.drain()
        .catch((error: unknown) => {
          // The database failed under the feed (it is closing, or a bug): the rows stay for the next drain.
          if (!this.stopped) this.log(`realtime: reading changes failed: ${(error as Error).stack ?? String(error)}`)
        })
        .finally(() => {
          this.draining = undefined
          if (this.dirty && !this.stopped) this.notified(String(this.latestNotified))
        })
    }
  }

  private async drain(): Promise<void> {
    while (this.dirty && !this.stopped) {
      this.dirty = false
      for (;;) {
        const { rows } = await this.db.query<CapturedChange & { candidates: number }>(READ_SQL, [this.lastId])
        for (const change of rows) {
          if (this.stopped) return
          try {
            await this.handle(change)
          } catch (error) {
            this.log(`realtime: change ${change.id} on ${change.schema}.${change.table} not delivered: ${(error as Error).stack ?? String(error)}`)
          }
          this.lastId = change.id
          this.counters.delivered++
        }
        if (rows.length === 0) break
        await this.db.query('delete from _callboard_realtime.changes where id <= $1', [this.lastId])
        // Another read only if this one left rows behind (the batch or the byte budget was full).
        if (rows[0]!.candidates < BATCH && rows.length === rows[0]!.candidates) break
      }
    }
  }
}
