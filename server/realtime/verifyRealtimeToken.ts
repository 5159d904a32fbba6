import type { JwtClaims, JwtKeys } from '../auth/jwt.ts'

export interface RealtimeToken {
  token: string
  claims: JwtClaims
  role: string
  /** Seconds since the epoch. */
  exp: number
}

export type TokenCheck = { ok: true; value: RealtimeToken } | { ok: false; code: string; message: string; expired?: boolean }

/** The roles the database grants to the API; a token naming any other role is refused, as the REST gateway does. */
const API_ROLES = new Set(['anon', 'authenticated', 'service_role'])

/**
 * Realtime's token check (ChannelsAuthorization.authorize_conn): a JWT signed with the project's secret that
 * carries `role` and `exp`, not yet expired. Codes and messages are realtime's, e.g.
 * "InvalidJWTToken: Token has expired 12 seconds ago".
 */
export async function verifyRealtimeToken(jwt: JwtKeys, token: unknown, now = Date.now()): Promise<TokenCheck> {
  if (typeof token !== 'string' || token === '') {
    return { ok: false, code: 'MalformedJWT', message: 'The token provided is not a valid JWT' }
  }
  const cleaned = token.replace(/\s/g, '')
  const peeked = peekClaims(cleaned)
  if (!peeked) return { ok: false, code: 'MalformedJWT', message: 'The token provided is not a valid JWT' }
  const verified = await jwt.verify(cleaned)
  if (!verified.ok) {
    if (verified.reason === 'expired' && typeof peeked.exp === 'number') {
      const ago = Math.max(0, Math.floor(now / 1000) - Math.round(peeked.exp))
      return { ok: false, code: 'InvalidJWTToken', message: `Token has expired ${ago} seconds ago`, expired: true }
    }
    return { ok: false, code: 'JwtSignatureError', message: 'Failed to validate JWT signature' }
  }
  const { role, exp } = verified.claims
  if (typeof role !== 'string' || typeof exp !== 'number') {
    return { ok: false, code: 'InvalidJWTToken', message: 'Fields `role` and `exp` are required in JWT' }
  }
  if (exp * 1000 <= now) {
    return { ok: false, code: 'InvalidJWTToken', message: `Token has expired ${Math.floor(now / 1000) - Math.round(exp)} seconds ago`, expired: true }
  }
  if (!API_ROLES.has(role)) {
    return { ok: false, code: 'InvalidJWTToken', message: `JWT role ${JSON.stringify(role)} is not an API role` }
  }
  return { ok: true, value: { token: cleaned, claims: verified.claims, role, exp: Math.round(exp) } }
}

function peekClaims(token: string): JwtClaims | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as unknown
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown
    if (typeof header !== 'object' || header === null || typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
      return undefined
    }
    return claims as JwtClaims
  } catch {
    return undefined
  }
}

/**
 * verifyRealtimeToken with a memory of tokens that passed: every join and rejoin presents the same few tokens
 * (the API key, each user's session), and an HMAC check costs about 0.7 ms. A remembered token is still
 * refused once it expires. Bounded; the oldest entry goes first.
 */
export class TokenVerifier {
  private readonly verified = new Map<string, RealtimeToken>()

  constructor(
    private readonly jwt: JwtKeys,
    private readonly capacity = 2000,
  ) {}

  async verify(token: unknown, now = Date.now()): Promise<TokenCheck> {
    if (typeof token === 'string') {
      const known = this.verified.get(token)
      if (known && known.exp * 1000 > now) return { ok: true, value: known }
    }
    const result = await verifyRealtimeToken(this.jwt, token, now)
    if (result.ok && typeof token === 'string') {
      if (this.verified.size >= this.capacity) this.verified.delete(this.verified.keys().next().value!)
      this.verified.set(token, result.value)
    }
    return result
  }
}
