import { z } from 'zod'
import type { FilterContext } from '../FieldType'
import { addDays, isDay } from './dates'

/**
 * A stored day operand: a fixed day, or one relative to today ("today", "7 days ago") so that a saved view keeps
 * meaning the same thing tomorrow. Resolved once per query against FilterContext.today.
 */
export const dateOperandSchema = z.union([
  z.string().refine(isDay, 'Not a day (YYYY-MM-DD)'),
  z.object({ relative: z.literal('today'), days: z.number().int().min(-36_500).max(36_500).default(0) }),
])
export type DateOperand = z.input<typeof dateOperandSchema>

export function resolveDay(raw: unknown, context: FilterContext): string | undefined {
  const parsed = dateOperandSchema.safeParse(raw)
  if (!parsed.success) return undefined
  return typeof parsed.data === 'string' ? parsed.data : addDays(context.today, parsed.data.days)
}

/** A whole number of days for "within the past/next N days" (0 is today only). */
export function resolveDayCount(raw: unknown): number | undefined {
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 36_500 ? n : undefined
}
