import { z } from 'zod'
import type { FieldType, ParseResult } from '../FieldType'
import { compareNumbers, numberOperators, numberSortKey } from '../shared/numberOperators'
import { parseDecimal } from '../shared/parseDecimal'
import { plainCell } from '../shared/PlainCell'
import { textInputEditor } from '../shared/TextInputEditor'
import { numberFormat } from '../../lib/format/numberFormat'

export const percentConfigSchema = z.object({
  precision: z.number().int().min(0).max(6).default(0),
})
export type PercentConfig = z.infer<typeof percentConfigSchema>

// Stored as a fraction (0.425 is 42.5%), as spreadsheets do; filter operands are fractions too.
const fromPercent = (n: number) => Number((n / 100).toPrecision(15))
const toPercent = (n: number) => Number((n * 100).toPrecision(15))

/** Typed text is in percent: "42", "42%" and "42.5 %" are 0.42 and 0.425. */
export function parsePercent(text: string): ParseResult<number> {
  const result = parseDecimal(text.replace(/%/g, ''))
  if (!result.ok) return { ok: false, value: null, error: `"${text.trim()}" is not a percentage` }
  return result.value === null ? result : { ok: true, value: fromPercent(result.value) }
}

export function formatPercent(value: number | null, config: PercentConfig): string {
  if (value === null || !Number.isFinite(value)) return ''
  return numberFormat(undefined, {
    style: 'percent',
    minimumFractionDigits: config.precision,
    maximumFractionDigits: config.precision,
  }).format(value)
}

export const percentFieldType: FieldType<number, PercentConfig> = {
  id: 'percent',
  label: 'Percent',
  configSchema: percentConfigSchema,
  defaultConfig: { precision: 0 },
  valueSchema: () => z.number().refine(Number.isFinite, 'Must be a finite number'),
  jsonAccess: 'json',
  parse: parsePercent,
  format: formatPercent,
  compare: compareNumbers,
  sortKey: numberSortKey,
  operators: numberOperators,
  Cell: plainCell(formatPercent, { name: 'PercentCell', align: 'end' }),
  Editor: textInputEditor({
    name: 'PercentEditor',
    toText: (value) => (value === null ? '' : String(toPercent(value))),
    parse: parsePercent,
    inputMode: 'decimal',
  }),
}
