import type { Column } from './schemaCache'
import type { Field, Filter, LogicTree, Operation, OrderTerm } from './types'

// SQL pieces shared by reads, mutations and RPC (Query/SqlFragment.hs). Identifiers come from the schema
// cache or were checked against it and are always quoted; every request value is a bound parameter sent
// untyped, so Postgres infers its type from the column exactly as PostgREST's "unknown" encoder does.

/** Collects bound values and hands out their `$n` placeholders. */
export class Params {
  readonly values: Array<string | null> = []
  add(value: string | null): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

export function ident(name: string): string {
  return `"${name.replace(/\u0000/g, '').replace(/"/g, '""')}"`
}

/** A string literal; only for names that come from the catalog (column names in jsonb_build_object). */
export function literal(value: string): string {
  const v = value.replace(/\u0000/g, '')
  const escaped = `'${v.replace(/'/g, "''")}'`
  return v.includes('\\') ? `E${escaped.replace(/\\/g, '\\\\')}` : escaped
}

/** `{"a","b \"c\""}`: the array literal PostgREST builds for `in.(…)`. */
export function arrayLiteral(values: string[]): string {
  const esc = (v: string) => `"${v.replace(/\u0000/g, '').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
  return `{${values.map(esc).join(',')}}`
}

const isJsonType = (col: Column | undefined): boolean => col?.baseType === 'json' || col?.baseType === 'jsonb'

/** Resolves a column of the node being formatted; undefined for unknown columns (RPC returning `record`). */
export type ColumnLookup = (name: string) => Column | undefined

export function jsonPathSql(field: Field, params: Params): string {
  return field.jsonPath
    .map((s) => `${s.arrow}${s.index ? `${params.add(s.key)}::int` : params.add(s.key)}`)
    .join('')
}

/** `"t"."col"`, or `"t"."data"->$1->>$2` (through to_jsonb for non-JSON columns, like PostgREST). */
export function fieldSql(ref: string, field: Field, col: Column | undefined, params: Params): string {
  if (field.name === '*') return `${ref}.*`
  const base = `${ref}.${ident(field.name)}`
  if (field.jsonPath.length === 0) return base
  const target = isJsonType(col) ? base : `to_jsonb(${base})`
  return target + jsonPathSql(field, params)
}

const SIMPLE_SQL = { neq: '<>', cs: '@>', cd: '<@', ov: '&&', sl: '<<', sr: '>>', nxr: '&<', nxl: '&>', adj: '-|-' }
const QUANT_SQL = { eq: '=', gte: '>=', gt: '>', lte: '<=', lt: '<', like: 'like', ilike: 'ilike', match: '~', imatch: '~*' }
const FTS_SQL = { fts: 'to_tsquery', plfts: 'plainto_tsquery', phfts: 'phraseto_tsquery', wfts: 'websearch_to_tsquery' }
const IS_SQL = { null: 'NULL', not_null: 'NOT NULL', true: 'TRUE', false: 'FALSE', unknown: 'UNKNOWN' }

function operationSql(lhs: string, op: Operation, params: Params, lang: () => string): string {
  switch (op.kind) {
    case 'simple':
      return `${lhs} ${SIMPLE_SQL[op.op]} ${params.add(op.value)}`
    case 'quant': {
      const value = op.op === 'like' || op.op === 'ilike' ? op.value.replace(/\*/g, '%') : op.value
      const p = params.add(value)
      const rhs = op.quantifier === 'any' ? `ANY(${p})` : op.quantifier === 'all' ? `ALL(${p})` : p
      return `${lhs} ${QUANT_SQL[op.op]} ${rhs}`
    }
    case 'in':
      if (op.values.length === 1 && op.values[0] === '') return `${lhs} = ANY('{}')`
      return `${lhs} = ANY(${params.add(arrayLiteral(op.values))})`
    case 'is':
      return `${lhs} IS ${IS_SQL[op.value]}`
    case 'isdistinct':
      return `${lhs} IS DISTINCT FROM ${params.add(op.value)}`
    case 'fts':
      return `${lhs} @@ ${FTS_SQL[op.op]}(${lang()}${params.add(op.value)})`
  }
}

export function filterSql(ref: string, filter: Filter, columns: ColumnLookup, params: Params): string {
  const { field, expr } = filter
  const col = columns(field.name)
  const op = expr.operation
  let lhs = fieldSql(ref, field, col, params)
  let lang = () => ''
  if (op.kind === 'fts') {
    const language = op.language
    // to_tsvector and the query function both take the optional text search configuration.
    lang = () => (language === undefined ? '' : `${params.add(language)}, `)
    if (!(col?.baseType === 'tsvector' && field.jsonPath.length === 0)) lhs = `to_tsvector(${lang()}${lhs})`
  }
  return `${expr.negated ? 'NOT ' : ''}${operationSql(lhs, op, params, lang)}`
}

/** Formats a logic tree; `leaf` lets the caller turn `embed=is.null` into a test on the embed. */
export function logicSql(tree: LogicTree, leaf: (f: Filter, tree: LogicTree) => string): string {
  if (tree.kind === 'filter') return leaf(tree.filter, tree)
  const inner = tree.children.map((c) => logicSql(c, leaf)).join(tree.op === 'and' ? ' AND ' : ' OR ')
  return `${tree.negated ? 'NOT ' : ''}(${inner})`
}

export function orderSql(ref: string, term: OrderTerm, col: Column | undefined, params: Params): string {
  const dir = term.direction === 'asc' ? ' ASC' : term.direction === 'desc' ? ' DESC' : ''
  const nulls = term.nulls === 'first' ? ' NULLS FIRST' : term.nulls === 'last' ? ' NULLS LAST' : ''
  return `${fieldSql(ref, term.field, col, params)}${dir}${nulls}`
}

export const RESPONSE_GUCS_SQL =
  "nullif(current_setting('response.headers', true), '') AS response_headers, " +
  "nullif(current_setting('response.status', true), '') AS response_status"
