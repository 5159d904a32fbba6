import { fieldPath, type FieldDefinition } from '../FieldDefinition'
import type { FilterContext, FilterOperator } from '../FieldType'
import { allOf, cond, isNotNull, isNull, orNull } from '../shared/conditions'
import { addDays, isDay } from '../shared/dates'
import { resolveDay, resolveDayCount } from '../shared/dateOperand'

type DayOperator = FilterOperator<string, unknown, string>
type RangeOperator = FilterOperator<string, unknown, { from: string; to: string }>

// Days are `YYYY-MM-DD` everywhere: a date column compares as a date, a custom value as text (`->>`), and for
// four-digit years both orders are the string order, which is what `match` uses.
const path = (field: FieldDefinition) => fieldPath(field, true)
const day = (value: unknown): string | null => (isDay(value) ? value : null)
const operand = (raw: unknown, _config: unknown, context: FilterContext) => resolveDay(raw, context)

function comparison(id: string, label: string, op: string, test: (value: string, operand: string) => boolean): DayOperator {
  return {
    id,
    label,
    arity: 1,
    operand,
    match: (value, o) => {
      const v = day(value)
      return v !== null && test(v, o)
    },
    compile: (field, o) => cond(path(field), op, o),
  }
}

function range(id: string, label: string, toRange: (days: number, today: string) => { from: string; to: string }): RangeOperator {
  return {
    id,
    label,
    arity: 1,
    operand: (raw, _config, context) => {
      const n = resolveDayCount(raw)
      return n === undefined ? undefined : toRange(n, context.today)
    },
    match: (value, { from, to }) => {
      const v = day(value)
      return v !== null && v >= from && v <= to
    },
    compile: (field, { from, to }) => allOf(cond(path(field), 'gte', from), cond(path(field), 'lte', to)),
  }
}

export const dateOperators = [
  comparison('eq', 'is', 'eq', (v, o) => v === o),
  {
    id: 'neq',
    label: 'is not',
    arity: 1,
    operand,
    match: (value, o) => day(value) !== o,
    compile: (field, o) => orNull(path(field), cond(path(field), 'neq', o)),
  } satisfies DayOperator,
  comparison('before', 'is before', 'lt', (v, o) => v < o),
  comparison('after', 'is after', 'gt', (v, o) => v > o),
  comparison('on_or_before', 'is on or before', 'lte', (v, o) => v <= o),
  comparison('on_or_after', 'is on or after', 'gte', (v, o) => v >= o),
  range('within_past_days', 'is within the past … days', (n, today) => ({ from: addDays(today, -n), to: today })),
  range('within_next_days', 'is within the next … days', (n, today) => ({ from: today, to: addDays(today, n) })),
  {
    id: 'is_empty',
    label: 'is empty',
    arity: 0,
    match: (value) => day(value) === null,
    compile: (field) => isNull(path(field)),
  } satisfies FilterOperator<string, unknown, undefined>,
  {
    id: 'is_not_empty',
    label: 'is not empty',
    arity: 0,
    match: (value) => day(value) !== null,
    compile: (field) => isNotNull(path(field)),
  } satisfies FilterOperator<string, unknown, undefined>,
] as ReadonlyArray<FilterOperator<string, unknown, unknown>>
