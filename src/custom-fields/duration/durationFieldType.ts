import { z } from 'zod'
import type { FieldType, ParseResult } from '../FieldType'
import { compareNumbers, numberOperators, numberSortKey } from '../shared/numberOperators'
import { plainCell } from '../shared/PlainCell'
import { textInputEditor } from '../shared/TextInputEditor'

export const durationConfigSchema = z.object({})
export type DurationConfig = z.infer<typeof durationConfigSchema>

const UNIT = /(\d+(?:\.\d+)?)\s*(d|days?|h|hrs?|hours?|m|mins?|minutes?)(?![a-z])/g
const UNITS = /^(?:\d+(?:\.\d+)?\s*(?:d|days?|h|hrs?|hours?|m|mins?|minutes?)(?![a-z])\s*)+$/
const UNIT_MINUTES: Record<string, number> = { d: 8 * 60, h: 60, m: 1 }

/**
 * A length of time in whole minutes: "90" (minutes), "1:30", "1h 30m", "1.5h", "2h", "45 min", "1d" (a working day,
 * eight hours, as crews book calls).
 */
export function parseDuration(text: string): ParseResult<number> {
  const t = text.trim().toLowerCase()
  if (t === '') return { ok: true, value: null }
  const clock = /^(\d+):([0-5]\d)$/.exec(t)
  if (clock) return { ok: true, value: Number(clock[1]) * 60 + Number(clock[2]) }
  if (/^\d+(\.\d+)?$/.test(t)) return whole(Number(t), t)
  if (UNITS.test(t)) {
    const parts = [...t.matchAll(UNIT)]
    const minutes = parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_MINUTES[(p[2] as string).charAt(0)] ?? 0), 0)
    return whole(minutes, t)
  }
  return { ok: false, value: null, error: `"${text.trim()}" is not a duration (try 90, 1:30 or 1h 30m)` }
}

function whole(minutes: number, text: string): ParseResult<number> {
  if (!Number.isFinite(minutes) || minutes > 1_000_000) return { ok: false, value: null, error: `"${text}" is too long` }
  return { ok: true, value: Math.round(minutes) }
}

export function formatDuration(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return ''
  const hours = Math.floor(value / 60)
  const minutes = value % 60
  if (hours === 0) return `${minutes}m`
  return minutes === 0 ? `${hours}h` : `${hours}h ${minutes}m`
}

/** Minutes, shown as "1h 30m"; sorted and filtered as a number of minutes. */
export const durationFieldType: FieldType<number, DurationConfig> = {
  id: 'duration',
  label: 'Duration',
  configSchema: durationConfigSchema,
  defaultConfig: {},
  valueSchema: () => z.number().int('A duration is a whole number of minutes').min(0, 'A duration cannot be negative'),
  jsonAccess: 'json',
  parse: parseDuration,
  format: formatDuration,
  compare: compareNumbers,
  sortKey: numberSortKey,
  operators: numberOperators,
  Cell: plainCell(formatDuration, { name: 'DurationCell', align: 'end' }),
  Editor: textInputEditor({ name: 'DurationEditor', toText: formatDuration, parse: parseDuration }),
}
