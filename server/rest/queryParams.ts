import { ParseError, queryParamError } from './errors'
import { parseLogicKey, parseLogicTree, parseOpExpr, parseTreePath } from './filterParser'
import { Cursor, expectEnd, fieldName } from './grammar'
import { parseOrder } from './orderParser'
import { rangeFromParams } from './range'
import { parseSelect } from './selectParser'
import type { QueryParams } from './types'

// Splits the query string like PostgREST's http-types `parseQueryReplacePlus True` ('+' is a space, bad
// percent escapes stay literal, a key without '=' is ignored) and sorts the pairs into select / filters /
// logic / order / limit / offset / columns / on_conflict. Deliberate differences, so that hand-written
// hostile URLs get a clear 400 instead of being half-read: only '&' separates pairs (http-types also
// splits on ';', which URLSearchParams always escapes), and bad percent escapes and non-numeric
// limit/offset are PGRST100 errors (PostgREST keeps the former literally and ignores the latter).

/**
 * Form decoding. Lenient (paths): invalid escapes are kept as-is and invalid UTF-8 becomes U+FFFD, as
 * http-types does. Strict (query strings): both throw ParseError, so the request gets a 400.
 */
export function formDecode(s: string, strict = false): string {
  const plus = s.replace(/\+/g, ' ')
  if (!plus.includes('%')) return plus
  const bytes: number[] = []
  const enc = new TextEncoder()
  for (let i = 0; i < plus.length; ) {
    const ch = plus.charCodeAt(i)
    if (ch === 37 && /^[0-9a-fA-F]{2}$/.test(plus.slice(i + 1, i + 3))) {
      bytes.push(parseInt(plus.slice(i + 1, i + 3), 16))
      i += 3
      continue
    }
    if (ch === 37 && strict) throw new ParseError(i + 1, 'invalid percent-encoding')
    const c = String.fromCodePoint(plus.codePointAt(i) as number)
    bytes.push(...enc.encode(c))
    i += c.length
  }
  try {
    return new TextDecoder('utf-8', { fatal: strict }).decode(new Uint8Array(bytes))
  } catch {
    throw new ParseError(1, 'percent-encoded bytes are not valid UTF-8')
  }
}

/** Splits a query string into decoded pairs; bad escapes or UTF-8 are a 400 PGRST100. */
export function splitQuery(search: string): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const q = search.startsWith('?') ? search.slice(1) : search
  if (q === '') return out
  for (const part of q.split('&')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    out.push(wrap('query string', part, () => [formDecode(part.slice(0, eq), true), formDecode(part.slice(eq + 1), true)]))
  }
  return out
}

function wrap<T>(what: string, input: string, parse: () => T): T {
  try {
    return parse()
  } catch (e) {
    if (e instanceof ParseError) throw queryParamError(what, input, e)
    throw e
  }
}

function columnList(input: string): string[] {
  const c = new Cursor(input)
  const cols: string[] = []
  for (;;) {
    c.skipSpaces()
    cols.push(fieldName(c))
    c.skipSpaces()
    if (!c.eat(',')) break
  }
  expectEnd(c)
  return cols
}

const lastSegment = (key: string): string => key.slice(key.lastIndexOf('.') + 1)
const pathOf = (key: string): string[] => (key.includes('.') ? key.split('.').slice(0, -1) : [])

/** Parses every query parameter; `isRpcRead` makes operator-less parameters RPC arguments (GET /rpc/fn?a=1). */
export function parseQueryParams(search: string, isRpcRead: boolean): QueryParams {
  const pairs = splitQuery(search)
  const params: QueryParams = { select: [], filters: [], logic: [], order: [], ranges: new Map(), rpcArgs: [], rootFilterFields: [] }
  let select: string | undefined
  const limits = new Map<string, string>()
  const offsets = new Map<string, string>()
  const orderSeen = new Set<string>()

  for (const [key, value] of pairs) {
    if (key === 'select') {
      select ??= value
      continue
    }
    if (key === 'columns') {
      params.columns ??= wrap('columns parameter', value, () => columnList(value))
      continue
    }
    if (key === 'on_conflict') {
      params.onConflict ??= wrap('on_conflict parameter', value, () => columnList(value))
      continue
    }
    const last = lastSegment(key)
    if (last === 'order') {
      const path = pathOf(key)
      const terms = wrap('order', value, () => parseOrder(value))
      if (!orderSeen.has(path.join('.'))) params.order.push({ path, terms })
      orderSeen.add(path.join('.'))
    } else if (last === 'limit') {
      limits.set(pathOf(key).join('.'), value)
    } else if (last === 'offset') {
      offsets.set(pathOf(key).join('.'), value)
    } else if (last === 'and' || last === 'or') {
      const { path, negated, op } = wrap('logic path', key, () => parseLogicKey(key))
      params.logic.push({ path, tree: wrap('logic tree', value, () => parseLogicTree(op, negated, value)) })
    } else {
      const { path, field } = wrap('tree path', key, () => parseTreePath(key))
      if (path.length === 0) params.rootFilterFields.push(field.name)
      if (isRpcRead && path.length === 0) {
        let expr
        try {
          expr = parseOpExpr(value)
        } catch (e) {
          if (!(e instanceof ParseError)) throw e
        }
        if (expr) params.filters.push({ path, filter: { field, expr } })
        else params.rpcArgs.push([key, value])
        continue
      }
      params.filters.push({ path, filter: { field, expr: wrap('filter', value, () => parseOpExpr(value)) } })
    }
  }
  for (const [what, values] of [['limit', limits], ['offset', offsets]] as const) {
    for (const value of values.values()) {
      if (!/^\s*-?\d+\s*$/.test(value)) {
        throw queryParamError(`${what} parameter`, value, new ParseError(1, `unexpected "${value.charAt(0)}" expecting digit`))
      }
    }
  }
  for (const key of new Set([...limits.keys(), ...offsets.keys()])) {
    params.ranges.set(key, rangeFromParams(limits.get(key), offsets.get(key)))
  }
  const sel = select ?? '*'
  params.select = wrap('select parameter', sel, () => parseSelect(sel))
  return params
}
