/** A request as the service handlers see it: parsed once by the HTTP layer, body already size-limited. */
export interface ServiceRequest {
  method: string
  /** The path below the service prefix, e.g. "/token" for /auth/v1/token. */
  path: string
  /** The raw query string without '?'. */
  search: string
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>
  body: string | undefined
}

export interface HttpResponse {
  status: number
  headers: Record<string, string>
  body?: string
}

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  }
}

export function bearerToken(headers: Record<string, string | undefined>): string | undefined {
  const value = headers.authorization
  if (!value) return undefined
  const match = /^bearer\s+(.+)$/i.exec(value.trim())
  return match?.[1]?.trim()
}
