import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { recordRequests } from './support/recordRequests'
import { renderApp, signIn } from './support/renderApp'
import { server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

describe('signing out', () => {
  it('signing out revokes the session on the server and returns to the sign-in page at /', async () => {
    const requests = recordRequests()
    const { user, mainStage } = renderApp()
    await signIn(user, 'alice@northstar.test')
    await user.click(await screen.findByRole('link', { name: /Main Stage/ }))
    await screen.findByRole('grid', { name: 'All productions' })
    expect(window.location.pathname).toMatch(new RegExp(`^/w/${mainStage.id}/productions/[0-9a-f-]{36}$`))

    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy()
    const logout = requests.find((request) => request.url.pathname === '/auth/v1/logout')
    expect(logout?.method).toBe('POST')
    expect(logout?.headers.get('authorization')).toMatch(/^Bearer ey/)
    expect(window.location.pathname).toBe('/')
    expect(Object.keys(window.localStorage).filter((key) => key.includes('auth-token'))).toEqual([])
  })

  it('when the server cannot be reached to sign out, the user stays signed in and is told why', async () => {
    const { user } = renderApp()
    server.use(http.post(`${SUPABASE_TEST_URL}/auth/v1/logout`, () => HttpResponse.error()))
    // auth-js logs network failures itself; keep the test output about the test.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await signIn(user, 'alice@northstar.test')
    await screen.findByRole('heading', { name: 'Choose a workspace' })

    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    expect((await screen.findByRole('alert')).textContent).toMatch(/Sign-out failed/)
    expect(screen.getByRole('heading', { name: 'Choose a workspace' })).toBeTruthy()
  })
})
