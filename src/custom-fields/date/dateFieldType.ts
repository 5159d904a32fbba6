import { parse as parseWithFormat, isValid } from 'date-fns'
import { z } from 'zod'
import { formatDate } from '../../lib/format/formatDate'
import type { FieldType, ParseResult } from '../FieldType'
import { isDay, utcDate, formatUtcDay } from '../shared/dates'
import { plainCell } from '../shared/PlainCell'
import { textInputEditor } from '../shared/TextInputEditor'
import { compareCodePoints, textSortKey } from '../shared/text'
import { dateOperators } from './dateOperators'

export const dateConfigSchema = z.object({})
export type DateConfig = z.infer<typeof dateConfigSchema>

// Slashes and dots are read day first (14/03/2026), as the crews Callboard serves write dates.
const FORMATS = ['yyyy-MM-dd', 'd/M/yyyy', 'd.M.yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'MMM d, yyyy', 'MMMM d, yyyy', 'yyyy/M/d']

export function parseDateText(text: string): ParseResult<string> {
  const t = text.trim()
  if (t === '') return { ok: true, value: null }
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(t)
  if (iso && isDay(iso[1])) return { ok: true, value: iso[1] as string }
  for (const format of FORMATS) {
    const parsed = parseWithFormat(t, format, new Date(2000, 0, 1))
    if (isValid(parsed) && parsed.getFullYear() >= 1 && parsed.getFullYear() <= 9999) {
      return { ok: true, value: formatUtcDay(utcDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate())) }
    }
  }
  return { ok: false, value: null, error: `"${t}" is not a date (try 2026-03-14 or 14/03/2026)` }
}

const format = (value: string | null) => (value === null ? '' : (formatDate(value) ?? ''))

/** A calendar day with no time or zone (Postgres `date`, `YYYY-MM-DD`). Groups by day. */
export const dateFieldType: FieldType<string, DateConfig> = {
  id: 'date',
  label: 'Date',
  configSchema: dateConfigSchema,
  defaultConfig: {},
  valueSchema: () => z.string().refine(isDay, 'Not a date (YYYY-MM-DD)'),
  jsonAccess: 'text',
  parse: parseDateText,
  format,
  compare: compareCodePoints,
  sortKey: textSortKey,
  operators: dateOperators,
  groupKeys: (value) => (isDay(value) ? [value] : []),
  groupLabel: (key) => formatDate(key) ?? key,
  valueForGroup: (key) => (key === '' ? null : key),
  Cell: plainCell(format, { name: 'DateCell' }),
  Editor: textInputEditor({ name: 'DateEditor', toText: (value) => value ?? '', parse: parseDateText, inputType: 'date' }),
}
