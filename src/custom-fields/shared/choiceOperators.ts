import { fieldPath, type FieldDefinition } from '../FieldDefinition'
import type { FilterContext, FilterOperator } from '../FieldType'
import { cond, isNotNull, isNull, orNull } from './conditions'
import { isQueryableText } from './text'

/**
 * Operators of single-valued choices stored as text: a select option's value, a person's profile id, a related
 * record's id. `resolve` turns one raw operand into a value, or undefined (e.g. "me" when nobody is signed in).
 */
export type ResolveChoice = (raw: unknown, context: FilterContext) => string | undefined

const plainChoice: ResolveChoice = (raw) => (typeof raw === 'string' && raw !== '' && isQueryableText(raw) ? raw : undefined)

const path = (field: FieldDefinition) => fieldPath(field, true)

function manyOperand(resolve: ResolveChoice) {
  return (raw: unknown, _config: unknown, context: FilterContext): string[] | undefined => {
    if (!Array.isArray(raw)) return undefined
    const values = [...new Set(raw.map((item) => resolve(item, context)).filter((v): v is string => v !== undefined))]
    return values.length > 0 ? values : undefined
  }
}

export function choiceOperators(
  resolve: ResolveChoice = plainChoice,
  normalize: (value: string) => string = (v) => v,
): ReadonlyArray<FilterOperator<string, unknown, unknown>> {
  const one = (raw: unknown, _config: unknown, context: FilterContext) => resolve(raw, context)
  const many = manyOperand(resolve)
  const read = (value: string | null) => (typeof value === 'string' && value !== '' ? normalize(value) : null)
  const is: FilterOperator<string, unknown, string> = {
    id: 'eq',
    label: 'is',
    arity: 1,
    operand: one,
    match: (value, operand) => read(value) === operand,
    compile: (field, operand) => cond(path(field), 'eq', operand),
  }
  const isNot: FilterOperator<string, unknown, string> = {
    id: 'neq',
    label: 'is not',
    arity: 1,
    operand: one,
    match: (value, operand) => read(value) !== operand,
    compile: (field, operand) => orNull(path(field), cond(path(field), 'neq', operand)),
  }
  const anyOf: FilterOperator<string, unknown, string[]> = {
    id: 'any_of',
    label: 'is any of',
    arity: 'many',
    operand: many,
    match: (value, operand) => {
      const v = read(value)
      return v !== null && operand.includes(v)
    },
    compile: (field, operand) => cond(path(field), 'in', operand),
  }
  const noneOf: FilterOperator<string, unknown, string[]> = {
    id: 'none_of',
    label: 'is none of',
    arity: 'many',
    operand: many,
    match: (value, operand) => {
      const v = read(value)
      return v === null || !operand.includes(v)
    },
    compile: (field, operand) => orNull(path(field), cond(path(field), 'not.in', operand)),
  }
  const isEmpty: FilterOperator<string, unknown, undefined> = {
    id: 'is_empty',
    label: 'is empty',
    arity: 0,
    match: (value) => read(value) === null,
    compile: (field) => isNull(path(field)),
  }
  const isNotEmpty: FilterOperator<string, unknown, undefined> = {
    id: 'is_not_empty',
    label: 'is not empty',
    arity: 0,
    match: (value) => read(value) !== null,
    compile: (field) => isNotNull(path(field)),
  }
  return [is, isNot, anyOf, noneOf, isEmpty, isNotEmpty] as ReadonlyArray<FilterOperator<string, unknown, unknown>>
}
