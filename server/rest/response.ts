import type { HttpResponse } from './createRestHandler'
import { JSON_CONTENT_TYPE, RestError, singularityError } from './errors'
import type { MainResult } from './executor'
import type { OutputFormat } from './mediaType'
import { preferenceApplied, type AppliedKind, type Preferences } from './preferParser'

// Response assembly shared by reads, writes and RPC (Response.hs): headers PostgREST always sends,
// the singular-object and max-affected checks, and the `response.headers`/`response.status` overrides.

export interface ResponseContext {
  prefs: Preferences
  schema: string
  negotiatedByProfile: boolean
}

export function column(result: MainResult, name: string): string | null {
  const i = result.columns.indexOf(name)
  return i < 0 ? null : (result.row[i] ?? null)
}

export const pageTotalOf = (r: MainResult): number => Number(column(r, 'page_total') ?? 0)

export function totalOf(r: MainResult): number | null {
  const t = column(r, 'total_result_set')
  return t === null || t === '' ? null : Number(t)
}

/** Throws inside the transaction so a failed check rolls it back, as PostgREST's `condemn` does. */
export function checkSingular(format: OutputFormat, r: MainResult): void {
  const n = pageTotalOf(r)
  if (format.kind === 'single' && n !== 1) throw singularityError(n)
}

export function checkMaxAffected(prefs: Preferences, r: MainResult): void {
  const n = pageTotalOf(r)
  if (prefs.handling === 'strict' && prefs.maxAffected !== undefined && n > prefs.maxAffected) {
    throw new RestError(400, 'PGRST124', 'Query result exceeds max-affected preference constraint', `The query affects ${n} rows`)
  }
}

export function checkStrictPrefs(prefs: Preferences): void {
  if (prefs.handling === 'strict' && prefs.invalid.length > 0) {
    throw new RestError(
      400,
      'PGRST122',
      'Invalid preferences given with handling=strict',
      `Invalid preferences: ${prefs.invalid.join(', ')}`,
    )
  }
}

export function commonHeaders(
  ctx: ResponseContext,
  kind: AppliedKind,
  resolutionApplies = false,
): Record<string, string> {
  const headers: Record<string, string> = {}
  const applied = preferenceApplied(ctx.prefs, kind, resolutionApplies)
  if (applied) headers['Preference-Applied'] = applied
  return headers
}

export function contentHeaders(ctx: ResponseContext, contentType: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': contentType }
  if (ctx.negotiatedByProfile) headers['Content-Profile'] = ctx.schema
  return headers
}

/** Applies `response.headers` (a JSON array of one-key objects) and `response.status` set by SQL. */
export function withGucOverrides(resp: HttpResponse, r: MainResult): HttpResponse {
  const rawHeaders = column(r, 'response_headers')
  const rawStatus = column(r, 'response_status')
  if (rawHeaders === null && rawStatus === null) return resp
  const headers = { ...resp.headers }
  if (rawHeaders !== null) {
    let parsed: unknown
    try {
      parsed = JSON.parse(rawHeaders)
    } catch {
      parsed = undefined
    }
    const valid =
      Array.isArray(parsed) &&
      parsed.every(
        (h) => typeof h === 'object' && h !== null && Object.keys(h).length === 1 && typeof Object.values(h)[0] === 'string',
      )
    if (!valid) {
      throw new RestError(
        500,
        'PGRST111',
        'response.headers guc must be a JSON array composed of objects with a single key and a string value',
      )
    }
    for (const h of parsed as Array<Record<string, string>>) {
      const [k, v] = Object.entries(h)[0] as [string, string]
      for (const existing of Object.keys(headers)) if (existing.toLowerCase() === k.toLowerCase()) delete headers[existing]
      headers[k] = v
    }
  }
  let status = resp.status
  if (rawStatus !== null) {
    const n = /^\d+$/.test(rawStatus.trim()) ? Number(rawStatus) : NaN
    if (!Number.isInteger(n) || n < 100 || n > 999) {
      throw new RestError(500, 'PGRST112', 'response.status guc must be a valid status code')
    }
    status = n
  }
  return { ...resp, status, headers }
}

export function jsonError(status: number, err: RestError): HttpResponse {
  return {
    status,
    headers: { 'Content-Type': JSON_CONTENT_TYPE },
    body: JSON.stringify({ code: err.code, message: err.message, details: err.details, hint: err.hint }),
  }
}
