import { fieldPath, type FieldDefinition } from '../FieldDefinition'
import type { FilterOperator } from '../FieldType'
import { cond, isNotNull, isNull, orNull } from './conditions'

type NumberOperator = FilterOperator<number, unknown, number>

/** A finite number (a numeric string from a form is accepted); anything else leaves the condition incomplete. */
export function numberOperand(raw: unknown): number | undefined {
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined
}

/** Values reach us as numbers, but a numeric wider than a double may come as text. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : null
  }
  return null
}

// Custom numbers are read as typed jsonb (`custom_fields->key`), which compares numbers numerically; JavaScript's
// shortest round-trip text of a double is exact decimal input for both numeric and jsonb.
const path = (field: FieldDefinition) => fieldPath(field, false)
const text = (n: number) => String(n)

function comparison(id: string, label: string, op: string, test: (a: number, b: number) => boolean): NumberOperator {
  return {
    id,
    label,
    arity: 1,
    operand: numberOperand,
    match: (value, operand) => {
      const n = toNumber(value)
      return n !== null && test(n, operand)
    },
    compile: (field, operand) => cond(path(field), op, text(operand)),
  }
}

export const numberEquals = comparison('eq', '=', 'eq', (a, b) => a === b)
export const numberGreater = comparison('gt', '>', 'gt', (a, b) => a > b)
export const numberGreaterOrEqual = comparison('gte', '≥', 'gte', (a, b) => a >= b)
export const numberLess = comparison('lt', '<', 'lt', (a, b) => a < b)
export const numberLessOrEqual = comparison('lte', '≤', 'lte', (a, b) => a <= b)

export const numberNotEquals: NumberOperator = {
  id: 'neq',
  label: '≠',
  arity: 1,
  operand: numberOperand,
  match: (value, operand) => toNumber(value) !== operand,
  compile: (field, operand) => orNull(path(field), cond(path(field), 'neq', text(operand))),
}

export const numberIsEmpty: NumberOperator = {
  id: 'is_empty',
  label: 'is empty',
  arity: 0,
  match: (value) => toNumber(value) === null,
  compile: (field) => isNull(path(field)),
}

export const numberIsNotEmpty: NumberOperator = {
  id: 'is_not_empty',
  label: 'is not empty',
  arity: 0,
  match: (value) => toNumber(value) !== null,
  compile: (field) => isNotNull(path(field)),
}

/** The operators of every numeric type (number, currency, percent, rating, duration). */
export const numberOperators: readonly NumberOperator[] = [
  numberEquals,
  numberNotEquals,
  numberGreater,
  numberGreaterOrEqual,
  numberLess,
  numberLessOrEqual,
  numberIsEmpty,
  numberIsNotEmpty,
]

export function compareNumbers(a: unknown, b: unknown): number {
  return (toNumber(a) ?? 0) - (toNumber(b) ?? 0)
}

/** The sort key in compareNumbers' order. */
export function numberSortKey(value: unknown): number {
  return toNumber(value) ?? 0
}
