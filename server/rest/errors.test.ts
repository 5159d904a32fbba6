import { describe, expect, it } from 'vitest'
import { errorToResponse, RestError, statusForSqlState } from './errors'

describe('statusForSqlState', () => {
  it.each([
    ['23505', 409],
    ['23503', 409],
    ['P0001', 400],
    ['42P01', 404],
    ['42883', 404],
    ['25006', 405],
    ['22P02', 400],
    ['22007', 400],
    ['23502', 400],
    ['23514', 400],
    ['42703', 400],
    ['40001', 500],
    ['53100', 503],
    ['PT418', 418],
    ['XX000', 500],
  ])('maps %s to %i', (code, status) => {
    expect(statusForSqlState(code, 'x', true)).toBe(status)
  })

  it('maps insufficient privilege to 403 for a signed-in role and 401 for anon', () => {
    expect(statusForSqlState('42501', 'permission denied', true)).toBe(403)
    expect(statusForSqlState('42501', 'permission denied', false)).toBe(401)
  })

  it('maps an unknown role to 401', () => {
    expect(statusForSqlState('22023', 'role "ghost" does not exist', true)).toBe(401)
  })
})

describe('errorToResponse', () => {
  it('shapes Postgres errors as {code, message, details, hint}', () => {
    const res = errorToResponse({ code: '23505', message: 'dup', detail: 'Key (id)=(1) already exists.' }, 'authenticated')
    expect(res.status).toBe(409)
    expect(JSON.parse(res.body ?? '')).toEqual({ code: '23505', message: 'dup', details: 'Key (id)=(1) already exists.', hint: null })
  })

  it('adds WWW-Authenticate to 401s', () => {
    const res = errorToResponse({ code: '42501', message: 'permission denied for table x' }, 'anon')
    expect(res.status).toBe(401)
    expect(res.headers['WWW-Authenticate']).toBe('Bearer')
  })

  it('lets RAISE SQLSTATE PGRST choose status, headers and body', () => {
    const res = errorToResponse(
      { code: 'PGRST', message: '{"code":"123","message":"custom"}', detail: '{"status":402,"headers":{"X-Why":"pay"}}' },
      'anon',
    )
    expect(res.status).toBe(402)
    expect(res.headers['X-Why']).toBe('pay')
    expect(JSON.parse(res.body ?? '')).toEqual({ code: '123', message: 'custom', details: null, hint: null })
  })

  it('keeps RestError status and fields', () => {
    const res = errorToResponse(new RestError(404, 'PGRST205', 'nope', null, 'hint'), 'anon')
    expect(res.status).toBe(404)
    expect(JSON.parse(res.body ?? '')).toEqual({ code: 'PGRST205', message: 'nope', details: null, hint: 'hint' })
  })

  it('turns anything else into a 500', () => {
    expect(errorToResponse(new TypeError('boom'), 'anon').status).toBe(500)
    expect(errorToResponse('weird', 'anon').status).toBe(500)
  })
})
