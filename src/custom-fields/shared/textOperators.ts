import { fieldPath, type FieldDefinition } from '../FieldDefinition'
import type { CompiledCondition, FilterOperator } from '../FieldType'
import { allOf, anyOf, cond, isNotNull, isNull, orNull } from './conditions'
import { escapeLike, escapeRegex, isBlank, isQueryableText, lowerCodePoints } from './text'

type TextOperator = FilterOperator<string, unknown, string>

/** A typed-in operand: any non-empty string (an empty input leaves the condition incomplete). */
function textOperand(raw: unknown): string | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw)
  return typeof raw === 'string' && raw !== '' && isQueryableText(raw) ? raw : undefined
}

const path = (field: FieldDefinition) => fieldPath(field, true)

/**
 * Case-insensitive "contains" / "starts with" / "ends with". ILIKE lowers both sides like `lowerCodePoints`;
 * PostgREST turns every `*` into `%`, so an operand with a literal `*` adds a case-insensitive regex that pins the
 * star down (the ILIKE then uses `_` for it).
 */
function likeCondition(field: FieldDefinition, operand: string, anchor: 'contains' | 'start' | 'end'): CompiledCondition {
  const before = anchor === 'start' ? '' : '*'
  const after = anchor === 'end' ? '' : '*'
  const like = cond(path(field), 'ilike', `${before}${escapeLike(operand).replace(/\*/g, '_')}${after}`)
  if (!operand.includes('*')) return like
  const regex = `${anchor === 'start' ? '^' : ''}${escapeRegex(operand)}${anchor === 'end' ? '$' : ''}`
  return allOf(like, cond(path(field), 'imatch', regex))
}

function negate(condition: CompiledCondition): CompiledCondition {
  if ('all' in condition) return anyOf(...condition.all.map(negate))
  if ('any' in condition) return allOf(...condition.any.map(negate))
  return { ...condition, op: condition.op.startsWith('not.') ? condition.op.slice(4) : `not.${condition.op}` }
}

const includes = (value: string | null, operand: string) =>
  value !== null && lowerCodePoints(value).includes(lowerCodePoints(operand))

export const textContains: TextOperator = {
  id: 'contains',
  label: 'contains',
  arity: 1,
  operand: textOperand,
  match: (value, operand) => includes(value, operand),
  compile: (field, operand) => likeCondition(field, operand, 'contains'),
}

export const textNotContains: TextOperator = {
  id: 'not_contains',
  label: 'does not contain',
  arity: 1,
  operand: textOperand,
  match: (value, operand) => !includes(value, operand),
  compile: (field, operand) => orNull(path(field), negate(likeCondition(field, operand, 'contains'))),
}

export const textStartsWith: TextOperator = {
  id: 'starts_with',
  label: 'starts with',
  arity: 1,
  operand: textOperand,
  match: (value, operand) => value !== null && lowerCodePoints(value).startsWith(lowerCodePoints(operand)),
  compile: (field, operand) => likeCondition(field, operand, 'start'),
}

export const textEndsWith: TextOperator = {
  id: 'ends_with',
  label: 'ends with',
  arity: 1,
  operand: textOperand,
  match: (value, operand) => value !== null && lowerCodePoints(value).endsWith(lowerCodePoints(operand)),
  compile: (field, operand) => likeCondition(field, operand, 'end'),
}

export const textEquals: TextOperator = {
  id: 'eq',
  label: 'is',
  arity: 1,
  operand: textOperand,
  match: (value, operand) => value === operand,
  compile: (field, operand) => cond(path(field), 'eq', operand),
}

export const textNotEquals: TextOperator = {
  id: 'neq',
  label: 'is not',
  arity: 1,
  operand: textOperand,
  match: (value, operand) => value !== operand,
  compile: (field, operand) => orNull(path(field), cond(path(field), 'neq', operand)),
}

/** Empty means no value or the empty string, which a text column may hold. */
export const textIsEmpty: TextOperator = {
  id: 'is_empty',
  label: 'is empty',
  arity: 0,
  match: (value) => isBlank(value),
  compile: (field) => anyOf(isNull(path(field)), cond(path(field), 'eq', '')),
}

export const textIsNotEmpty: TextOperator = {
  id: 'is_not_empty',
  label: 'is not empty',
  arity: 0,
  match: (value) => !isBlank(value),
  compile: (field) => allOf(isNotNull(path(field)), cond(path(field), 'neq', '')),
}

/** The operators of every text-like type (text, long text, URL, email, phone). */
export const textOperators: readonly TextOperator[] = [
  textContains,
  textNotContains,
  textEquals,
  textNotEquals,
  textStartsWith,
  textEndsWith,
  textIsEmpty,
  textIsNotEmpty,
]
