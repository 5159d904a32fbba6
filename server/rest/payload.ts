import { invalidBody } from './errors'
import { splitQuery } from './queryParams'

// The request body of writes and RPC (ApiRequest/Payload.hs). JSON objects and arrays of objects with the
// same keys; `?columns=` passes the body through untouched with the listed keys; form bodies become objects.

export interface Payload {
  /** JSON text handed to Postgres. */
  raw: string
  keys: string[]
  isArray: boolean
}

function firstChar(s: string): string {
  return s.trimStart().charAt(0)
}

export function parsePayload(
  body: string | undefined,
  contentType: string | undefined,
  columns: string[] | undefined,
  isRpc: boolean,
): Payload {
  const text = body ?? ''
  const mime = (contentType ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? ''
  if (mime === 'application/x-www-form-urlencoded') {
    const obj: Record<string, string> = {}
    for (const [k, v] of splitQuery(text)) obj[k] = v
    return { raw: JSON.stringify(obj), keys: Object.keys(obj), isArray: false }
  }
  if (mime !== 'application/json' && mime !== '' && mime !== '*/*') {
    throw invalidBody(`Content-Type not acceptable: ${mime}`)
  }
  if (columns) return { raw: text, keys: [...new Set(columns)], isArray: firstChar(text) === '[' }
  if (text.trim() === '' && isRpc) return { raw: '{}', keys: [], isArray: false }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw invalidBody('Empty or invalid json')
  }
  if (Array.isArray(json)) {
    if (json.length === 0) return { raw: '[]', keys: [], isArray: true }
    const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
    const first = json[0]
    if (!isObject(first)) throw invalidBody('All object keys must match')
    const keys = Object.keys(first)
    const canonical = [...keys].sort().join('\u0000')
    for (const item of json) {
      if (!isObject(item) || Object.keys(item).sort().join('\u0000') !== canonical) {
        throw invalidBody('All object keys must match')
      }
    }
    return { raw: text, keys, isArray: true }
  }
  if (typeof json === 'object' && json !== null) return { raw: text, keys: Object.keys(json), isArray: false }
  // Any other JSON value is read as an empty array, as PostgREST does.
  return { raw: '[]', keys: [], isArray: true }
}
