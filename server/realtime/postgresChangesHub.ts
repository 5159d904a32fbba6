import type { PGlite } from '@electric-sql/pglite'
import type { CapturedChange, ChangeOp } from './changeFeed.ts'
import { postgresChangesId } from './postgresChangesId.ts'
import { filterSql, MAX_IN_VALUES, parsePostgresFilter, type ColumnFilter } from './postgresFilter.ts'
import type { Vsn } from './serializer.ts'
import { encodeWithRawPayload } from './serializer.ts'
import { quoteIdent, type TableCatalog, type TableInfo } from './tableCatalog.ts'

/** A channel with postgres_changes bindings, as the hub sees it. */
export interface PgSubscriber {
  readonly id: number
  readonly topic: string
  readonly vsn: Vsn
  isOpen(): boolean
  /** The current role and claims (an access_token push replaces them). */
  auth(): { role: string; claimsJson: string }
  sendText(frame: string): void
}

interface Binding {
  id: number
  action: '*' | ChangeOp
  filter: ColumnFilter | null
  relids: number[]
  subscriber: PgSubscriber
}

export type PreparedBindings =
  | { ok: true; replies: Array<Record<string, unknown>>; bindings: Binding[] }
  | { ok: false; replies: Array<Record<string, unknown>>; error: string }

interface RoleGroup {
  role: string
  bindings: Binding[]
}

const PUBLISHED_SQL = `
select c.oid::int as oid
from pg_catalog.pg_publication_tables pt
join pg_catalog.pg_namespace n on n.nspname = pt.schemaname
join pg_catalog.pg_class c on c.relnamespace = n.oid and c.relname = pt.tablename
where pt.pubname = 'supabase_realtime'
  and pt.schemaname like (case $1 when '*' then '%' else $1 end) escape ''
  and pt.tablename like (case $2 when '*' then '%' else $2 end) escape ''
order by 1`

/**
 * postgres_changes, as realtime's Postgres CDC RLS extension does it (apply_rls.sql): for each captured change,
 * the bindings on its table and event, then per role the columns it may SELECT, the filters (cast to the column
 * type, in SQL), and unless the change is a DELETE on a table with RLS, an existence check by primary key under
 * each subscriber's role and claims. Subscribers with the same claims share one check. Old records follow the
 * replica identity; with RLS a DELETE carries only the primary key.
 */
export class PostgresChangesHub {
  private readonly byRelid = new Map<number, Set<Binding>>()

