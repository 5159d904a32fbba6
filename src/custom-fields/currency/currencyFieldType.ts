import { z } from 'zod'
import type { FieldType, ParseResult } from '../FieldType'
import { compareNumbers, numberOperators, numberSortKey } from '../shared/numberOperators'
import { numberProblem, parseDecimal } from '../shared/parseDecimal'
import { plainCell } from '../shared/PlainCell'
import { textInputEditor } from '../shared/TextInputEditor'
import { numberFormat } from '../../lib/format/numberFormat'

export const currencyConfigSchema = z.object({
  /** ISO 4217 code; null uses no symbol (the workspace currency is a display concern of the page). */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'A currency is a three-letter ISO 4217 code')
    .nullable()
    .default(null),
  precision: z.number().int().min(0).max(4).default(2),
  /** Budgets and fees are never negative unless a field says so. */
  allowNegative: z.boolean().default(false),
})
export type CurrencyConfig = z.infer<typeof currencyConfigSchema>

// Symbols and codes people paste with amounts: "£1,200", "1200 GBP", "$ 99.50".
const MONEY_NOISE = /[£$€¥₹₩₽¢]|\b[A-Z]{3}\b/g

export function parseCurrency(text: string, config: CurrencyConfig): ParseResult<number> {
  const result = parseDecimal(text.replace(MONEY_NOISE, ''))
  if (!result.ok) return { ok: false, value: null, error: `"${text.trim()}" is not an amount` }
  if (result.value === null) return result
  const problem = numberProblem(result.value, { min: config.allowNegative ? null : 0 })
  return problem ? { ok: false, value: null, error: problem } : result
}

export function formatCurrencyValue(value: number | null, config: CurrencyConfig): string {
  if (value === null || !Number.isFinite(value)) return ''
  // Whole amounts drop the cents (budgets are planned in round figures), as the app's formatCurrency does.
  const digits = Number.isInteger(value) ? 0 : config.precision
  return numberFormat(undefined, {
    ...(config.currency ? { style: 'currency', currency: config.currency } : { style: 'decimal' }),
    minimumFractionDigits: digits,
    maximumFractionDigits: Math.max(digits, config.precision),
  }).format(value)
}

export const currencyFieldType: FieldType<number, CurrencyConfig> = {
  id: 'currency',
  label: 'Currency',
  configSchema: currencyConfigSchema,
  defaultConfig: { currency: null, precision: 2, allowNegative: false },
  valueSchema: (config) =>
    z
      .number()
      .refine(Number.isFinite, 'Must be a finite amount')
      .refine((v) => config.allowNegative || v >= 0, 'Must not be negative'),
  jsonAccess: 'json',
  parse: parseCurrency,
  format: formatCurrencyValue,
  compare: compareNumbers,
  sortKey: numberSortKey,
  operators: numberOperators,
  Cell: plainCell(formatCurrencyValue, { name: 'CurrencyCell', align: 'end' }),
  Editor: textInputEditor({
    name: 'CurrencyEditor',
    toText: (value) => (value === null ? '' : String(value)),
    parse: parseCurrency,
    inputMode: 'decimal',
  }),
}
