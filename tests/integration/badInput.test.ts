import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SignJWT } from 'jose'
import type { Backend } from '../../server/startBackend.ts'
import { DEMO_JWT_SECRET } from '../../server/config.ts'
import { ids, signedInClient, startTestBackend } from '../support/testBackend.ts'

let backend: Backend
let aliceToken: string

beforeAll(async () => {
  backend = await startTestBackend({ maxBodyBytes: 64 * 1024 })
  const alice = await signedInClient(backend, 'alice')
  aliceToken = (await alice.auth.getSession()).data.session!.access_token
})
afterAll(async () => {
  await backend?.close()
})

function rest(path: string, init: RequestInit & { token?: string; apikey?: string | null } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (init.apikey !== null) headers.set('apikey', init.apikey ?? backend.anonKey)
  headers.set('authorization', `Bearer ${init.token ?? aliceToken}`)
  return fetch(`${backend.url}/rest/v1${path}`, { ...init, headers })
}

async function sign(claims: Record<string, unknown>, secret = DEMO_JWT_SECRET): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret))
}

/** After every hostile request the backend must still answer a normal one. */
async function expectStillServing(): Promise<void> {
  const res = await rest(`/productions?select=id&workspace_id=eq.${ids.mainStage}`)
  expect(res.status).toBe(200)
  expect(((await res.json()) as unknown[]).length).toBeGreaterThanOrEqual(8)
}

describe('bad input gets a clear error and the next request is served', () => {
  it('refuses requests without an API key or with an unknown one', async () => {
    const missing = await rest('/productions', { apikey: null })
    expect(missing.status).toBe(401)
    expect(((await missing.json()) as { message: string }).message).toMatch(/No API key/)
    const wrong = await rest('/productions', { apikey: 'not-a-key' })
    expect(wrong.status).toBe(401)
    await expectStillServing()
  })

  it('refuses forged, expired and malformed JWTs with PostgREST codes', async () => {
    const forged = await rest('/productions', { token: await sign({ sub: ids.mallory, role: 'service_role' }, 'x'.repeat(40)) })
    expect(forged.status).toBe(401)
    expect(((await forged.json()) as { code: string }).code).toBe('PGRST301')
    expect(forged.headers.get('www-authenticate')).toMatch(/^Bearer/)
    const expired = await rest('/productions', {
      token: await sign({ sub: ids.alice, role: 'authenticated', exp: Math.floor(Date.now() / 1000) - 60 }),
    })
    expect(expired.status).toBe(401)
    expect(((await expired.json()) as { code: string }).code).toBe('PGRST303')
    const garbage = await rest('/productions', { token: 'abc.def' })
    expect(garbage.status).toBe(401)
    const badRole = await rest('/productions', { token: await sign({ sub: ids.alice, role: 'postgres' }) })
    expect(badRole.status).toBe(401)
    await expectStillServing()
  })

  it('answers malformed query strings with 400 PGRST100', async () => {
    for (const query of ['select=id,(', 'select=id&name=zz.x', 'or=(name.eq.a', 'order=name.sideways', 'limit=abc']) {
      const res = await rest(`/productions?${query}`)
      expect(res.status, query).toBe(400)
      expect(((await res.json()) as { code: string }).code, query).toMatch(/^PGRST1/)
    }
    const badEscape = await rest('/productions?name=eq.%zz')
    expect(badEscape.status).toBeGreaterThanOrEqual(400)
    expect(badEscape.status).toBeLessThan(500)
    await expectStillServing()
  })

  it('answers unknown tables with 404 and unknown columns with 400', async () => {
    const table = await rest('/no_such_table')
    expect(table.status).toBe(404)
    expect(((await table.json()) as { code: string }).code).toBe('PGRST205')
    const column = await rest('/productions?select=no_such_column')
    expect(column.status).toBe(400)
    await expectStillServing()
  })

  it('treats injection attempts in names, values and order clauses as data or errors, never as SQL', async () => {
    const inName = await rest('/productions?select=id;drop table productions')
    expect(inName.status).toBe(400)
    const inQuotedName = await rest('/productions?select="id""; drop table productions; --"')
    expect(inQuotedName.status).toBe(400)
    const inOrder = await rest('/productions?order=name;delete from productions')
    expect(inOrder.status).toBe(400)
    const inValue = await rest(`/productions?name=eq.${encodeURIComponent("x'; drop table productions; --")}`)
    expect(inValue.status).toBe(200)
    expect(await inValue.json()).toEqual([])
    const inTable = await rest('/productions;drop table productions')
    expect(inTable.status).toBe(404)
    await expectStillServing()
  })

  it('answers malformed JSON bodies with 400 and oversized bodies with 413', async () => {
    const json = await rest('/productions', { method: 'POST', body: '{"name": ', headers: { 'content-type': 'application/json' } })
    expect(json.status).toBe(400)
    expect(((await json.json()) as { code: string }).code).toBe('PGRST102')
    const big = await rest('/productions', {
      method: 'POST',
      body: JSON.stringify({ workspace_id: ids.mainStage, name: 'x'.repeat(100 * 1024) }),
      headers: { 'content-type': 'application/json' },
    })
    expect(big.status).toBe(413)
    const count = await rest(`/productions?select=id&name=like.xxxx*`)
    expect(await count.json()).toEqual([])
    await expectStillServing()
  })

  it('answers malformed auth bodies and unknown routes without crashing', async () => {
    const auth = await fetch(`${backend.url}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: backend.anonKey, 'content-type': 'application/json' },
      body: '{oops',
    })
    expect(auth.status).toBe(400)
    const route = await fetch(`${backend.url}/nowhere`, { headers: { apikey: backend.anonKey } })
    expect(route.status).toBe(404)
    await expectStillServing()
  })
})
