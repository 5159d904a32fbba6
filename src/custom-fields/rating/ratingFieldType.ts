import { z } from 'zod'
import type { FieldType, ParseResult } from '../FieldType'
import { compareNumbers, numberOperators, toNumber, numberSortKey } from '../shared/numberOperators'
import { RatingCell } from './RatingCell'
import { RatingEditor } from './RatingEditor'

export const ratingConfigSchema = z.object({
  max: z.number().int().min(1).max(10).default(5),
})
export type RatingConfig = z.infer<typeof ratingConfigSchema>

/** "3", "3/5", "★★★": a whole number from 1 to max. */
export function parseRating(text: string, config: RatingConfig): ParseResult<number> {
  const t = text.trim()
  if (t === '' || t === '0') return { ok: true, value: null }
  const stars = /^[★⭐*]+$/u.test(t) ? [...t].length : null
  const n = stars ?? Number(/^(\d+)(?:\s*\/\s*\d+)?$/.exec(t)?.[1] ?? NaN)
  if (!Number.isInteger(n) || n < 1 || n > config.max) {
    return { ok: false, value: null, error: `A rating is a whole number from 1 to ${config.max}` }
  }
  return { ok: true, value: n }
}

export const formatRating = (value: number | null, config: RatingConfig) =>
  value === null ? '' : `${'★'.repeat(Math.min(value, config.max))}${'☆'.repeat(Math.max(config.max - value, 0))}`

/** One to five stars (the maximum is configurable up to ten). Groups by star count. */
export const ratingFieldType: FieldType<number, RatingConfig> = {
  id: 'rating',
  label: 'Rating',
  configSchema: ratingConfigSchema,
  defaultConfig: { max: 5 },
  valueSchema: (config) => z.number().int('A rating is a whole number').min(1).max(config.max),
  jsonAccess: 'json',
  parse: parseRating,
  format: formatRating,
  compare: compareNumbers,
  sortKey: numberSortKey,
  operators: numberOperators,
  groupKeys: (value) => {
    const n = toNumber(value)
    return n === null ? [] : [String(n)]
  },
  groupOptions: (config) =>
    Array.from({ length: config.max }, (_, i) => ({ key: String(i + 1), label: formatRating(i + 1, config) })),
  groupLabel: (key) => key,
  valueForGroup: (key) => (key === '' ? null : Number(key)),
  Cell: RatingCell,
  Editor: RatingEditor,
}
