import { z } from 'zod'
import type { FieldType, ParseResult } from '../FieldType'
import { linkCell } from '../shared/LinkCell'
import { textInputEditor } from '../shared/TextInputEditor'
import { compareCodePoints, textSortKey } from '../shared/text'
import { textOperators } from '../shared/textOperators'

export const phoneConfigSchema = z.object({})
export type PhoneConfig = z.infer<typeof phoneConfigSchema>

// Kept as typed (crews write "+44 7700 900123" or "(555) 010-9999 ext. 4"): digits and the usual separators.
const PHONE = /^\+?[0-9 ()./-]{3,}(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$/i

export function isPhone(value: string): boolean {
  return value.length <= 40 && PHONE.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 3
}

export function parsePhone(text: string): ParseResult<string> {
  const value = text.trim().replace(/^tel:/i, '').replace(/\s+/g, ' ')
  if (value === '') return { ok: true, value: null }
  if (!isPhone(value)) return { ok: false, value: null, error: `"${value}" is not a phone number` }
  return { ok: true, value }
}

const format = (value: string | null) => value ?? ''

export const phoneFieldType: FieldType<string, PhoneConfig> = {
  id: 'phone',
  label: 'Phone',
  configSchema: phoneConfigSchema,
  defaultConfig: {},
  valueSchema: () => z.string().refine(isPhone, 'Not a phone number'),
  jsonAccess: 'text',
  parse: parsePhone,
  format,
  compare: compareCodePoints,
  sortKey: textSortKey,
  operators: textOperators,
  Cell: linkCell((value) => (isPhone(value) ? `tel:${value.replace(/[^0-9+]/g, '')}` : null), 'PhoneCell'),
  Editor: textInputEditor({ name: 'PhoneEditor', toText: format, parse: parsePhone, inputType: 'tel', inputMode: 'tel' }),
}
