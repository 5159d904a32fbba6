import { z } from 'zod'
import { fieldPath, type FieldDefinition } from '../FieldDefinition'
import type { FilterContext, FilterOperator } from '../FieldType'
import { allOf, cond, isNotNull, isNull } from '../shared/conditions'
import { addDays, canonicalInstant, instantMicros, startOfDayInZone } from '../shared/dates'
import { resolveDay, resolveDayCount } from '../shared/dateOperand'

// A timestamptz column compares instants; a custom date-time is stored in one canonical UTC form
// (`2026-11-23T19:30:00.000Z`, enforced by the database) and compared as text, which orders the same way. In memory
// both compare as microseconds since the epoch, the precision of timestamptz.
const path = (field: FieldDefinition) => fieldPath(field, true)

/** An instant operand: ISO with an offset, or relative to now / to the start of today in the workspace's zone. */
const instantOperandSchema = z.union([
  z.string(),
  z.object({ relative: z.enum(['now', 'today']), days: z.number().int().min(-36_500).max(36_500).default(0) }),
])

function resolveInstant(raw: unknown, _config: unknown, context: FilterContext): string | undefined {
  const parsed = instantOperandSchema.safeParse(raw)
  if (!parsed.success) return undefined
  if (typeof parsed.data === 'string') return canonicalInstant(parsed.data) ?? undefined
  const { relative, days } = parsed.data
  if (relative === 'today') return startOfDayInZone(addDays(context.today, days), context.timeZone)
  const micros = instantMicros(context.now)
  return micros === null ? undefined : (canonicalInstant(new Date(micros / 1000 + days * 86_400_000).toISOString()) ?? undefined)
}

const micros = instantMicros

type InstantOperator = FilterOperator<string, unknown, string>
type SpanOperator = FilterOperator<string, unknown, { from: string; to: string; toInclusive: boolean }>

function comparison(id: string, label: string, op: string, test: (a: number, b: number) => boolean): InstantOperator {
  return {
    id,
    label,
    arity: 1,
    operand: resolveInstant,
    match: (value, operand) => {
      const v = micros(value)
      return v !== null && test(v, micros(operand) as number)
    },
    compile: (field, operand) => cond(path(field), op, operand),
  }
}

function span(id: string, label: string, resolve: (raw: unknown, context: FilterContext) => SpanOperand | undefined): SpanOperator {
  return {
    id,
    label,
    arity: 1,
    operand: (raw, _config, context) => resolve(raw, context),
    match: (value, { from, to, toInclusive }) => {
      const v = micros(value)
      const end = micros(to) as number
      return v !== null && v >= (micros(from) as number) && (toInclusive ? v <= end : v < end)
    },
    compile: (field, { from, to, toInclusive }) => allOf(cond(path(field), 'gte', from), cond(path(field), toInclusive ? 'lte' : 'lt', to)),
  }
}

type SpanOperand = { from: string; to: string; toInclusive: boolean }

const nowPlusDays = (context: FilterContext, days: number) =>
  canonicalInstant(new Date((instantMicros(context.now) ?? 0) / 1000 + days * 86_400_000).toISOString()) as string

export const dateTimeOperators = [
  comparison('before', 'is before', 'lt', (a, b) => a < b),
  comparison('after', 'is after', 'gt', (a, b) => a > b),
  comparison('on_or_before', 'is on or before', 'lte', (a, b) => a <= b),
  comparison('on_or_after', 'is on or after', 'gte', (a, b) => a >= b),
  // A day in the workspace's time zone: from its midnight to the next.
  span('on_day', 'is on', (raw, context) => {
    const day = resolveDay(raw, context)
    if (day === undefined) return undefined
    return { from: startOfDayInZone(day, context.timeZone), to: startOfDayInZone(addDays(day, 1), context.timeZone), toInclusive: false }
  }),
  span('within_past_days', 'is within the past … days', (raw, context) => {
    const n = resolveDayCount(raw)
    return n === undefined ? undefined : { from: nowPlusDays(context, -n), to: nowPlusDays(context, 0), toInclusive: true }
  }),
  span('within_next_days', 'is within the next … days', (raw, context) => {
    const n = resolveDayCount(raw)
    return n === undefined ? undefined : { from: nowPlusDays(context, 0), to: nowPlusDays(context, n), toInclusive: true }
  }),
  {
    id: 'is_empty',
    label: 'is empty',
    arity: 0,
    match: (value) => micros(value) === null,
    compile: (field) => isNull(path(field)),
  } satisfies FilterOperator<string, unknown, undefined>,
  {
    id: 'is_not_empty',
    label: 'is not empty',
    arity: 0,
    match: (value) => micros(value) !== null,
    compile: (field) => isNotNull(path(field)),
  } satisfies FilterOperator<string, unknown, undefined>,
] as ReadonlyArray<FilterOperator<string, unknown, unknown>>
