import type { OutputFormat } from './mediaType'
import type { ReadNode } from './readPlan'
import { bodySql, readQuery } from './readSql'
import type { Column, Table } from './schemaCache'
import { filterSql, ident, literal, logicSql, type Params, RESPONSE_GUCS_SQL } from './sqlFragments'
import type { Filter, LogicTree } from './types'

// INSERT / UPDATE / DELETE / PUT as one statement (Statements.hs `mainWrite`): the mutation is a CTE
// whose RETURNING rows feed the same read query a GET would use, so `select=` and embeds work after writes.

export interface MutationSpec {
  kind: 'insert' | 'update' | 'delete' | 'put'
  table: Table
  /** Columns taken from the JSON body (validated against the table). */
  columns: Column[]
  body: string
  bodyIsArray: boolean
  applyDefaults: boolean
  /** Root filters (update/delete/put) as logic trees. */
  where: LogicTree[]
  onConflict?: { action: 'merge-duplicates' | 'ignore-duplicates'; columns: string[] }
  returning: string[] | '*'
  /** True for return=representation; otherwise the response has no body. */
  representation: boolean
  /** Compute the Location header from the primary key (insert with return=headers-only). */
  location: boolean
  /** Count the rows inserted (vs updated) by an upsert, for the 201/200 status. */
  countInserted: boolean
}

const qualifiedName = (t: Table) => `${ident(t.schema)}.${ident(t.name)}`

/** FROM source exposing the body's keys as typed columns `pgrst_body."col"` (SqlFragment.hs `fromJsonBodyF`). */
function bodySource(spec: MutationSpec, params: Params): string {
  if (spec.columns.length === 0) {
    return spec.bodyIsArray ? `json_array_elements(${params.add(spec.body)}::json) pgrst_body` : '(VALUES (1)) pgrst_body'
  }
  const p = params.add(spec.body)
  const typed = spec.columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ')
  if (!spec.applyDefaults) {
    return `json_to_record${spec.bodyIsArray ? 'set' : ''}(${p}::json) AS pgrst_body(${typed})`
  }
  // missing=default: merge each element over an object of the column defaults, evaluated per row.
  const defs = spec.columns.filter((c) => c.default !== null).map((c) => `${literal(c.name)}, ${c.default}`)
  const defaults = `jsonb_build_object(${defs.join(', ')})`
  const source = spec.bodyIsArray
    ? `(SELECT jsonb_agg(${defaults} || elem) FROM jsonb_array_elements(${p}::jsonb) elem)`
    : `${defaults} || ${p}::jsonb`
  return `jsonb_to_record${spec.bodyIsArray ? 'set' : ''}(${source}) AS pgrst_body(${typed})`
}

function whereClause(ref: string, trees: LogicTree[], columns: Map<string, Column>, params: Params): string {
  if (trees.length === 0) return ''
  const leaf = (f: Filter) => filterSql(ref, f, (n) => columns.get(n), params)
  return ` WHERE ${trees.map((t) => logicSql(t, leaf)).join(' AND ')}`
}

function returningNames(spec: MutationSpec): string[] {
  return spec.returning === '*' ? spec.table.columnList.map((c) => c.name) : spec.returning
}

function mutationQuery(spec: MutationSpec, params: Params): string {
  const table = qualifiedName(spec.table)
  const names = returningNames(spec)
  const returning = [...(names.length ? names.map((n) => `${table}.${ident(n)}`) : ['1'])]
  if (spec.countInserted) returning.push('(xmax = 0) AS pgrst_is_inserted')
  const returningSql = ` RETURNING ${returning.join(', ')}`
  const cols = spec.columns.map((c) => ident(c.name))

  switch (spec.kind) {
    case 'insert':
    case 'put': {
      const target = cols.length ? `${table}(${cols.join(', ')})` : table
      const selected = cols.length ? spec.columns.map((c) => `pgrst_body.${ident(c.name)}`).join(', ') : ''
      let sql = `INSERT INTO ${target} SELECT ${selected} FROM ${bodySource(spec, params)}`
      if (spec.kind === 'put') sql += whereClause('pgrst_body', spec.where, spec.table.columns, params)
      const oc = spec.onConflict
      if (oc && oc.columns.length) {
        sql += ` ON CONFLICT(${oc.columns.map(ident).join(', ')}) `
        sql +=
          oc.action === 'ignore-duplicates' || cols.length === 0
            ? 'DO NOTHING'
            : `DO UPDATE SET ${cols.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`
      }
      return sql + returningSql
    }
    case 'update': {
      if (cols.length === 0) {
        const sel = names.length ? names.map((n) => `${table}.${ident(n)}`).join(', ') : 'NULL'
        return `SELECT ${sel}${spec.countInserted ? ', false AS pgrst_is_inserted' : ''} FROM ${table} WHERE false`
      }
      const set = cols.map((c) => `${c} = pgrst_body.${c}`).join(', ')
      return (
        `UPDATE ${table} SET ${set} FROM ${bodySource(spec, params)}` +
        whereClause(table, spec.where, spec.table.columns, params) +
        returningSql
      )
    }
    case 'delete':
      return `DELETE FROM ${table}${whereClause(table, spec.where, spec.table.columns, params)}${returningSql}`
  }
}

/**
 * The write statement. Result columns: page_total, body, location (JSON array of [key, value] for the
 * primary key of a single inserted row), inserted count, response GUCs.
 */
export function mutationStatement(spec: MutationSpec, root: ReadNode, params: Params, format: OutputFormat): string {
  const names = returningNames(spec)
  const mutation = mutationQuery(spec, params)
  const sourceCols = names.length ? names.map(ident).join(', ') : '1'
  const ctes = `WITH pgrst_mutation AS (${mutation}), pgrst_source AS (SELECT ${sourceCols} FROM pgrst_mutation)`
  const select = spec.representation ? readQuery(root, params) : 'SELECT * FROM pgrst_source'
  const location =
    spec.location && spec.table.pk.length
      ? `CASE WHEN pg_catalog.count(_postgrest_t) = 1 THEN (SELECT json_agg(json_build_array(k.key, k.value))::text ` +
        `FROM (SELECT row_to_json(_) AS r FROM pgrst_source AS _ LIMIT 1) d, json_each_text(d.r) k ` +
        `WHERE k.key = ANY(${params.add(`{${spec.table.pk.map((c) => `"${c.replace(/["\\]/g, '\\$&')}"`).join(',')}}`)}::text[])) END`
      : 'NULL'
  const inserted = spec.countInserted
    ? '(SELECT pg_catalog.count(*) FROM pgrst_mutation WHERE pgrst_is_inserted)::text'
    : 'NULL'
  const body = spec.representation ? bodySql(format, false) : "''::text"
  return (
    `${ctes} SELECT NULL AS total_result_set, pg_catalog.count(_postgrest_t)::text AS page_total, ${body} AS body, ` +
    `${RESPONSE_GUCS_SQL}, ${location} AS location, ${inserted} AS inserted FROM (${select}) _postgrest_t`
  )
}
