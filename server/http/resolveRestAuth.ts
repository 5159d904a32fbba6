import type { JwtClaims, JwtKeys } from '../auth/jwt.ts'
import type { HttpResponse } from './types.ts'
import { bearerToken, jsonResponse } from './types.ts'

export type RestAuth = { role: string; claims: JwtClaims }

/**
 * PostgREST's JWT step: the bearer token (supabase-js sends the anon key when signed out) is verified and its
 * `role` claim becomes the database role. Failures answer 401 with PostgREST's codes and a WWW-Authenticate header.
 */
export async function resolveRestAuth(
  headers: Record<string, string | undefined>,
  jwt: JwtKeys,
): Promise<RestAuth | HttpResponse> {
  const token = bearerToken(headers) ?? headers.apikey
  if (!token) return { role: 'anon', claims: { role: 'anon' } }
  const parts = token.split('.').length
  if (parts !== 3) return jwtError('PGRST301', `Expected 3 parts in JWT; got ${parts}`)
  const verified = await jwt.verify(token)
  if (!verified.ok) {
    return verified.reason === 'expired' ? jwtError('PGRST303', 'JWT expired') : jwtError('PGRST301', 'JWSError JWSInvalidSignature')
  }
  const role = verified.claims.role
  if (typeof role !== 'string' || !allowedRoles.has(role)) {
    return jwtError('PGRST303', `JWT role ${JSON.stringify(role ?? null)} is not an API role`)
  }
  return { role, claims: verified.claims }
}

/** The roles the bootstrap grants to `authenticator`; a token naming any other role is refused before SQL. */
const allowedRoles = new Set(['anon', 'authenticated', 'service_role'])

function jwtError(code: string, message: string): HttpResponse {
  return jsonResponse(
    401,
    { code, details: null, hint: null, message },
    { 'www-authenticate': `Bearer error="invalid_token", error_description="${message.replace(/"/g, "'")}"` },
  )
}
