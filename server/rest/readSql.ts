import type { OutputFormat } from './mediaType'
import { isToOne } from './relationships'
import { nullEmbedTarget, type ReadNode } from './readPlan'
import {
  fieldSql,
  filterSql,
  ident,
  logicSql,
  orderSql,
  type Params,
  RESPONSE_GUCS_SQL,
} from './sqlFragments'
import type { Filter, LogicTree, SelectFieldItem } from './types'

// Turns a read plan into SQL shaped like PostgREST's (Query/QueryBuilder.hs): embeds are LATERAL
// subqueries, to-one as row_to_json, to-many as json_agg, and the body is aggregated in SQL.

const col = (node: ReadNode, name: string) => node.columns?.get(name)

function selectItemSql(node: ReadNode, s: SelectFieldItem, params: Params): string {
  let expr = fieldSql(node.ref, s.field, col(node, s.field.name), params)
  if (s.cast !== undefined) expr = `CAST(${expr} AS ${s.cast})`
  let alias = s.alias
  if (alias === undefined && s.field.jsonPath.length > 0) {
    // PostgREST names a JSON path after its last key (or the column for a trailing array index).
    const keys = s.field.jsonPath.filter((j) => !j.index)
    const last = s.field.jsonPath[s.field.jsonPath.length - 1]
    alias = last && !last.index ? last.key : (keys[keys.length - 1]?.key ?? s.field.name)
  }
  return alias === undefined ? expr : `${expr} AS ${ident(alias)}`
}

/** An embed that selects nothing (`rel()`), recursively, is joined (for filtering) but not output. */
function isEmptyEmbed(node: ReadNode): boolean {
  return node.select.length === 0 && node.children.every(isEmptyEmbed)
}

function joinConditions(node: ReadNode, parent: ReadNode): string[] {
  const rel = node.rel
  if (!rel) return []
  if (rel.cardinality === 'M2M' && rel.junction) {
    const jt = `${ident(rel.junction.table.schema)}.${ident(rel.junction.table.name)}`
    return [
      ...rel.junction.targetColumns.map(([c, jc]) => `${jt}.${ident(jc)} = ${node.ref}.${ident(c)}`),
      ...rel.junction.sourceColumns.map(([c, jc]) => `${jt}.${ident(jc)} = ${parent.ref}.${ident(c)}`),
    ]
  }
  return rel.columns.map(([c, fc]) => `${node.ref}.${ident(fc)} = ${parent.ref}.${ident(c)}`)
}

function fromSql(node: ReadNode): string {
  let sql = ` FROM ${node.from}`
  if (node.fromAlias !== undefined) sql += ` AS ${ident(node.fromAlias)}`
  const jt = node.rel?.junction?.table
  if (node.rel?.cardinality === 'M2M' && jt) sql += `, ${ident(jt.schema)}.${ident(jt.name)}`
  return sql
}

function whereSql(node: ReadNode, params: Params, nullEmbed: (child: ReadNode, negated: boolean) => string): string[] {
  const leaf = (f: Filter, tree: LogicTree) => {
    const target = nullEmbedTarget(node, tree)
    if (target) return nullEmbed(target, f.expr.negated)
    return filterSql(node.ref, f, (n) => col(node, n), params)
  }
  return node.where.map((t) => logicSql(t, leaf))
}

export function readQuery(node: ReadNode, params: Params, parent?: ReadNode): string {
  const selects = node.select.map((s) => selectItemSql(node, s, params))
  if (selects.length === 0 && node.children.length === 0) selects.push(`${node.ref}.*`)
  const joins: string[] = []
  for (const child of node.children) {
    const agg = ident(child.aggAlias)
    const sub = readQuery(child, params, node)
    const inner = child.joinType === 'inner'
    const toOne = child.rel !== undefined && isToOne(child.rel)
    if (toOne) {
      joins.push(` ${inner ? 'INNER' : 'LEFT'} JOIN LATERAL ( ${sub} ) AS ${agg} ON TRUE`)
      if (child.spread) {
        for (const s of child.select) {
          selects.push(s.field.name === '*' ? `${agg}.*` : `${agg}.${ident(s.alias ?? s.field.name)}`)
        }
        for (const g of child.children) if (!isEmptyEmbed(g)) selects.push(`${agg}.${ident(g.relAlias ?? g.relName)}`)
      } else if (!isEmptyEmbed(child)) {
        selects.push(`row_to_json(${agg}.*)::jsonb AS ${ident(child.relAlias ?? child.relName)}`)
      }
    } else {
      const aggSub = `SELECT json_agg(${agg})::jsonb AS ${agg} FROM (${sub} ) AS ${agg}`
      joins.push(` ${inner ? 'INNER' : 'LEFT'} JOIN LATERAL ( ${aggSub} ) AS ${agg} ON ${inner ? `${agg} IS NOT NULL` : 'TRUE'}`)
      if (!isEmptyEmbed(child)) selects.push(`COALESCE( ${agg}.${agg}, '[]') AS ${ident(child.relAlias ?? child.relName)}`)
    }
  }
  const conds = whereSql(node, params, (child, negated) => `${ident(child.aggAlias)} IS ${negated ? '' : 'NOT '}DISTINCT FROM NULL`)
  if (parent) conds.push(...joinConditions(node, parent))
  let sql = `SELECT ${selects.join(', ')}${fromSql(node)}${joins.join('')}`
  if (conds.length) sql += ` WHERE ${conds.join(' AND ')}`
  if (node.order.length) {
    const terms = node.order.map((o) => {
      if (o.relation === undefined) return orderSql(node.ref, o, col(node, o.field.name), params)
      const target = node.children.find((c) => (c.relAlias ?? c.relName) === o.relation) as ReadNode
      return orderSql(ident(target.aggAlias), o, col(target, o.field.name), params)
    })
    sql += ` ORDER BY ${terms.join(', ')}`
  }
  if (node.range.limit !== null || node.range.offset !== 0) {
    const limit = node.range.limit === null ? 'ALL' : params.add(String(node.range.limit))
    sql += ` LIMIT ${limit} OFFSET ${params.add(String(node.range.offset))}`
  }
  return sql
}

