import type { HttpResponse } from '../http/types.ts'
import { jsonResponse } from '../http/types.ts'

/**
 * GoTrue marks every response with its API version; auth-js reads the `code` of an error body only when this
 * header is at least 2024-01-01, and falls back to legacy `{error_code, msg}` parsing otherwise.
 */
const apiVersionHeader = { 'x-supabase-api-version': '2024-01-01' }

export function authJson(status: number, value: unknown): HttpResponse {
  return jsonResponse(status, value, apiVersionHeader)
}

export function authError(status: number, code: string, message: string): HttpResponse {
  return authJson(status, { code, message })
}
