import type { IncomingMessage } from 'node:http'

const allowHeaders =
  'authorization, x-client-info, apikey, content-type, prefer, range, range-unit, accept-profile, content-profile, ' +
  'x-supabase-api-version, x-retry-count, accept'
const exposeHeaders = 'content-range, content-location, location, preference-applied, x-supabase-api-version'

/**
 * Supabase answers every origin (its APIs authenticate by bearer token, never by cookie). The embedded backend
 * is stricter: loopback origins (the app and the Vite dev server) and those listed in CALLBOARD_CORS_ORIGINS.
 */
export function corsHeaders(req: IncomingMessage, extraOrigins: readonly string[]): Record<string, string> {
  const origin = req.headers.origin
  if (!origin || !isAllowed(origin, extraOrigins)) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': allowHeaders,
    'access-control-expose-headers': exposeHeaders,
    'access-control-max-age': '3600',
    vary: 'Origin',
  }
}

function isAllowed(origin: string, extraOrigins: readonly string[]): boolean {
  if (extraOrigins.includes('*') || extraOrigins.includes(origin)) return true
  try {
    const host = new URL(origin).hostname
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]'
  } catch {
    return false
  }
}
