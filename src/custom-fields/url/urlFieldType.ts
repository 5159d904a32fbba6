import { z } from 'zod'
import type { FieldType, ParseResult } from '../FieldType'
import { linkCell } from '../shared/LinkCell'
import { textInputEditor } from '../shared/TextInputEditor'
import { compareCodePoints, textSortKey } from '../shared/text'
import { textOperators } from '../shared/textOperators'

export const urlConfigSchema = z.object({})
export type UrlConfig = z.infer<typeof urlConfigSchema>

/** Only web addresses: a `javascript:` URL in a shared workspace would be a stored XSS. */
export function isWebUrl(value: string): boolean {
  if (value.length > 2048 || /\s/.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** Accepts "example.com/x" by assuming https, as people paste addresses without the scheme. */
export function parseUrl(text: string): ParseResult<string> {
  const value = text.trim()
  if (value === '') return { ok: true, value: null }
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`
  if (!isWebUrl(withScheme)) return { ok: false, value: null, error: `"${value}" is not a web address (http or https)` }
  return { ok: true, value: withScheme }
}

const format = (value: string | null) => value ?? ''

export const urlFieldType: FieldType<string, UrlConfig> = {
  id: 'url',
  label: 'URL',
  configSchema: urlConfigSchema,
  defaultConfig: {},
  valueSchema: () => z.string().refine(isWebUrl, 'Not a web address (http or https)'),
  jsonAccess: 'text',
  parse: parseUrl,
  format,
  compare: compareCodePoints,
  sortKey: textSortKey,
  operators: textOperators,
  Cell: linkCell((value) => (isWebUrl(value) ? value : null), 'UrlCell'),
  Editor: textInputEditor({ name: 'UrlEditor', toText: format, parse: parseUrl, inputType: 'url', inputMode: 'url' }),
}
