import { describe, expect, it } from 'vitest'
import { JwtKeys } from '../auth/jwt.ts'
import { TokenVerifier, verifyRealtimeToken } from './verifyRealtimeToken.ts'

const secret = 'a-test-secret-that-is-at-least-32-characters'
const keys = new JwtKeys(secret)
const now = Date.now()
const inAnHour = Math.floor(now / 1000) + 3600

describe('verifyRealtimeToken', () => {
  it('accepts a signed token with role and exp', async () => {
    const token = await keys.sign({ role: 'authenticated', sub: 'u1', exp: inAnHour })
    const result = await verifyRealtimeToken(keys, token, now)
    expect(result).toMatchObject({ ok: true, value: { role: 'authenticated', exp: inAnHour, claims: { sub: 'u1' } } })
  })

  it('refuses with realtime’s codes: malformed, bad signature, expired, missing claims, not an API role', async () => {
    expect(await verifyRealtimeToken(keys, 'not-a-jwt', now)).toMatchObject({ ok: false, code: 'MalformedJWT' })
    expect(await verifyRealtimeToken(keys, undefined, now)).toMatchObject({ ok: false, code: 'MalformedJWT' })
    const forged = await new JwtKeys(`${secret}-other`).sign({ role: 'service_role', exp: inAnHour })
    expect(await verifyRealtimeToken(keys, forged, now)).toEqual({
      ok: false,
      code: 'JwtSignatureError',
      message: 'Failed to validate JWT signature',
    })
    const stale = await keys.sign({ role: 'anon', exp: Math.floor(Date.now() / 1000) - 30 })
    expect(await verifyRealtimeToken(keys, stale)).toMatchObject({ ok: false, code: 'InvalidJWTToken', expired: true, message: expect.stringMatching(/^Token has expired 3\d seconds ago$/) })
    const noExp = await keys.sign({ role: 'anon' })
    expect(await verifyRealtimeToken(keys, noExp, now)).toMatchObject({ message: 'Fields `role` and `exp` are required in JWT' })
    const postgres = await keys.sign({ role: 'postgres', exp: inAnHour })
    expect(await verifyRealtimeToken(keys, postgres, now)).toMatchObject({ ok: false, code: 'InvalidJWTToken' })
  })
})

describe('TokenVerifier', () => {
  it('remembers tokens that passed until they expire, and never remembers one that failed', async () => {
    const verifier = new TokenVerifier(keys, 2)
    const exp = Math.floor(now / 1000) + 10
    const token = await keys.sign({ role: 'anon', exp })
    expect(await verifier.verify(token, now)).toMatchObject({ ok: true })
    // the same answer without checking the signature again, until exp
    expect(await verifier.verify(token, now + 5_000)).toMatchObject({ ok: true, value: { exp } })
    expect(await verifier.verify(token, now + 11_000)).toMatchObject({ ok: false, expired: true })
    expect(await verifier.verify('x.y.z', now)).toMatchObject({ ok: false })
    expect(await verifier.verify('x.y.z', now)).toMatchObject({ ok: false })
  })
})
