import { randomBytes, randomUUID } from 'node:crypto'
import bcrypt from 'bcryptjs'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import type { HttpResponse, ServiceRequest } from '../http/types.ts'
import { bearerToken } from '../http/types.ts'
import type { JwtClaims, JwtKeys } from './jwt.ts'
import { authError, authJson } from './authResponses.ts'
import { userJson, type UserRow } from './userJson.ts'

export interface AuthHandlerOptions {
  /** `iss` of the access tokens, e.g. http://127.0.0.1:54321/auth/v1 (known once the server listens). */
  issuer: () => string
  accessTokenTtlSeconds?: number
  /** bcrypt cost; GoTrue uses 10. Tests may lower it. */
  bcryptCost?: number
}

export interface AuthHandler {
  handle(req: ServiceRequest): Promise<HttpResponse>
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const minPasswordLength = 6

type Db = PGlite | Transaction

/** GoTrue-compatible auth at /auth/v1: the calls supabase-js makes for email and password sessions. */
export function createAuthHandler(db: PGlite, jwt: JwtKeys, options: AuthHandlerOptions): AuthHandler {
  const ttl = options.accessTokenTtlSeconds ?? 3600
  const cost = options.bcryptCost ?? 10

  async function loadUser(q: Db, where: 'id' | 'email', value: string): Promise<UserRow | undefined> {
    const column = where === 'id' ? 'u.id = $1::uuid' : 'lower(u.email) = lower($1)'
    const { rows } = await q.query<UserRow>(
      `select u.*, coalesce((select json_agg(i order by i.created_at) from auth.identities i where i.user_id = u.id), '[]') as identities
       from auth.users u where ${column} and u.deleted_at is null`,
      [value],
    )
    return rows[0]
  }

  async function issueSession(q: Db, user: UserRow, sessionId: string, refreshToken: string): Promise<HttpResponse> {
    const now = Math.floor(Date.now() / 1000)
    const claims: JwtClaims = {
      iss: options.issuer(),
      sub: user.id,
      aud: 'authenticated',
      exp: now + ttl,
      iat: now,
      email: user.email ?? '',
      phone: user.phone ?? '',
      app_metadata: user.raw_app_meta_data ?? {},
      user_metadata: user.raw_user_meta_data ?? {},
      role: user.role ?? 'authenticated',
      aal: 'aal1',
      amr: [{ method: 'password', timestamp: now }],
      session_id: sessionId,
      is_anonymous: user.is_anonymous,
    }
    const fresh = await loadUser(q, 'id', user.id)
    return authJson(200, {
      access_token: await jwt.sign(claims),
      token_type: 'bearer',
      expires_in: ttl,
      expires_at: now + ttl,
      refresh_token: refreshToken,
      user: userJson(fresh ?? user),
    })
  }

  async function startSession(q: Db, user: UserRow): Promise<HttpResponse> {
    const sessionId = randomUUID()
    const token = newRefreshToken()
    await q.query(
      `insert into auth.sessions (id, user_id, created_at, updated_at, aal) values ($1, $2, now(), now(), 'aal1')`,
      [sessionId, user.id],
    )
    await q.query(
      `insert into auth.refresh_tokens (token, user_id, revoked, created_at, updated_at, session_id)
       values ($1, $2, false, now(), now(), $3)`,
      [token, user.id, sessionId],
    )
    await q.query(`update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1`, [user.id])
    return issueSession(q, user, sessionId, token)
  }

  async function signUp(body: Record<string, unknown>): Promise<HttpResponse> {
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : ''
    const password = typeof body.password === 'string' ? body.password : ''
    if (!email) return authError(400, 'validation_failed', 'Signup requires a valid password')
    if (!emailPattern.test(email)) return authError(400, 'validation_failed', 'Unable to validate email address: invalid format')
    const weak = checkPassword(password)
    if (weak) return weak
    const metadata = isObject(body.data) ? body.data : {}
    const hash = await bcrypt.hash(password, cost)
    return db.transaction(async (tx) => {
      if (await loadUser(tx, 'email', email)) return authError(422, 'user_already_exists', 'User already registered')
      const id = randomUUID()
      await tx.query(
        `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
           raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
           confirmation_token, recovery_token, email_change_token_new, email_change)
         values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, $3, now(),
           '{"provider":"email","providers":["email"]}', $4, now(), now(), '', '', '', '')`,
        [id, email, hash, JSON.stringify(metadata)],
      )
      await tx.query(
        `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
         values ($1, $2, $3, 'email', now(), now(), now())`,
        [id, id, JSON.stringify({ sub: id, email, email_verified: true, phone_verified: false })],
      )
      const user = (await loadUser(tx, 'id', id))!
      return startSession(tx, user)
    })
  }

  async function passwordGrant(body: Record<string, unknown>): Promise<HttpResponse> {
    const email = typeof body.email === 'string' ? body.email.trim() : ''
    const password = typeof body.password === 'string' ? body.password : ''
    if (!email || !password) return authError(400, 'validation_failed', 'missing email or phone')
    const user = await loadUser(db, 'email', email)
    const valid = user?.encrypted_password ? await bcrypt.compare(password, user.encrypted_password) : false
    if (!user || !valid) return authError(400, 'invalid_credentials', 'Invalid login credentials')
    if (user.banned_until && new Date(user.banned_until) > new Date()) return authError(400, 'user_banned', 'User is banned')
    return db.transaction((tx) => startSession(tx, user))
  }

  async function refreshGrant(body: Record<string, unknown>): Promise<HttpResponse> {
    const token = typeof body.refresh_token === 'string' ? body.refresh_token : ''
    if (!token) return authError(400, 'validation_failed', 'Refresh Token is missing')
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string; user_id: string; revoked: boolean; session_id: string }>(
        `select id, user_id, revoked, session_id from auth.refresh_tokens where token = $1 for update`,
        [token],
      )
      const row = rows[0]
      if (!row || !row.session_id) return authError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found')
      if (row.revoked) return authError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used')
      const user = await loadUser(tx, 'id', row.user_id)
      if (!user) return authError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found')
      const next = newRefreshToken()
      await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1`, [row.id])
      await tx.query(
        `insert into auth.refresh_tokens (token, user_id, revoked, created_at, updated_at, parent, session_id)
         values ($1, $2, false, now(), now(), $3, $4)`,
        [next, row.user_id, token, row.session_id],
      )
      await tx.query(`update auth.sessions set updated_at = now() where id = $1`, [row.session_id])
      return issueSession(tx, user, row.session_id, next)
    })
  }

  /** Resolves the bearer user as GoTrue does: a valid token whose user and session still exist. */
  async function authenticate(req: ServiceRequest): Promise<{ user: UserRow; claims: JwtClaims } | HttpResponse> {
    const token = bearerToken(req.headers)
    if (!token) return authError(401, 'no_authorization', 'This endpoint requires a Bearer token')
    const verified = await jwt.verify(token)
    if (!verified.ok) {
      const detail = verified.reason === 'expired' ? 'token has invalid claims: token is expired' : verified.message
      return authError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${detail}`)
    }
    const { claims } = verified
    if (typeof claims.sub !== 'string' || !claims.sub) return authError(403, 'bad_jwt', 'invalid claim: missing sub claim')
    if (!isUuid(claims.sub)) return authError(403, 'bad_jwt', 'invalid claim: sub claim must be a UUID')
    const user = await loadUser(db, 'id', claims.sub)
    if (!user) return authError(403, 'user_not_found', 'User from sub claim in JWT does not exist')
    if (typeof claims.session_id === 'string' && isUuid(claims.session_id)) {
      const { rows } = await db.query(`select 1 from auth.sessions where id = $1`, [claims.session_id])
      if (rows.length === 0) return authError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist')
    }
    return { user, claims }
  }

  async function updateUser(req: ServiceRequest, body: Record<string, unknown>): Promise<HttpResponse> {
    const auth = await authenticate(req)
    if ('status' in auth) return auth
    const { user } = auth
    const sets: string[] = []
    const params: unknown[] = [user.id]
    if (body.email !== undefined) {
      const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : ''
      if (!emailPattern.test(email)) return authError(400, 'validation_failed', 'Unable to validate email address: invalid format')
      const other = await loadUser(db, 'email', email)
      if (other && other.id !== user.id) return authError(422, 'email_exists', 'A user with this email address has already been registered')
      params.push(email)
      sets.push(`email = $${params.length}`)
    }
    if (body.password !== undefined) {
      const password = typeof body.password === 'string' ? body.password : ''
      const weak = checkPassword(password)
      if (weak) return weak
      if (user.encrypted_password && (await bcrypt.compare(password, user.encrypted_password))) {
        return authError(422, 'same_password', 'New password should be different from the old password.')
      }
      params.push(await bcrypt.hash(password, cost))
      sets.push(`encrypted_password = $${params.length}`)
    }
    if (body.data !== undefined) {
      if (!isObject(body.data)) return authError(400, 'validation_failed', 'data must be an object')
      params.push(JSON.stringify(body.data))
      sets.push(`raw_user_meta_data = coalesce(raw_user_meta_data, '{}'::jsonb) || $${params.length}::jsonb`)
    }
    if (sets.length > 0) {
      await db.query(`update auth.users set ${sets.join(', ')}, updated_at = now() where id = $1`, params)
    }
    return authJson(200, userJson((await loadUser(db, 'id', user.id))!))
  }

  async function logout(req: ServiceRequest): Promise<HttpResponse> {
    const auth = await authenticate(req)
    if ('status' in auth) return auth
    const scope = new URLSearchParams(req.search).get('scope') ?? 'global'
    const sessionId = typeof auth.claims.session_id === 'string' ? auth.claims.session_id : null
    if (scope === 'local') {
      await db.query(`delete from auth.sessions where id = $1`, [sessionId])
    } else if (scope === 'others') {
      await db.query(`delete from auth.sessions where user_id = $1 and id is distinct from $2`, [auth.user.id, sessionId])
    } else if (scope === 'global') {
      await db.query(`delete from auth.sessions where user_id = $1`, [auth.user.id])
    } else {
      return authError(400, 'validation_failed', `Unsupported logout scope "${scope}"`)
    }
    return { status: 204, headers: { 'x-supabase-api-version': '2024-01-01' } }
  }

  function checkPassword(password: string): HttpResponse | undefined {
    if (password.length >= minPasswordLength) return undefined
    return authJson(422, {
      code: 'weak_password',
      message: `Password should be at least ${minPasswordLength} characters.`,
      weak_password: { reasons: ['length'] },
    })
  }

  return {
    async handle(req) {
      const route = `${req.method} ${req.path.replace(/\/+$/, '') || '/'}`
      if (route === 'GET /health') return authJson(200, { version: 'callboard-embedded', name: 'GoTrue' })
      if (route === 'GET /settings') {
        return authJson(200, { external: { email: true, phone: false }, disable_signup: false, mailer_autoconfirm: true })
      }
      if (route === 'GET /user') {
        const auth = await authenticate(req)
        return 'status' in auth ? auth : authJson(200, userJson(auth.user))
      }
      if (route === 'POST /logout') return logout(req)
      const isBodyRoute = route === 'POST /signup' || route === 'POST /token' || route === 'PUT /user'
      if (!isBodyRoute) return authError(404, 'not_found', 'Not Found')
      const body = parseBody(req.body)
      if (!body) return authError(400, 'bad_json', 'Could not parse request body as JSON')
      if (route === 'POST /signup') return signUp(body)
      if (route === 'PUT /user') return updateUser(req, body)
      const grant = new URLSearchParams(req.search).get('grant_type')
      if (grant === 'password') return passwordGrant(body)
      if (grant === 'refresh_token') return refreshGrant(body)
      return authError(400, 'validation_failed', `unsupported_grant_type: ${grant ?? '(none)'}`)
    },
  }
}

function newRefreshToken(): string {
  return randomBytes(24).toString('base64url')
}

function parseBody(body: string | undefined): Record<string, unknown> | undefined {
  if (!body) return {}
  try {
    const value: unknown = JSON.parse(body)
    return isObject(value) ? value : undefined
  } catch {
    return undefined
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}
