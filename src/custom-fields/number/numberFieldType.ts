import { z } from 'zod'
import type { FieldType, ParseResult } from '../FieldType'
import { compareNumbers, numberOperators, numberSortKey } from '../shared/numberOperators'
import { numberProblem, parseDecimal } from '../shared/parseDecimal'
import { plainCell } from '../shared/PlainCell'
import { textInputEditor } from '../shared/TextInputEditor'
import { numberFormat } from '../../lib/format/numberFormat'

export const numberConfigSchema = z.object({
  /** Decimal places shown (values keep what was typed); null shows them as stored. */
  precision: z.number().int().min(0).max(10).nullable().default(null),
  min: z.number().nullable().default(null),
  max: z.number().nullable().default(null),
  /** Shown after the number ("h", "seats"). */
  suffix: z.string().max(12).default(''),
})
export type NumberConfig = z.infer<typeof numberConfigSchema>

export function parseNumber(text: string, config: NumberConfig): ParseResult<number> {
  const result = parseDecimal(config.suffix ? text.replace(config.suffix, '') : text)
  if (!result.ok || result.value === null) return result
  const problem = numberProblem(result.value, config)
  return problem ? { ok: false, value: null, error: problem } : result
}

export function formatNumber(value: number | null, config: Pick<NumberConfig, 'precision' | 'suffix'>): string {
  if (value === null || !Number.isFinite(value)) return ''
  const text = numberFormat(undefined, {
    minimumFractionDigits: config.precision ?? 0,
    maximumFractionDigits: config.precision ?? 10,
  }).format(value)
  return config.suffix ? `${text} ${config.suffix}` : text
}

/** A plain quantity: hours, seats, a box office target. */
export const numberFieldType: FieldType<number, NumberConfig> = {
  id: 'number',
  label: 'Number',
  configSchema: numberConfigSchema,
  defaultConfig: { precision: null, min: null, max: null, suffix: '' },
  valueSchema: (config) =>
    z.number().refine(Number.isFinite, 'Must be a finite number').superRefine((value, ctx) => {
      const problem = numberProblem(value, config)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    }),
  jsonAccess: 'json',
  parse: parseNumber,
  format: formatNumber,
  compare: compareNumbers,
  sortKey: numberSortKey,
  operators: numberOperators,
  Cell: plainCell<number, NumberConfig>(formatNumber, { name: 'NumberCell', align: 'end' }),
  Editor: textInputEditor({
    name: 'NumberEditor',
    toText: (value) => (value === null ? '' : String(value)),
    parse: parseNumber,
    inputMode: 'decimal',
  }),
}
