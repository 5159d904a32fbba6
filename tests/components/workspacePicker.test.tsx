import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp, signIn } from './support/renderApp'
import { server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

const workspacesUrl = `${SUPABASE_TEST_URL}/rest/v1/workspaces`

describe('the workspace picker', () => {
  it('when the workspaces request fails, the server’s message is shown and trying again recovers', async () => {
    const { user } = renderApp()
    let failing = true
    server.use(
      http.get(workspacesUrl, () =>
        // Not a 503: postgrest-js retries those with backoff before giving up.
        failing
          ? HttpResponse.json({ code: '42703', message: 'column workspaces.settings does not exist', details: null, hint: null }, { status: 400 })
          : undefined,
      ),
    )

    await signIn(user, 'alice@northstar.test')

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Could not load your workspaces')
    expect(alert.textContent).toContain('column workspaces.settings does not exist')

    failing = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('link', { name: /Main Stage/ })).toBeTruthy()
  })

  it('when the user belongs to no workspace, the picker says how to get one', async () => {
    const { user } = renderApp()
    server.use(http.get(workspacesUrl, () => HttpResponse.json([])))

    await signIn(user, 'alice@northstar.test')

    expect(await screen.findByRole('heading', { name: 'No workspaces yet' })).toBeTruthy()
    expect(window.location.pathname).toBe('/')
  })
})
