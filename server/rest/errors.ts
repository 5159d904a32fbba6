import type { HttpResponse } from './createRestHandler'

/** An error PostgREST reports with a fixed status and `{code, message, details, hint}` body. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** A string, or JSON (PGRST201 lists the candidate relationships). */
    readonly details: unknown = null,
    readonly hint: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'RestError'
  }
}

/** Raised by the small parsers with the column where parsing stopped; turned into PGRST100 by the caller. */
export class ParseError extends Error {
  constructor(
    readonly column: number,
    readonly details: string,
  ) {
    super(details)
  }
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'

export function errorBody(code: string, message: string, details: unknown, hint: string | null): string {
  return JSON.stringify({ code, message, details, hint })
}

export function restErrorResponse(err: RestError): HttpResponse {
  return {
    status: err.status,
    headers: { 'Content-Type': JSON_CONTENT_TYPE, ...err.headers },
    body: errorBody(err.code, err.message, err.details, err.hint),
  }
}

// ---- PostgREST's own errors -------------------------------------------------------------------------

export const queryParamError = (what: string, input: string, e: ParseError): RestError =>
  new RestError(400, 'PGRST100', `"failed to parse ${what} (${input})" (line 1, column ${e.column})`, e.details)

export const invalidBody = (message: string): RestError => new RestError(400, 'PGRST102', message)

export const tableNotFound = (schema: string, name: string, hint: string | null): RestError =>
  new RestError(404, 'PGRST205', `Could not find the table '${schema}.${name}' in the schema cache`, null, hint)

export const columnNotFound = (table: string, column: string): RestError =>
  new RestError(400, 'PGRST204', `Could not find the '${column}' column of '${table}' in the schema cache`)

/** PostgREST leaves unknown columns in select/filter/order to Postgres; this is the error Postgres gives. */
export const undefinedColumn = (relation: string, column: string): RestError =>
  new RestError(400, '42703', `column ${relation}.${column} does not exist`)

export const undefinedType = (name: string): RestError =>
  new RestError(400, '42704', `type "${name}" does not exist`)

export const notEmbedded = (name: string): RestError =>
  new RestError(
    400,
    'PGRST108',
    `'${name}' is not an embedded resource in this request`,
    null,
    `Verify that '${name}' is included in the 'select' query parameter.`,
  )

export const singularityError = (rows: number): RestError =>
  new RestError(406, 'PGRST116', 'Cannot coerce the result to a single JSON object', `The result contains ${rows} rows`)

export const aggregatesNotAllowed = (): RestError =>
  new RestError(400, 'PGRST123', 'Use of aggregate functions is not allowed')

export const notImplemented = (details: string): RestError =>
  new RestError(400, 'PGRST127', 'Feature not implemented', details)

// ---- Errors raised by Postgres ----------------------------------------------------------------------

interface PgLikeError {
  code?: unknown
  message?: unknown
  detail?: unknown
  hint?: unknown
}

function isPgError(e: unknown): e is PgLikeError & { code: string } {
  return typeof e === 'object' && e !== null && typeof (e as PgLikeError).code === 'string'
}

/** The HTTP status PostgREST gives a Postgres SQLSTATE (Error.hs `mapSQLtoHTTP`). */
export function statusForSqlState(code: string, message: string, authenticated: boolean): number {
  const p2 = code.slice(0, 2)
  switch (code) {
    case '23503':
    case '23505':
      return 409
    case '25006':
      return 405
    case '21000':
      return message.endsWith('requires a WHERE clause') ? 400 : 500
    case '22023':
      return message.startsWith('role') && message.endsWith('does not exist') ? 401 : 400
    case '53400':
      return 500
    case '57P01':
      return 503
    case 'P0001':
      return 400
    case '42883':
      return message.startsWith('function xmlagg(') ? 406 : 404
    case '42P01':
      return 404
    case '42P17':
      return 500
    case '42501':
      return authenticated ? 403 : 401
  }
  switch (p2) {
    case '08':
      return 503
    case '09':
      return 500
    case '0L':
    case '0P':
      return 403
    case '25':
      return 500
    case '28':
      return 403
    case '2D':
    case '38':
    case '39':
    case '3B':
    case '40':
      return 500
    case '53':
      return 503
    case '54':
    case '55':
    case '57':
    case '58':
    case 'F0':
    case 'HV':
    case 'P0':
    case 'XX':
      return 500
    case 'PT': {
      const n = Number(code.slice(2))
      return Number.isInteger(n) && n >= 100 && n <= 599 ? n : 500
    }
  }
  return 400
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

/** `RAISE SQLSTATE 'PGRST' USING message = '{json}', detail = '{json}'` gives full control of the response. */
function raisePgrst(message: string, detail: string | null): HttpResponse {
  try {
    const m = JSON.parse(message) as Record<string, unknown>
    if (typeof m.code !== 'string' || typeof m.message !== 'string') throw new Error('message')
    if (detail === null) {
      return restErrorResponse(
        new RestError(
          500,
          'PGRST121',
          'Could not parse JSON in the "RAISE SQLSTATE \'PGRST\'" error',
          'DETAIL is missing in the RAISE statement',
          "DETAIL must be a JSON object with obligatory keys: 'status', 'headers' and optional key: 'status_text'.",
        ),
      )
    }
    const d = JSON.parse(detail) as Record<string, unknown>
    if (typeof d.status !== 'number' || typeof d.headers !== 'object' || d.headers === null) throw new Error('detail')
    const headers: Record<string, string> = { 'Content-Type': JSON_CONTENT_TYPE }
    for (const [k, v] of Object.entries(d.headers as Record<string, unknown>)) headers[k] = String(v)
    return {
      status: d.status,
      headers,
      body: errorBody(m.code, m.message, str(m.details), str(m.hint)),
    }
  } catch (e) {
    const which = (e as Error).message === 'detail' ? 'DETAIL' : 'MESSAGE'
    const value = which === 'DETAIL' ? detail : message
    return restErrorResponse(
      new RestError(
        500,
        'PGRST121',
        'Could not parse JSON in the "RAISE SQLSTATE \'PGRST\'" error',
        `Invalid JSON value for ${which}: '${value ?? ''}'`,
        which === 'DETAIL'
          ? "DETAIL must be a JSON object with obligatory keys: 'status', 'headers' and optional key: 'status_text'."
          : "MESSAGE must be a JSON object with obligatory keys: 'code', 'message' and optional keys: 'details', 'hint'.",
      ),
    )
  }
}

/** Turns anything thrown while handling a request into a PostgREST-shaped response. Never throws. */
export function errorToResponse(e: unknown, role: string): HttpResponse {
  if (e instanceof RestError) return restErrorResponse(e)
  if (isPgError(e)) {
    const message = typeof e.message === 'string' ? e.message : String(e.message)
    if (e.code === 'PGRST') return raisePgrst(message, str(e.detail))
    const status = statusForSqlState(e.code, message, role !== 'anon')
    const headers: Record<string, string> = { 'Content-Type': JSON_CONTENT_TYPE }
    if (status === 401) headers['WWW-Authenticate'] = 'Bearer'
    return { status, headers, body: errorBody(e.code, message, str(e.detail), str(e.hint)) }
  }
  const message = e instanceof Error ? e.message : String(e)
  return {
    status: 500,
    headers: { 'Content-Type': JSON_CONTENT_TYPE },
    body: errorBody('PGRSTX00', message, null, null),
  }
}
