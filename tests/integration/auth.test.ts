import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../server/startBackend.ts'
import { DEMO_PASSWORD, clientFor, emails, ids, signedInClient, startTestBackend } from '../support/testBackend.ts'

let backend: Backend

beforeAll(async () => {
  backend = await startTestBackend()
})
afterAll(async () => {
  await backend?.close()
})

describe('auth (GoTrue-compatible) through supabase-js', () => {
  it('signs up a new user, auto-confirmed, with a session and a profile', async () => {
    const client = clientFor(backend)
    const { data, error } = await client.auth.signUp({
      email: 'dana@northstar.test',
      password: 'stage-left-42',
      options: { data: { full_name: 'Dana Lee' } },
    })
    expect(error).toBeNull()
    expect(data.session?.access_token).toBeTruthy()
    expect(data.user?.email).toBe('dana@northstar.test')
    expect(data.user?.user_metadata.full_name).toBe('Dana Lee')
    expect(data.user?.email_confirmed_at).toBeTruthy()
    const profile = await client.from('profiles').select('id, full_name').eq('id', data.user!.id).single()
    expect(profile.error).toBeNull()
    expect(profile.data?.full_name).toBe('Dana Lee')
  })

  it('refuses a second sign-up with the same email, and a short password', async () => {
    const client = clientFor(backend)
    const dup = await client.auth.signUp({ email: emails.bob, password: 'whatever-123' })
    expect(dup.error?.status).toBe(422)
    expect(dup.error?.code).toBe('user_already_exists')
    const weak = await client.auth.signUp({ email: 'weak@northstar.test', password: '123' })
    expect(weak.error?.status).toBe(422)
    expect(weak.error?.code).toBe('weak_password')
  })

  it('signs in a seeded user whose password was hashed by pgcrypto', async () => {
    const client = clientFor(backend)
    const { data, error } = await client.auth.signInWithPassword({ email: emails.alice, password: DEMO_PASSWORD })
    expect(error).toBeNull()
    expect(data.user?.id).toBe(ids.alice)
    const claims = JSON.parse(Buffer.from(data.session!.access_token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>
    expect(claims).toMatchObject({ sub: ids.alice, role: 'authenticated', aud: 'authenticated', email: emails.alice, aal: 'aal1' })
    expect(claims.iss).toBe(`${backend.url}/auth/v1`)
    expect(typeof claims.session_id).toBe('string')
  })

  it('answers a wrong password with 400 invalid_credentials', async () => {
    const { data, error } = await clientFor(backend).auth.signInWithPassword({ email: emails.alice, password: 'nope-nope' })
    expect(data.session).toBeNull()
    expect(error?.status).toBe(400)
    expect(error?.code).toBe('invalid_credentials')
    expect(error?.message).toBe('Invalid login credentials')
  })

  it('rotates refresh tokens and refuses the old one', async () => {
    const client = await signedInClient(backend, 'bob')
    const first = (await client.auth.getSession()).data.session!
    const refreshed = await client.auth.refreshSession()
    expect(refreshed.error).toBeNull()
    expect(refreshed.data.session!.refresh_token).not.toBe(first.refresh_token)
    const reuse = await clientFor(backend).auth.refreshSession({ refresh_token: first.refresh_token })
    expect(reuse.error?.code).toBe('refresh_token_already_used')
    const unknown = await clientFor(backend).auth.refreshSession({ refresh_token: 'not-a-token' })
    expect(unknown.error?.code).toBe('refresh_token_not_found')
  })

  it('returns the user for a session and updates metadata and password', async () => {
    const client = await signedInClient(backend, 'carol')
    const me = await client.auth.getUser()
    expect(me.error).toBeNull()
    expect(me.data.user?.email).toBe(emails.carol)
    const updated = await client.auth.updateUser({ data: { pronouns: 'she/her' } })
    expect(updated.error).toBeNull()
    expect(updated.data.user?.user_metadata).toMatchObject({ pronouns: 'she/her', full_name: 'Carol Jensen' })
    const password = await client.auth.updateUser({ password: 'new-carol-pass' })
    expect(password.error).toBeNull()
    const again = await clientFor(backend).auth.signInWithPassword({ email: emails.carol, password: 'new-carol-pass' })
    expect(again.error).toBeNull()
    const old = await clientFor(backend).auth.signInWithPassword({ email: emails.carol, password: DEMO_PASSWORD })
    expect(old.error?.code).toBe('invalid_credentials')
  })

  it('signs out: the session and its refresh token stop working', async () => {
    const client = await signedInClient(backend, 'mallory')
    const session = (await client.auth.getSession()).data.session!
    const { error } = await client.auth.signOut()
    expect(error).toBeNull()
    expect((await client.auth.getSession()).data.session).toBeNull()
    const other = clientFor(backend)
    const refresh = await other.auth.refreshSession({ refresh_token: session.refresh_token })
    expect(refresh.error?.status).toBe(400)
    // GoTrue answers 403 session_not_found, which auth-js surfaces as AuthSessionMissingError.
    const user = await other.auth.getUser(session.access_token)
    expect(user.data.user).toBeNull()
    expect(user.error?.name).toBe('AuthSessionMissingError')
    const raw = await fetch(`${backend.url}/auth/v1/user`, {
      headers: { apikey: backend.anonKey, authorization: `Bearer ${session.access_token}` },
    })
    expect(raw.status).toBe(403)
    expect(((await raw.json()) as { code: string }).code).toBe('session_not_found')
  })
})