/** Counts the root rows the filters keep, ignoring paging; `!inner` embeds become EXISTS (Query.hs). */
export function countQuery(node: ReadNode, params: Params, parent?: ReadNode): string {
  const conds = whereSql(node, params, (child, negated) => `${negated ? '' : 'NOT '}EXISTS (${countQuery(child, params, node)})`)
  if (parent) conds.push(...joinConditions(node, parent))
  for (const child of node.children) {
    if (child.joinType === 'inner') conds.push(`EXISTS (${countQuery(child, params, node)} )`)
  }
  return `SELECT 1${fromSql(node)}${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''}`
}

export type ScalarShape = 'none' | 'scalar' | 'setofScalar' | 'singleComposite'

/** The expression that aggregates `_postgrest_t` rows into the response body. */
export function bodySql(format: OutputFormat, headOnly: boolean, shape: ScalarShape = 'none'): string {
  if (headOnly) return "''::text"
  if (format.kind === 'csv') {
    const header =
      "(SELECT coalesce(string_agg(a.k, ','), '') FROM (SELECT json_object_keys(r)::text as k FROM " +
      '(SELECT row_to_json(hh) as r from pgrst_source as hh limit 1) s) a)'
    const body = "coalesce(string_agg(substring(_postgrest_t::text, 2, length(_postgrest_t::text) - 2), '\n'), '')"
    return `${header} || '\n' || ${body}`
  }
  const value = shape === 'scalar' || shape === 'setofScalar' ? '_postgrest_t.pgrst_scalar' : '_postgrest_t'
  const strip = (s: string) => (format.stripNulls ? `json_strip_nulls(${s})` : s)
  const one = format.kind === 'single' || shape === 'scalar' || shape === 'singleComposite'
  return one
    ? `coalesce(${strip(`json_agg(${value})->0`)}, 'null')::text`
    : `coalesce(${strip(`json_agg(${value})`)}, '[]')::text`
}

export interface ReadStatementOptions {
  count: boolean
  format: OutputFormat
  headOnly: boolean
  /** Leading CTE that defines pgrst_source (RPC); reads of tables define it from the read query. */
  source?: string
  shape?: ScalarShape
}

/** WITH pgrst_source AS (…) SELECT total, page_total, body, response GUCs (Statements.hs `mainRead`). */
export function readStatement(root: ReadNode, params: Params, opts: ReadStatementOptions): string {
  const single = opts.shape === 'scalar' || opts.shape === 'singleComposite'
  const pageTotal = single ? '1' : 'pg_catalog.count(_postgrest_t)'
  const paged = root.range.limit !== null || root.range.offset !== 0
  let ctes: string
  let from: string
  if (opts.source !== undefined) {
    ctes = `WITH pgrst_source AS (${opts.source})`
    from = `(${readQuery(root, params)}) _postgrest_t`
  } else {
    ctes = `WITH pgrst_source AS ( ${readQuery(root, params)} )`
    from = '( SELECT * FROM pgrst_source ) _postgrest_t'
  }
  let total = 'null::bigint'
  if (opts.count) {
    if (paged || opts.source !== undefined) {
      ctes += `, pgrst_source_count AS (${countQuery(root, params)})`
      total = '(SELECT pg_catalog.count(*) FROM pgrst_source_count)'
    } else {
      total = pageTotal
    }
  }
  return (
    `${ctes} SELECT (${total})::text AS total_result_set, (${pageTotal})::text AS page_total, ` +
    `${bodySql(opts.format, opts.headOnly, opts.shape)} AS body, ${RESPONSE_GUCS_SQL} FROM ${from}`
  )
}