  constructor(
    private readonly db: PGlite,
    private readonly catalog: TableCatalog,
    private readonly maxRecordBytes: number,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * Validates a join's bindings against the publication and the subscriber's column privileges. The reply echoes
   * each binding's params with its id, whatever happens; an error goes to the client as a `system` message.
   */
  async prepare(subscriber: PgSubscriber, paramsList: Array<Record<string, unknown>>): Promise<PreparedBindings> {
    const replies = paramsList.map((params) => ({ ...params, id: postgresChangesId(params) }))
    const bindings: Binding[] = []
    const { role } = subscriber.auth()
    for (const [i, params] of paramsList.entries()) {
      const parsed = parseParams(params)
      if (!parsed.ok) return { ok: false, replies, error: parsed.error }
      const { action, schema, table, filter } = parsed
      const logged = `[event: ${action}, schema: ${schema}, table: ${table}, filters: ${filter ? `[{${JSON.stringify(filter.column)}, ${JSON.stringify(filter.op)}, ${JSON.stringify(filter.value)}}]` : '[]'}]`
      const { rows } = await this.db.query<{ oid: number }>(PUBLISHED_SQL, [schema, table])
      if (rows.length === 0) {
        return {
          ok: false,
          replies,
          error: `Unable to subscribe to changes with given parameters. Please check Realtime is enabled for the given connect parameters: ${logged}`,
        }
      }
      if (filter) {
        for (const { oid } of rows) {
          const problem = await this.checkFilter(role, oid, filter)
          if (problem) {
            return {
              ok: false,
              replies,
              error: `Unable to subscribe to changes with given parameters. An exception happened so please check your connect parameters: ${logged}. Exception: ${problem}`,
            }
          }
        }
      }
      bindings.push({ id: replies[i]!.id, action, filter, relids: rows.map((r) => r.oid), subscriber })
    }
    return { ok: true, replies, bindings }
  }

  add(bindings: Binding[]): void {
    for (const binding of bindings) {
      for (const relid of binding.relids) {
        let set = this.byRelid.get(relid)
        if (!set) {
          set = new Set()
          this.byRelid.set(relid, set)
        }
        set.add(binding)
      }
    }
  }

  remove(subscriber: PgSubscriber): void {
    for (const [relid, set] of this.byRelid) {
      for (const binding of set) if (binding.subscriber === subscriber) set.delete(binding)
      if (set.size === 0) this.byRelid.delete(relid)
    }
  }

  bindingCount(): number {
    let n = 0
    for (const set of this.byRelid.values()) n += set.size
    return n
  }

  async deliver(change: CapturedChange): Promise<void> {
    const set = this.byRelid.get(change.relid)
    if (!set || set.size === 0) return
    const matching = [...set].filter((b) => b.subscriber.isOpen() && (b.action === '*' || b.action === change.op))
    if (matching.length === 0) return
    const table = await this.catalog.table(change.relid)
    if (!table) return

    const record = change.op === 'DELETE' ? null : change.newRow
    const oldRecord = change.op === 'INSERT' ? null : identityOf(table, change.oldRow)
    const tooLarge = byteLength(change.newRow) + byteLength(change.oldRow) > this.maxRecordBytes
    // Filters see the new row, or for a DELETE what the WAL keeps of the old one (apply_rls).
    const passes = await this.evaluateFilters(table, change.op === 'DELETE' ? oldRecord : record, matching)

    // Role and claims as they are now: an access_token push during the checks applies from the next change on.
    const auth = new Map(matching.map((b) => [b, b.subscriber.auth()]))
    const groups = new Map<string, RoleGroup>()
    for (const binding of matching) {
      const { role } = auth.get(binding)!
      let group = groups.get(role)
      if (!group) {
        group = { role, bindings: [] }
        groups.set(role, group)
      }
      group.bindings.push(binding)
    }

    // Per role: errors 400/401 for everyone of the role, or the bindings that pass filters and (unless a DELETE)
    // row-level security, with the record cut to the role's columns.
    const outcomes: Array<{ dataJson: string; bindings: Binding[] }> = []
    const needRls: Binding[] = []
    const pending: Array<{ columns: Set<string>; candidates: Binding[] }> = []
    for (const group of groups.values()) {
      const columns = await this.catalog.selectableColumns(group.role, table.oid)
      if (change.op !== 'DELETE' && table.primaryKey.length === 0) {
        outcomes.push({ dataJson: errorData(change, 'Error 400: Bad Request, no primary key'), bindings: group.bindings })
        continue
      }
      if (change.op !== 'DELETE' && !table.primaryKey.every((c) => columns.has(c))) {
        outcomes.push({ dataJson: errorData(change, 'Error 401: Unauthorized'), bindings: group.bindings })
        continue
      }
      const candidates = group.bindings.filter((b) => b.filter === null || passes.get(filterKey(b.filter)) === true)
      if (candidates.length === 0) continue
      if (table.rls && change.op !== 'DELETE') needRls.push(...candidates)
      pending.push({ columns, candidates })
    }

    const allowed = needRls.length > 0 && record ? await this.checkRls(table, record, needRls.map((b) => auth.get(b)!)) : undefined
    for (const { columns, candidates } of pending) {
      const visible = allowed ? candidates.filter((b) => allowed.has(auth.get(b)!.claimsJson)) : candidates
      if (visible.length === 0) continue
      outcomes.push({ dataJson: changeData(change, table, columns, record, oldRecord, tooLarge), bindings: visible })
    }

    for (const { dataJson, bindings } of outcomes) send(bindings, dataJson)
  }

  /** Each distinct filter among the bindings, evaluated once against the row in one statement. */
  private async evaluateFilters(table: TableInfo, row: Record<string, unknown> | null, bindings: Binding[]): Promise<Map<string, boolean>> {
    const results = new Map<string, boolean>()
    const filters = new Map<string, ColumnFilter>()
    for (const b of bindings) if (b.filter) filters.set(filterKey(b.filter), b.filter)
    if (filters.size === 0) return results
    if (row === null) {
      for (const key of filters.keys()) results.set(key, false)
      return results
    }
    const types = new Map(table.columns.map((c) => [c.name, c.sqlType]))
    const params: unknown[] = [row]
    const exprs: string[] = []
    const keys: string[] = []
    for (const [key, filter] of filters) {
      const type = types.get(filter.column)
      keys.push(key)
      // A column that is gone (or absent from a DELETE's identity) cannot match, as in apply_rls.
      if (!type || !(filter.column in row)) {
        exprs.push('false')
        continue
      }
      params.push(filter.value)
      exprs.push(`coalesce(${filterSql(`r.${quoteIdent(filter.column)}`, filter.op, `$${params.length}`, type)}, false)`)
    }
    try {
      const { rows } = await this.db.query<{ r: boolean[] }>(
        `select array[${exprs.join(', ')}]::boolean[] as r from jsonb_populate_record(null::${table.sql}, $1::jsonb) r`,
        params,
      )
      const values = rows[0]?.r ?? []
      keys.forEach((key, i) => results.set(key, values[i] === true))
    } catch (error) {
      this.log(`realtime: filters on ${table.schema}.${table.name} failed: ${(error as Error).message}`)
      for (const key of keys) results.set(key, false)
    }
    return results
  }

  /** The claims (JSON) that may see the row: one existence check per distinct role and claims, in one statement. */
  private async checkRls(table: TableInfo, record: Record<string, unknown>, subscribers: Array<{ role: string; claimsJson: string }>): Promise<Set<string>> {
    const pairs = new Map<string, string>()
    for (const { role, claimsJson } of subscribers) pairs.set(claimsJson, role)
    // Sorted by role, so the prepared check is re-planned at most once per role.
    const claims = [...pairs.keys()].sort((a, b) => (pairs.get(a)! < pairs.get(b)! ? -1 : pairs.get(a)! > pairs.get(b)! ? 1 : 0))
    const roles = claims.map((c) => pairs.get(c)!)
    const key = table.primaryKey.map((c) => keyText(record[c]))
    const allowed = new Set<string>()
    const run = async (r: string[], c: string[]) => {
      const { rows } = await this.db.query<{ v: boolean[] }>(
        'select _callboard_realtime.visible_to($1, $2, $3::text[], $4::text[], $5::text[]) as v',
        [table.existsStatement, table.existsSql, key, r, c],
      )
      rows[0]?.v.forEach((ok, i) => {
        if (ok) allowed.add(c[i]!)
      })
    }
    try {
      await run(roles, claims)
    } catch (error) {
      // One subscriber's claims can break a policy (a `sub` that is no uuid); check them one by one, failures deny.
      this.log(`realtime: RLS check on ${table.schema}.${table.name} failed, checking subscribers one by one: ${(error as Error).message}`)
      for (const [i, c] of claims.entries()) await run([roles[i]!], [c]).catch(() => undefined)
    }
    return allowed
  }

  private async checkFilter(role: string, oid: number, filter: ColumnFilter): Promise<string | undefined> {
    const table = await this.catalog.table(oid)
    if (!table) return `relation ${oid} does not exist`
    const columns = await this.catalog.selectableColumns(role, oid)
    const column = table.columns.find((c) => c.name === filter.column)
    if (!column || !columns.has(filter.column)) return `invalid column for filter ${filter.column}`
    try {
      if (filter.op === 'in') {
        const { rows } = await this.db.query<{ n: number | null }>(`select cardinality($1::${column.sqlType}[]) as n`, [filter.value])
        if ((rows[0]?.n ?? 0) > MAX_IN_VALUES) return `too many values for \`in\` filter. Maximum ${MAX_IN_VALUES}`
      } else {
        await this.db.query(`select $1::${column.sqlType}`, [filter.value])
      }
    } catch (error) {
      return (error as Error).message
    }
    return undefined
  }
}

function parseParams(
  params: Record<string, unknown>,
): { ok: true; action: '*' | ChangeOp; schema: string; table: string; filter: ColumnFilter | null } | { ok: false; error: string } {
  const event = typeof params.event === 'string' ? params.event.toUpperCase() : '*'
  const action = event === 'INSERT' || event === 'UPDATE' || event === 'DELETE' ? event : '*'
  const schema = params.schema
  const table = params.table
  const hasFilter = 'filter' in params && params.filter !== undefined && params.filter !== null
  let s: string
  let t: string
  if (typeof schema === 'string' && typeof table === 'string') [s, t] = [schema, table]
  else if (typeof schema === 'string' && table === undefined && !hasFilter) [s, t] = [schema, '*']
  else if (typeof table === 'string' && schema === undefined && !hasFilter) [s, t] = ['public', table]
  else {
    return {
      ok: false,
      error: `No subscription params provided. Please provide at least a \`schema\` or \`table\` to subscribe to: ${JSON.stringify(params)}`,
    }
  }
  const parsed = parsePostgresFilter(params.filter)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  return { ok: true, action, schema: s, table: t, filter: parsed.filter }
}

function identityOf(table: TableInfo, old: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!old) return null
  if (table.identityColumns === 'all') return old
  if (table.identityColumns.length === 0) return null
  const out: Record<string, unknown> = {}
  for (const c of table.identityColumns) if (c in old) out[c] = old[c]
  return out
}

