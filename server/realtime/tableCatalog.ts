import type { PGlite } from '@electric-sql/pglite'
import { stableHash } from './postgresChangesId.ts'

export interface ColumnInfo {
  name: string
  /** pg_type.typname, what realtime-js converts by (int8, bool, timestamptz, _text, ...). */
  type: string
  /** format_type(), for casts in SQL. */
  sqlType: string
}

export interface TableInfo {
  oid: number
  schema: string
  name: string
  /** Quoted and qualified, for SQL. */
  sql: string
  rls: boolean
  /** pg_class.relreplident: d(efault: primary key), f(ull), n(othing), i(ndex). */
  replicaIdentity: 'd' | 'f' | 'n' | 'i'
  columns: ColumnInfo[]
  primaryKey: string[]
  /** The columns an old record carries, as the WAL would: all, the key, the identity index's, or none. */
  identityColumns: string[] | 'all'
  /** `select exists(select 1 from <table> where <pk> = <$1 values>)`: what apply_rls prepares per table. */
  existsSql: string | undefined
  /** The name it is prepared under, one per distinct text (so a changed key gets a new statement). */
  existsStatement: string
}

const TABLE_SQL = `
select c.oid::int as oid, n.nspname as schema, c.relname as name, c.relrowsecurity as rls, c.relreplident::text as identity,
  coalesce((
    select json_agg(json_build_object('name', a.attname, 'type', t.typname, 'sqlType', format_type(a.atttypid, a.atttypmod)) order by a.attnum)
    from pg_catalog.pg_attribute a join pg_catalog.pg_type t on t.oid = a.atttypid
    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
  ), '[]') as columns,
  coalesce((
    select json_agg(a.attname order by array_position(i.indkey::int2[], a.attnum))
    from pg_catalog.pg_index i join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey::int2[])
    where i.indrelid = c.oid and i.indisprimary
  ), '[]') as pk,
  coalesce((
    select json_agg(a.attname order by array_position(i.indkey::int2[], a.attnum))
    from pg_catalog.pg_index i join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey::int2[])
    where i.indrelid = c.oid and i.indisreplident
  ), '[]') as replident
from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where c.oid = $1::oid`

const SELECTABLE_SQL = `
select coalesce(array_agg(a.attname::text), '{}') as names
from pg_catalog.pg_attribute a
where a.attrelid = $1::oid and a.attnum > 0 and not a.attisdropped and has_column_privilege($2, a.attrelid, a.attnum, 'SELECT')`

/**
 * What the change pipeline needs to know about published tables and who may read which of their columns, read
 * from pg_catalog once and kept until the next DDL (the capture's event trigger says when).
 */
export class TableCatalog {
  private readonly tables = new Map<number, Promise<TableInfo | undefined>>()
  private readonly selectable = new Map<string, Promise<Set<string>>>()

  constructor(private readonly db: PGlite) {}

  table(oid: number): Promise<TableInfo | undefined> {
    let found = this.tables.get(oid)
    if (!found) {
      found = this.load(oid)
      this.tables.set(oid, found)
      found.catch(() => this.tables.delete(oid))
    }
    return found
  }

  /** Columns `role` may SELECT (has_column_privilege, as apply_rls computes them per role). */
  selectableColumns(role: string, oid: number): Promise<Set<string>> {
    const key = `${role}\u0000${oid}`
    let found = this.selectable.get(key)
    if (!found) {
      found = this.db
        .query<{ names: string[] }>(SELECTABLE_SQL, [oid, role])
        .then((res) => new Set(res.rows[0]?.names ?? []))
      this.selectable.set(key, found)
      found.catch(() => this.selectable.delete(key))
    }
    return found
  }

  invalidate(): void {
    this.tables.clear()
    this.selectable.clear()
  }

  private async load(oid: number): Promise<TableInfo | undefined> {
    const res = await this.db.query<{
      oid: number
      schema: string
      name: string
      rls: boolean
      identity: string
      columns: ColumnInfo[]
      pk: string[]
      replident: string[]
    }>(TABLE_SQL, [oid])
    const row = res.rows[0]
    if (!row) return undefined
    const sql = `${quoteIdent(row.schema)}.${quoteIdent(row.name)}`
    const identity = (['d', 'f', 'n', 'i'].includes(row.identity) ? row.identity : 'd') as TableInfo['replicaIdentity']
    const types = new Map(row.columns.map((c) => [c.name, c.sqlType]))
    const existsSql =
      row.pk.length === 0
        ? undefined
        : `select exists(select 1 from ${sql} where ${row.pk
            .map((c, i) => `${quoteIdent(c)} = ($1::text[])[${i + 1}]::${types.get(c) ?? 'text'}`)
            .join(' and ')})`
    return {
      oid: row.oid,
      schema: row.schema,
      name: row.name,
      sql,
      rls: row.rls,
      replicaIdentity: identity,
      columns: row.columns,
      primaryKey: row.pk,
      identityColumns: identity === 'f' ? 'all' : identity === 'i' ? row.replident : identity === 'd' ? row.pk : [],
      existsSql,
      existsStatement: `callboard_rls_${row.oid}_${stableHash(existsSql ?? '')}`,
    }
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
