import type { ComponentType } from 'react'
import type { ZodType } from 'zod'
import type { FieldDefinition } from './FieldDefinition'

/**
 * A filter condition in PostgREST's grammar, as one `or=()`/`and=()` element or one query parameter:
 * `{ path: 'status', expr: 'eq.done' }` is `status=eq.done` or `status.eq.done` inside a logic group.
 * Values inside `expr` are already quoted/escaped by the operator for use inside `or=(...)`.
 */
export interface PostgrestCondition {
  path: string
  expr: string
}

/** A compiled operator: either a single condition, or a logic group when one condition is not enough
 * (e.g. "is empty" on text = `or(text.is.null,text.eq.)`). */
export type CompiledCondition = PostgrestCondition | { any: PostgrestCondition[] } | { all: PostgrestCondition[] }

export interface FilterOperator<Value = unknown, Config = unknown> {
  /** Stable id stored in saved views: 'eq', 'neq', 'contains', 'not_contains', 'gt', 'lt', 'is_empty', ... */
  id: string
  label: string
  /** 0: no operand (is empty); 1: one value of the field's type; 'many': a list (is any of). */
  arity: 0 | 1 | 'many'
  /** In-memory interpretation: must agree with `compile` on every row (a property test proves it). */
  match(value: Value | null, operand: unknown, config: Config): boolean
  /** PostgREST interpretation of the same condition. */
  compile(field: FieldDefinition<Config>, operand: unknown): CompiledCondition
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

/** Everything the app knows about one kind of field. One folder per type, registered once in registry.ts. */
export interface FieldType<Value = unknown, Config = unknown> {
  id: string
  label: string
  configSchema: ZodType<Config>
  defaultConfig: Config
  /** The schema of a stored value (never null: null means "no value"). */
  valueSchema(config: Config): ZodType<Value>
  /** From pasted or imported text. */
  parse(text: string, config: Config): ParseResult<Value>
  /** Plain text for display, CSV export, search. */
  format(value: Value | null, config: Config): string
  /** Total order for sorting; nulls are handled by the caller (always last ascending, first descending). */
  compare(a: Value, b: Value, config: Config): number
  operators: ReadonlyArray<FilterOperator<Value, Config>>
  /** Group keys for board columns and list groups; a multi-select value belongs to several groups. */
  groupKeys?(value: Value | null, config: Config): string[]
  Cell: ComponentType<CellProps<Value, Config>>
  Editor: ComponentType<EditorProps<Value, Config>>
}