/** apply_rls's output for one role: `columns` and the records cut to what the role may read. */
function changeData(
  change: CapturedChange,
  table: TableInfo,
  selectable: Set<string>,
  record: Record<string, unknown> | null,
  oldRecord: Record<string, unknown> | null,
  tooLarge: boolean,
): string {
  const columns = table.columns.filter((c) => selectable.has(c.name)).map((c) => ({ name: c.name, type: c.type }))
  const pk = new Set(table.primaryKey)
  // Over the size limit, only values of 64 bytes or less travel, with "Error 413".
  const keep = (value: unknown) => !tooLarge || byteLength(value) <= 64
  const pick = (row: Record<string, unknown> | null, only?: (name: string) => boolean) => {
    if (!row) return null
    const out: Record<string, unknown> = {}
    let any = false
    for (const c of table.columns) {
      if (!(c.name in row) || !selectable.has(c.name) || (only && !only(c.name)) || !keep(row[c.name])) continue
      out[c.name] = row[c.name]
      any = true
    }
    return any ? out : null
  }
  const data: Record<string, unknown> = {
    schema: change.schema,
    table: change.table,
    commit_timestamp: change.commitTimestamp,
    type: change.op,
    columns: columns.length > 0 ? columns : null,
  }
  if (change.op !== 'DELETE') data.record = pick(record) ?? {}
  if (change.op === 'UPDATE') data.old_record = pick(oldRecord)
  if (change.op === 'DELETE') data.old_record = pick(oldRecord, table.rls ? (name) => pk.has(name) : undefined)
  data.errors = tooLarge ? ['Error 413: Payload Too Large'] : null
  return JSON.stringify(data)
}

