import { z } from 'zod'
import type { FieldType } from '../FieldType'
import { plainCell } from '../shared/PlainCell'
import { textInputEditor } from '../shared/TextInputEditor'
import { compareCodePoints, textSortKey } from '../shared/text'
import { textOperators } from '../shared/textOperators'

export const textConfigSchema = z.object({
  /** Longest accepted value, in characters. */
  maxLength: z.number().int().positive().max(100_000).default(1000),
})
export type TextConfig = z.infer<typeof textConfigSchema>

export function parseText(text: string, config: { maxLength: number }) {
  const value = text.trim()
  if (value === '') return { ok: true, value: null }
  if ([...value].length > config.maxLength) {
    return { ok: false, value: null, error: `Too long: at most ${config.maxLength} characters` }
  }
  return { ok: true, value }
}

const format = (value: string | null) => value ?? ''

/** One line of text: names, codes, serial numbers. */
export const textFieldType: FieldType<string, TextConfig> = {
  id: 'text',
  label: 'Text',
  configSchema: textConfigSchema,
  defaultConfig: { maxLength: 1000 },
  valueSchema: (config) => z.string().refine((s) => [...s].length <= config.maxLength, `At most ${config.maxLength} characters`),
  jsonAccess: 'text',
  parse: parseText,
  format,
  compare: compareCodePoints,
  sortKey: textSortKey,
  operators: textOperators,
  Cell: plainCell(format, { name: 'TextCell' }),
  Editor: textInputEditor({ name: 'TextEditor', toText: format, parse: parseText }),
}
