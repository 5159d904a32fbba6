import { RestError } from './errors'
import type { Range } from './types'

// Paging as PostgREST does it (RangeQuery.hs): `limit`/`offset` per embed level, the `Range: a-b` header on
// GET for the top level, and the `Content-Range`/status computed from the page size and the optional total.

export const ALL_ROWS: Range = { offset: 0, limit: null }

/** Builds a range from the raw `limit`/`offset` values; unparsable values are ignored like PostgREST's readMaybe. */
export function rangeFromParams(limit: string | undefined, offset: string | undefined): Range {
  const l = limit !== undefined && /^-?\d+$/.test(limit.trim()) ? Number(limit) : null
  const o = offset !== undefined && /^-?\d+$/.test(offset.trim()) ? Number(offset) : 0
  return { offset: o, limit: l }
}

/** `Range: 0-9` (items). A malformed header means "all rows", as in PostgREST. */
export function parseRangeHeader(header: string | undefined): { lower: number; upper: number | null } | undefined {
  if (!header) return undefined
  const m = /^(\d+)-(\d*)$/.exec(header.trim().replace(/^items=/, ''))
  if (!m) return undefined
  return { lower: Number(m[1]), upper: m[2] === '' ? null : Number(m[2]) }
}

/**
 * The top-level range: the intersection of `limit`/`offset` with the Range header. `limit=0` is allowed and
 * means an empty page; any other empty range is a 416 PGRST103.
 */
export function topLevelRange(params: Range, header: ReturnType<typeof parseRangeHeader>): Range {
  if (params.limit !== null && params.limit < 0) throw invalidRange('Limit should be greater than or equal to zero.')
  if (params.limit === 0) return { offset: 0, limit: 0 }
  let lower = params.offset
  let upper = params.limit === null ? null : params.offset + params.limit - 1
  if (header) {
    if (header.upper !== null && header.upper < header.lower) {
      throw invalidRange('The lower boundary must be lower than or equal to the upper boundary in the Range header.')
    }
    lower = Math.max(lower, header.lower)
    if (header.upper !== null) upper = upper === null ? header.upper : Math.min(upper, header.upper)
  }
  if (upper !== null && upper < lower) {
    throw invalidRange('The lower boundary must be lower than or equal to the upper boundary in the Range header.')
  }
  return { offset: lower, limit: upper === null ? null : upper - lower + 1 }
}

export function restrictRange(range: Range, maxRows: number | undefined): Range {
  if (maxRows === undefined || range.limit === 0) return range
  return { offset: range.offset, limit: range.limit === null ? maxRows : Math.min(range.limit, maxRows) }
}

function invalidRange(details: string): RestError {
  return new RestError(416, 'PGRST103', 'Requested range not satisfiable', details)
}

export function contentRange(lower: number, upper: number, total: number | null): string {
  const range = total !== 0 && lower <= upper ? `${lower}-${upper}` : '*'
  return `${range}/${total === null ? '*' : total}`
}

/** Status and Content-Range of a read: 206 when counted and partial, 416 when the offset passes the total. */
export function rangeStatus(range: Range, pageTotal: number, total: number | null): { status: number; contentRange: string } {
  const lower = range.offset
  const upper = lower + pageTotal - 1
  let status = 200
  if (total !== null) {
    if (lower > total) status = 416
    else if (1 + upper - lower < total) status = 206
  }
  return { status, contentRange: contentRange(lower, upper, total) }
}

export function outOfBounds(range: Range, total: number | null): RestError {
  return new RestError(
    416,
    'PGRST103',
    'Requested range not satisfiable',
    `An offset of ${range.offset} was requested, but there are only ${total ?? 0} rows.`,
  )
}
