import { z } from 'zod'
import type { FieldType, ParseResult } from '../FieldType'
import { linkCell } from '../shared/LinkCell'
import { textInputEditor } from '../shared/TextInputEditor'
import { compareCodePoints, textSortKey } from '../shared/text'
import { textOperators } from '../shared/textOperators'

export const emailConfigSchema = z.object({})
export type EmailConfig = z.infer<typeof emailConfigSchema>

// Deliberately loose (one @, a dot in the domain, no spaces): the mail server is the real judge.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(value: string): boolean {
  return value.length <= 320 && EMAIL.test(value)
}

export function parseEmail(text: string): ParseResult<string> {
  const value = text.trim().replace(/^mailto:/i, '')
  if (value === '') return { ok: true, value: null }
  if (!isEmail(value)) return { ok: false, value: null, error: `"${value}" is not an email address` }
  return { ok: true, value }
}

const format = (value: string | null) => value ?? ''

export const emailFieldType: FieldType<string, EmailConfig> = {
  id: 'email',
  label: 'Email',
  configSchema: emailConfigSchema,
  defaultConfig: {},
  valueSchema: () => z.string().refine(isEmail, 'Not an email address'),
  jsonAccess: 'text',
  parse: parseEmail,
  format,
  compare: compareCodePoints,
  sortKey: textSortKey,
  operators: textOperators,
  Cell: linkCell((value) => (isEmail(value) ? `mailto:${value}` : null), 'EmailCell'),
  Editor: textInputEditor({ name: 'EmailEditor', toText: format, parse: parseEmail, inputType: 'email', inputMode: 'email' }),
}
