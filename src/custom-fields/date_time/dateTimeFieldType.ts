import { z } from 'zod'
import type { FieldType, ParseResult } from '../FieldType'
import { canonicalInstant, instantMicros } from '../shared/dates'
import { plainCell } from '../shared/PlainCell'
import { textInputEditor } from '../shared/TextInputEditor'
import { dateTimeOperators } from './dateTimeOperators'

export const dateTimeConfigSchema = z.object({})
export type DateTimeConfig = z.infer<typeof dateTimeConfigSchema>

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/

/** An ISO instant with an offset, or a local "2026-03-14 19:30" (the browser's zone), stored canonically in UTC. */
export function parseDateTime(text: string): ParseResult<string> {
  const t = text.trim()
  if (t === '') return { ok: true, value: null }
  const exact = canonicalInstant(t)
  if (exact) return { ok: true, value: exact }
  const local = LOCAL.exec(t)
  if (local) {
    const [y, mo, d, h, mi, s] = local.slice(1).map((part) => Number(part ?? 0)) as number[]
    const date = new Date(2000, 0, 1)
    date.setFullYear(y as number, (mo as number) - 1, d)
    date.setHours(h as number, mi, s, 0)
    const value = Number.isNaN(date.getTime()) ? null : canonicalInstant(date.toISOString())
    if (value) return { ok: true, value }
  }
  return { ok: false, value: null, error: `"${t}" is not a date and time (try 2026-03-14 19:30)` }
}

const displayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function formatDateTime(value: string | null): string {
  const micros = instantMicros(value)
  return micros === null ? (value ?? '') : displayFormat.format(new Date(micros / 1000))
}

/** The instant as the `datetime-local` input wants it, in the browser's zone. */
function toLocalInput(value: string | null): string {
  const micros = instantMicros(value)
  if (micros === null) return ''
  const d = new Date(micros / 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** An instant (Postgres `timestamptz`): event starts and ends, created/updated times. */
export const dateTimeFieldType: FieldType<string, DateTimeConfig> = {
  id: 'date_time',
  label: 'Date and time',
  configSchema: dateTimeConfigSchema,
  defaultConfig: {},
  valueSchema: () => z.string().refine((v) => canonicalInstant(v) !== null, 'Not a date and time with a time zone'),
  jsonAccess: 'text',
  parse: parseDateTime,
  format: formatDateTime,
  compare: (a, b) => (instantMicros(a) ?? 0) - (instantMicros(b) ?? 0),
  sortKey: (value) => instantMicros(value) ?? 0,
  operators: dateTimeOperators,
  Cell: plainCell(formatDateTime, { name: 'DateTimeCell' }),
  Editor: textInputEditor({ name: 'DateTimeEditor', toText: toLocalInput, parse: parseDateTime, inputType: 'datetime-local' }),
}
