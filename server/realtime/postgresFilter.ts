/**
 * A postgres_changes `filter` as realtime parses it (`Subscriptions.parse_subscription_params`): `column=op.value`.
 * Only the seven operators hosted Supabase documents are accepted (eq, neq, lt, lte, gt, gte, in), one filter per
 * binding, so what works here works there; values are compared after a cast to the column's type, in SQL.
 */
export type FilterOp = 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte' | 'in'

export interface ColumnFilter {
  column: string
  op: FilterOp
  /** The literal cast to the column type; for `in`, a Postgres array literal `{a,b}` cast to the array type. */
  value: string
}

export type ParsedFilter = { ok: true; filter: ColumnFilter | null } | { ok: false; error: string }

const OPERATORS = new Set<string>(['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in'])
export const MAX_IN_VALUES = 100

export function parsePostgresFilter(filter: unknown): ParsedFilter {
  if (filter === undefined || filter === null) return { ok: true, filter: null }
  if (typeof filter !== 'string') return { ok: false, error: 'Error parsing `filter` params: expected a string' }
  const trimmed = filter.trim()
  if (trimmed === '') return { ok: true, filter: null }
  const eq = trimmed.indexOf('=')
  if (eq <= 0) return { ok: false, error: `Error parsing \`filter\` params: ${inspect([trimmed])}` }
  const column = trimmed.slice(0, eq)
  const rest = trimmed.slice(eq + 1)
  const dot = rest.indexOf('.')
  if (dot < 0) return { ok: false, error: `Error parsing \`filter\` params: ${inspect([column, rest])}` }
  const op = rest.slice(0, dot)
  const value = rest.slice(dot + 1)
  if (!OPERATORS.has(op)) return { ok: false, error: `Error parsing \`filter\` params: ${inspect([op, value])}` }
  if (op === 'in') {
    if (value.length < 2 || !value.startsWith('(') || !value.endsWith(')')) {
      return { ok: false, error: '`in` filter value must be wrapped by parentheses' }
    }
    return { ok: true, filter: { column, op, value: `{${value.slice(1, -1)}}` } }
  }
  return { ok: true, filter: { column, op: op as FilterOp, value: unquote(value) } }
}

/** The SQL operator for a filter, the literal cast to `sqlType` (the column's `format_type`). */
export function filterSql(columnSql: string, op: FilterOp, param: string, sqlType: string): string {
  switch (op) {
    case 'eq':
      return `${columnSql} = ${param}::${sqlType}`
    case 'neq':
      return `${columnSql} <> ${param}::${sqlType}`
    case 'lt':
      return `${columnSql} < ${param}::${sqlType}`
    case 'lte':
      return `${columnSql} <= ${param}::${sqlType}`
    case 'gt':
      return `${columnSql} > ${param}::${sqlType}`
    case 'gte':
      return `${columnSql} >= ${param}::${sqlType}`
    case 'in':
      return `${columnSql} = any(${param}::${sqlType}[])`
  }
}

/** `"a value"` → `a value`, as realtime unquotes PostgREST-style quoted values. */
function unquote(value: string): string {
  if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"')) return value
  let out = ''
  for (let i = 1; i < value.length - 1; i++) {
    const ch = value[i]!
    if (ch === '\\' && i + 1 < value.length - 1) out += value[++i]
    else if (ch === '"') return value
    else out += ch
  }
  return out
}

/** Elixir's `inspect` of a list of strings, which is how realtime reports a filter it cannot parse. */
function inspect(parts: string[]): string {
  return `[${parts.map((p) => JSON.stringify(p)).join(', ')}]`
}
