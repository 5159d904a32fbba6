import type { ComponentType } from 'react'
import type { ZodType } from 'zod'
import type { FieldDefinition } from './FieldDefinition'

/**
 * One filter condition in PostgREST's grammar, before quoting: `{ path: 'status', op: 'in', value: ['todo', 'done'] }`
 * becomes `status=in.("todo","done")` as a query parameter or `status.in.("todo","done")` inside `or=(...)`.
 * Operators never escape: the query compiler quotes values for the context they land in, in one place.
 */
export interface PostgrestCondition {
  /** `status`, `custom_fields->>department` (text) or `custom_fields->box_office_target` (typed jsonb). */
  path: string
  /** A PostgREST operator, optionally negated: 'eq', 'ilike', 'in', 'cs', 'is', 'not.ilike', 'not.cs'... */
  op: string
  /** The raw operand: a string, or the items of an `in` list. `is` takes 'null' | 'true' | 'false'. */
  value: string | readonly string[]
}

/** A compiled operator: one condition, or a logic group when one is not enough
 * ("is not X" also keeps empty values: `or(status.is.null,status.neq.X)`). */
export type CompiledCondition =
  | PostgrestCondition
  | { any: readonly CompiledCondition[] }
  | { all: readonly CompiledCondition[] }

/**
 * What a filter needs from outside the filter itself, fixed once per query so that PostgREST and the in-memory
 * matcher see the same operands: relative dates ("today", "next 7 days") and "me" resolve against it.
 */
export interface FilterContext {
  /** The calendar day in the workspace's time zone, YYYY-MM-DD. */
  today: string
  /** The current instant, ISO 8601 in UTC. */
  now: string
  /** IANA zone the workspace plans in ("Europe/London"); date-time "on day" filters use it. */
  timeZone: string
  /** The signed-in user, for "is me". */
  userId: string | null
}

export interface FilterOperator<Value = unknown, Config = unknown, Operand = unknown> {
  /** Stable id stored in saved views: 'eq', 'neq', 'contains', 'not_contains', 'gt', 'lt', 'is_empty', ... */
  id: string
  label: string
  /** 0: no operand (is empty); 1: one value; 'many': a list (is any of). */
  arity: 0 | 1 | 'many'
  /**
   * Checks a stored operand and resolves it (relative dates become days, "me" a user id). `undefined` means the
   * condition is incomplete (an empty input, a list with nothing picked): both interpreters then ignore it.
   * Operators of arity 0 have none.
   */
  operand?(raw: unknown, config: Config, context: FilterContext): Operand | undefined
  /** In-memory interpretation: must agree with `compile` on every row (tests/integration/queryAgreement proves it). */
  match(value: Value | null, operand: Operand, config: Config): boolean
  /** PostgREST interpretation of the same condition. */
  compile(field: FieldDefinition<Config>, operand: Operand): CompiledCondition
}

export interface CellProps<Value = unknown, Config = unknown> {
  value: Value | null
  field: FieldDefinition<Config>
}

export interface EditorProps<Value = unknown, Config = unknown> {
  value: Value | null
  field: FieldDefinition<Config>
  /** Commit a new value (already valid for the field). */
  onCommit(value: Value | null): void
  onCancel(): void
  autoFocus?: boolean
}

export interface ParseResult<Value> {
  ok: boolean
  value: Value | null
  error?: string
}

/** A group a field's values fall into, in display order (select options, unchecked/checked, one to five stars). */
export interface GroupOption {
  key: string
  label: string
  color?: string
}

/** Everything the app knows about one kind of field. One folder per type, registered once in registry.ts. */
export interface FieldType<Value = unknown, Config = unknown> {
  id: string
  label: string
  configSchema: ZodType<Config>
  defaultConfig: Config
  /** The schema of a stored value (never null: null means "no value"). */
  valueSchema(config: Config): ZodType<Value>
  /**
   * How PostgREST reads a custom value of this type: 'text' (`custom_fields->>key`, strings compare as text) or
   * 'json' (`custom_fields->key`, numbers compare as numbers, arrays support `cs`).
   */
  jsonAccess: 'text' | 'json'
  /** From pasted or imported text; '' is "no value". */
  parse(text: string, config: Config): ParseResult<Value>
  /** Plain text for display, CSV export, search. */
  format(value: Value | null, config: Config): string
  /**
   * Total order for sorting, the one Postgres applies to the stored value (text by code point as under the "C"
   * collation, numbers numerically, jsonb arrays by length then items); nulls are handled by the caller.
   */
  compare(a: Value, b: Value, config: Config): number
  /**
   * A key in compare's order (numbers numerically, strings by code point), for sorting many records: it is computed
   * once per record instead of once per comparison. Absent when only compare can order the type.
   */
  sortKey?(value: Value, config: Config): string | number
  operators: ReadonlyArray<FilterOperator<Value, Config>>
  /** Group keys for board columns and list groups ([] = no value); a multi-select value belongs to several groups. */
  groupKeys?(value: Value | null, config: Config): string[]
  /** The groups every view shows, even empty, in order; values outside them get groups of their own after these. */
  groupOptions?(config: Config): readonly GroupOption[]
  /** The label of a group key that is not among groupOptions (a day, a stale option). */
  groupLabel?(key: string, config: Config): string
  /**
   * The value a record takes when moved into group `key` ('' = the "no value" group); multi-valued types swap
   * `fromKey` for `key` in `current`.
   */
  valueForGroup?(key: string, config: Config, current: Value | null, fromKey?: string): Value | null
  Cell: ComponentType<CellProps<Value, Config>>
  Editor: ComponentType<EditorProps<Value, Config>>
}
