import type { CompiledCondition, PostgrestCondition } from '../FieldType'

// Small constructors so that operators read like the PostgREST they emit.

export function cond(path: string, op: string, value: string | readonly string[]): PostgrestCondition {
  return { path, op, value }
}

export function anyOf(...conditions: CompiledCondition[]): CompiledCondition {
  return { any: conditions }
}

export function allOf(...conditions: CompiledCondition[]): CompiledCondition {
  return { all: conditions }
}

export const isNull = (path: string): PostgrestCondition => cond(path, 'is', 'null')
export const isNotNull = (path: string): PostgrestCondition => cond(path, 'not.is', 'null')

/** "is not X" and friends keep records without a value, as users expect (`neq` alone drops NULLs in SQL). */
export function orNull(path: string, condition: CompiledCondition): CompiledCondition {
  return anyOf(isNull(path), condition)
}
