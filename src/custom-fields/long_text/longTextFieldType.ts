import { z } from 'zod'
import type { FieldType } from '../FieldType'
import { plainCell } from '../shared/PlainCell'
import { textInputEditor } from '../shared/TextInputEditor'
import { compareCodePoints, textSortKey } from '../shared/text'
import { textContains, textIsEmpty, textIsNotEmpty, textNotContains } from '../shared/textOperators'

export const longTextConfigSchema = z.object({
  maxLength: z.number().int().positive().max(1_000_000).default(20_000),
})
export type LongTextConfig = z.infer<typeof longTextConfigSchema>

/** Keeps inner line breaks; only surrounding blank space goes. */
function parseLongText(text: string, config: LongTextConfig) {
  const value = text.replace(/^\s+|\s+$/g, '')
  if (value === '') return { ok: true, value: null }
  if ([...value].length > config.maxLength) return { ok: false, value: null, error: `Too long: at most ${config.maxLength} characters` }
  return { ok: true, value }
}

const format = (value: string | null) => value ?? ''

/** Notes and descriptions: several lines, searched by "contains". The cell shows the first line. */
export const longTextFieldType: FieldType<string, LongTextConfig> = {
  id: 'long_text',
  label: 'Long text',
  configSchema: longTextConfigSchema,
  defaultConfig: { maxLength: 20_000 },
  valueSchema: (config) => z.string().refine((s) => [...s].length <= config.maxLength, `At most ${config.maxLength} characters`),
  jsonAccess: 'text',
  parse: parseLongText,
  format,
  compare: compareCodePoints,
  sortKey: textSortKey,
  operators: [textContains, textNotContains, textIsEmpty, textIsNotEmpty],
  Cell: plainCell((value: string | null) => (value ?? '').split('\n')[0] ?? '', { name: 'LongTextCell' }),
  Editor: textInputEditor({ name: 'LongTextEditor', toText: format, parse: parseLongText, multiline: true }),
}
