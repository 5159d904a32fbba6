import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { recordRequests } from './support/recordRequests'
import { renderApp, signIn } from './support/renderApp'
import { server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

const productionsUrl = `${SUPABASE_TEST_URL}/rest/v1/productions`

function expectedDate(isoDate: string): string {
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  )
}

describe('the productions page', () => {
  it('when a workspace is picked, its live productions are listed with the query the server expects', async () => {
    const requests = recordRequests()
    const { user, mainStage } = renderApp()
    await signIn(user, 'alice@northstar.test')

    await user.click(await screen.findByRole('link', { name: /Main Stage/ }))

    const table = await screen.findByRole('table', { name: 'Productions' })
    expect(window.location.pathname).toBe(`/w/${mainStage.id}/productions`)

    const query = requests.find((request) => request.url.pathname === '/rest/v1/productions')
    expect(query?.method).toBe('GET')
    expect(Object.fromEntries(query?.url.searchParams ?? [])).toEqual({
      select: 'id,name,code,status,venue,start_date,end_date,budget',
      workspace_id: `eq.${mainStage.id}`,
      deleted_at: 'is.null',
      order: 'start_date.asc.nullslast',
    })

    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Hamlet',
      'The Seagull',
      'Untitled new writing',
    ])
    const hamlet = within(rows[0]!)
    expect(hamlet.getByText('HAM-25')).toBeTruthy()
    expect(hamlet.getByText('In production').className).toContain('ui-pill--accent')
    expect(hamlet.getByText(expectedDate('2025-03-01'))).toBeTruthy()
    expect(hamlet.getByText(expectedDate('2025-04-12'))).toBeTruthy()
    // Main Stage's settings name GBP as its currency.
    expect(hamlet.getByText(/£250,000/)).toBeTruthy()
    expect(within(rows[1]!).getByText(/£180,000\.50/)).toBeTruthy()
    expect(within(rows[2]!).getAllByText('None')).toHaveLength(5)
    expect(screen.getByText('3 productions')).toBeTruthy()

    const nav = screen.getByRole('navigation', { name: 'Modules' })
    expect(within(nav).getByRole('link', { name: 'Productions' }).getAttribute('aria-current')).toBe('page')
    expect(within(nav).getByText('Tasks').getAttribute('aria-disabled')).toBe('true')
  })

  it('when the workspace has no productions, the empty state says so', async () => {
    const { user } = renderApp()
    await signIn(user, 'alice@northstar.test')

    await user.click(await screen.findByRole('link', { name: /Studio/ }))

    expect(await screen.findByRole('heading', { name: 'No productions yet' })).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
  })

  it('when the productions request fails, the server’s error is shown and trying again recovers', async () => {
    const { user, mainStage } = renderApp()
    let failing = true
    server.use(
      http.get(productionsUrl, () => {
        if (!failing) return undefined // fall through to the fake Supabase
        return HttpResponse.json(
          { code: '42501', message: 'permission denied for table productions', details: null, hint: null },
          { status: 403 },
        )
      }),
    )
    await signIn(user, 'alice@northstar.test')
    await user.click(await screen.findByRole('link', { name: /Main Stage/ }))

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Could not load productions')
    expect(alert.textContent).toContain('permission denied for table productions')
    expect(screen.queryByRole('table')).toBeNull()

    failing = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table', { name: 'Productions' })).toBeTruthy()
    expect(window.location.pathname).toBe(`/w/${mainStage.id}/productions`)
  })

  it('while the productions load, the page is marked busy', async () => {
    const { user } = renderApp()
    let release = () => {}
    server.use(http.get(productionsUrl, () => new Promise<undefined>((resolve) => (release = () => resolve(undefined)))))
    await signIn(user, 'alice@northstar.test')
    await user.click(await screen.findByRole('link', { name: /Main Stage/ }))

    expect(await screen.findByText('Loading productions')).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Productions' }).getAttribute('aria-busy')).toBe('true')

    release()
    expect(await screen.findByRole('table', { name: 'Productions' })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Productions' }).getAttribute('aria-busy')).toBe('false')
  })
})