function errorData(change: CapturedChange, error: string): string {
  return JSON.stringify({ schema: change.schema, table: change.table, type: change.op, errors: [error] })
}

/** One frame per channel, carrying the ids of its bindings the change reaches. */
function send(bindings: Binding[], dataJson: string): void {
  const bySubscriber = new Map<PgSubscriber, number[]>()
  for (const b of bindings) {
    const ids = bySubscriber.get(b.subscriber) ?? []
    if (!ids.includes(b.id)) ids.push(b.id)
    bySubscriber.set(b.subscriber, ids)
  }
  for (const [subscriber, ids] of bySubscriber) {
    if (!subscriber.isOpen()) continue
    subscriber.sendText(
      encodeWithRawPayload(null, null, subscriber.topic, 'postgres_changes', `{"ids":${JSON.stringify(ids)},"data":${dataJson}}`, subscriber.vsn),
    )
  }
}

function filterKey(filter: ColumnFilter): string {
  return `${filter.column}\u0000${filter.op}\u0000${filter.value}`
}

function keyText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The size of a value as JSON text, as apply_rls measures `octet_length(value::text)`. */
function byteLength(value: unknown): number {
  if (value === null || value === undefined) return 0
  return Buffer.byteLength(JSON.stringify(value), 'utf8')
}
