// The request grammar PostgREST accepts, as plain data. Parsers produce these; the planner resolves them
// against the schema cache; the SQL builder turns the resolved plan into one parameterized statement.

/** `->key` / `->>key` / `->0`: one step of a JSON path on a column. */
export interface JsonStep {
  arrow: '->' | '->>'
  /** A key, or an array index when `index` is true (then `key` holds the signed integer text). */
  key: string
  index: boolean
}

export interface Field {
  name: string
  jsonPath: JsonStep[]
}

export type AggregateFunction = 'count' | 'sum' | 'avg' | 'max' | 'min'

export type SelectItem = SelectFieldItem | SelectRelationItem

export interface SelectFieldItem {
  kind: 'field'
  /** `*` for a star. */
  field: Field
  alias?: string
  cast?: string
  aggregate?: AggregateFunction
  aggregateCast?: string
}

export interface SelectRelationItem {
  kind: 'relation'
  name: string
  alias?: string
  hint?: string
  joinType?: 'inner' | 'left'
  spread: boolean
  children: SelectItem[]
}

export type QuantOperator = 'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'like' | 'ilike' | 'match' | 'imatch'
export type SimpleOperator = 'neq' | 'cs' | 'cd' | 'ov' | 'sl' | 'sr' | 'nxr' | 'nxl' | 'adj'
export type FtsOperator = 'fts' | 'plfts' | 'phfts' | 'wfts'
export type IsValue = 'null' | 'not_null' | 'true' | 'false' | 'unknown'

export type Operation =
  | { kind: 'quant'; op: QuantOperator; quantifier?: 'any' | 'all'; value: string }
  | { kind: 'simple'; op: SimpleOperator; value: string }
  | { kind: 'in'; values: string[] }
  | { kind: 'is'; value: IsValue }
  | { kind: 'isdistinct'; value: string }
  | { kind: 'fts'; op: FtsOperator; language?: string; value: string }

export interface OpExpr {
  negated: boolean
  operation: Operation
}

export interface Filter {
  field: Field
  expr: OpExpr
}

export type LogicTree =
  | { kind: 'expr'; negated: boolean; op: 'and' | 'or'; children: LogicTree[] }
  | { kind: 'filter'; filter: Filter }

export interface OrderTerm {
  /** Set for `rel(col)` terms that order by a to-one embedded resource. */
  relation?: string
  field: Field
  direction?: 'asc' | 'desc'
  nulls?: 'first' | 'last'
}

/** Path of embedded resource names (or aliases) from the root, e.g. `clients.projects.id=eq.1` -> ['clients','projects']. */
export type EmbedPath = string[]

export interface Range {
  offset: number
  /** null means no upper bound. */
  limit: number | null
}

export interface QueryParams {
  select: SelectItem[]
  filters: Array<{ path: EmbedPath; filter: Filter }>
  logic: Array<{ path: EmbedPath; tree: LogicTree }>
  order: Array<{ path: EmbedPath; terms: OrderTerm[] }>
  /** Keyed by the embed path joined with '.', '' for the root. */
  ranges: Map<string, Range>
  columns?: string[]
  onConflict?: string[]
  /** Query parameters without an operator, used as arguments for GET/HEAD on /rpc. */
  rpcArgs: Array<[string, string]>
  /** Names of every filter key at the root, used by PUT to check the primary key filters. */
  rootFilterFields: string[]
}
