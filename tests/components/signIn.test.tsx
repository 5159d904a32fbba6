import { screen, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'
import { recordRequests } from './support/recordRequests'
import { renderApp, signIn } from './support/renderApp'
import { server } from './support/server'

describe('signing in', () => {
  it('when the credentials are right, the workspace picker lists the user’s workspaces grouped by organization', async () => {
    const requests = recordRequests()
    const { user } = renderApp()

    await signIn(user, 'alice@northstar.test')

    expect(await screen.findByRole('heading', { name: 'Choose a workspace' })).toBeTruthy()
    const northstar = await screen.findByRole('region', { name: 'Northstar Productions' })
    expect(within(northstar).getAllByRole('link').map((link) => link.textContent)).toEqual([
      expect.stringContaining('Main Stage'),
      expect.stringContaining('Studio'),
    ])
    const harbour = screen.getByRole('region', { name: 'Harbour Festival' })
    expect(within(harbour).getByRole('link', { name: /Summer Season/ })).toBeTruthy()
    expect(screen.queryByText('Arena')).toBeNull()
    expect(screen.getByText('alice@northstar.test')).toBeTruthy()

    const workspaceQuery = requests.find((request) => request.url.pathname === '/rest/v1/workspaces')
    expect(workspaceQuery?.url.searchParams.get('select')).toBe('id,name,slug,settings,organization:organizations(id,name)')
    expect(workspaceQuery?.url.searchParams.get('order')).toBe('name.asc')
    expect(workspaceQuery?.headers.get('authorization')).toMatch(/^Bearer ey/)
  })

  it('when the password is wrong, the server’s message is shown and the user can try again', async () => {
    const { user } = renderApp()

    await signIn(user, 'alice@northstar.test', 'not-the-password')

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Invalid login credentials')
    expect(screen.getByRole('button', { name: 'Sign in' }).getAttribute('aria-busy')).toBeNull()

    await user.clear(screen.getByLabelText('Password'))
    await user.type(screen.getByLabelText('Password'), 'callboard-demo')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { name: 'Choose a workspace' })).toBeTruthy()
  })

  it('while the server is checking the password, the form says it is busy and ignores a second submit', async () => {
    const { user } = renderApp()
    let tokenRequests = 0
    server.use(
      http.post(`${SUPABASE_TEST_URL}/auth/v1/token`, async () => {
        tokenRequests++
        await delay('infinite')
      }),
    )

    await signIn(user, 'alice@northstar.test')

    const button = await screen.findByRole('button', { name: /Signing in/ })
    expect(button.getAttribute('aria-busy')).toBe('true')
    expect(screen.getByRole('form', { name: 'Sign in' }).getAttribute('aria-busy')).toBe('true')
    await user.click(button)
    expect(tokenRequests).toBe(1)
  })

  it('choosing a demo login fills in its email and the shared password', async () => {
    const { user } = renderApp()

    await user.click(await screen.findByRole('button', { name: 'Fill in carol@northstar.test' }))

    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('carol@northstar.test')
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('callboard-demo')
  })
})
