import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { supabase } from '../../src/lib/supabase/client'
import type { ModuleDefinition } from '../../src/modules/ModuleDefinition'
import { ModulePanels } from '../../src/views/engine/ModulePanels'
import { fixtureViewStore } from './support/fixtureViewStore'
import { server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

// The compliance panel a module's definition asks for (`panels: ['compliance_expiry']`), mounted by the view engine:
// msw stands in for check_compliance_expiry, whose rules are tested in SQL on PGlite and PostgreSQL 15.

/** A fixture module: the lead adds `panels` to the real training, compliance, safety and crew call modules. */
const module: ModuleDefinition = {
  key: 'certs', label: 'Certs', singular: 'Cert', table: 'certs', fields: [], titleField: 'title', dateFields: { start: '' },
  viewTypes: ['list'], defaultViews: [], panels: ['compliance_expiry'],
}

const cert = '7a000000-0000-4000-8000-000000000001'
const permit = '7c000000-0000-4000-8000-000000000001'
const riskAssessment = '75000000-0000-4000-8000-000000000001'
const rigCall = 'a1000000-0000-4000-8000-000000000013'
const focusCall = 'a1000000-0000-4000-8000-000000000014'
const gala = 'e0000000-0000-4000-8000-000000000021'

const row = (values: Record<string, unknown>) => ({
  endangered_table: null, endangered_id: null, endangered_title: null, endangered_at: null, ...values,
})
// As the function orders them: soonest first (an undated safety document first of all), then by endangered time.
const rows = [
  row({ source_table: 'project_safety', source_id: riskAssessment, title: 'Flying risk assessment', kind: 'risk_assessment', holder: 'Midsummer Gala Concert', expires_on: null, state: 'unsigned' }),
  row({
    source_table: 'training_records', source_id: cert, title: 'IPAF 3a', kind: 'electrical', holder: 'Hannah Kowalski', expires_on: '2026-07-04', state: 'expiring',
    endangered_table: 'personnel_assignments', endangered_id: rigCall, endangered_title: 'Gala rig: chief LX', endangered_at: '2026-07-09T08:00:00Z',
  }),
  row({
    source_table: 'training_records', source_id: cert, title: 'IPAF 3a', kind: 'electrical', holder: 'Hannah Kowalski', expires_on: '2026-07-04', state: 'expiring',
    endangered_table: 'personnel_assignments', endangered_id: focusCall, endangered_title: 'Gala focus', endangered_at: '2026-07-10T13:00:00Z',
  }),
  row({
    source_table: 'project_compliance', source_id: permit, title: 'Premises licence', kind: 'licence', holder: 'Midsummer Gala Concert', expires_on: '2026-07-20', state: 'expiring',
    endangered_table: 'events', endangered_id: gala, endangered_title: 'Gala night', endangered_at: '2026-07-25T18:30:00Z',
  }),
]

function answerRpc(answers: (Record<string, unknown>[] | 'fail')[]) {
  const asked: unknown[] = []
  server.use(
    http.post(`${SUPABASE_TEST_URL}/rest/v1/rpc/check_compliance_expiry`, async ({ request }) => {
      asked.push(await request.json())
      const answer = answers[Math.min(asked.length - 1, answers.length - 1)]!
      if (answer === 'fail') return HttpResponse.json({ code: '42501', message: 'permission denied for function check_compliance_expiry', details: null, hint: null }, { status: 403 })
      return HttpResponse.json(answer)
    }),
  )
  return asked
}

function renderPanels(store = fixtureViewStore([{ id: cert, title: 'IPAF 3a' }])) {
  const navigate = vi.fn()
  const view = render(<ModulePanels client={supabase} module={module} workspaceId="ws-1" timeZone="Pacific/Auckland" store={store.store} navigate={navigate} />)
  return { navigate, store: store.store, ...view }
}

const panel = () => screen.getByRole('region', { name: 'Expiring in the next 30 days' })

// 13:00 UTC on 30 June 2026 is already 1 July in Auckland, the workspace's zone: its 30 days are 1 to 31 July.
const nextThirtyDays = { p_workspace_id: 'ws-1', p_from: '2026-07-01', p_to: '2026-07-31' }

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-06-30T13:00:00Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the compliance panel', () => {
  it('lists each document once, with the calls and events it endangers under it, each a link that opens the record', async () => {
    const asked = answerRpc([rows])
    const { navigate } = renderPanels()

    const documents = await within(panel()).findByRole('list', { name: 'Expiring documents' })
    const items = within(documents).getAllByRole('listitem').filter((item) => item.parentElement === documents)
    expect(items.map((item) => within(item).getAllByRole('link')[0]!.textContent)).toEqual(['Flying risk assessment', 'IPAF 3a', 'Premises licence'])
    expect(asked).toEqual([nextThirtyDays])

    const [safety, certificate, licence] = items as [HTMLElement, HTMLElement, HTMLElement]
    expect(within(safety).getByText('Not signed off')).toBeTruthy()
    expect(within(safety).queryByRole('list')).toBeNull()
    // The kind reads as the training module's option label; the date as what it means for the document.
    expect(within(certificate).getByText('Hannah Kowalski · Electrical · Expires Jul 4, 2026')).toBeTruthy()
    expect(within(certificate).getByText('Expiring')).toBeTruthy()
    expect(within(licence).getByText(/Valid until Jul 20, 2026/)).toBeTruthy()

    const endangered = within(certificate).getByRole('list', { name: 'Endangered by IPAF 3a' })
    const calls = within(endangered).getAllByRole('link')
    expect(calls.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Gala rig: chief LX', `/w/ws-1/assignments?record=${rigCall}`],
      ['Gala focus', `/w/ws-1/assignments?record=${focusCall}`],
    ])
    // Times in the workspace's zone: 08:00 UTC is 8 pm in Auckland.
    expect(within(endangered).getAllByRole('listitem')[0]!.textContent).toMatch(/Crew call.*Gala rig: chief LX.*Thu, Jul 9.*8:00\sPM/)
    expect(within(licence).getByRole('link', { name: 'Gala night' }).getAttribute('href')).toBe(`/w/ws-1/events?record=${gala}`)
    expect(within(certificate).getByRole('link', { name: 'IPAF 3a' }).getAttribute('href')).toBe(`/w/ws-1/training?record=${cert}`)

    await userEvent.click(calls[1]!)
    expect(navigate).toHaveBeenCalledWith(`/w/ws-1/assignments?record=${focusCall}`)
  })

  it('says so when nothing expires in the next 30 days', async () => {
    answerRpc([[]])
    renderPanels()
    expect(await within(panel()).findByText('Nothing expires in the next 30 days.')).toBeTruthy()
  })

  it('shows why it could not check, and tries again when asked', async () => {
    const asked = answerRpc(['fail', rows])
    renderPanels()
    const failure = await within(panel()).findByRole('alert')
    expect(failure.textContent).toContain('Could not check what expires')
    expect(failure.textContent).toContain('permission denied for function check_compliance_expiry')

    await userEvent.click(within(failure).getByRole('button', { name: 'Try again' }))
    expect(await within(panel()).findByRole('link', { name: 'Premises licence' })).toBeTruthy()
    expect(asked).toEqual([nextThirtyDays, nextThirtyDays])
  })

  it('asks again when the view’s rows change, and shows what is true now', async () => {
    const asked = answerRpc([rows, rows.slice(0, 1)])
    const { store } = renderPanels()
    await within(panel()).findByRole('link', { name: 'IPAF 3a' })

    // The certificate is renewed elsewhere; the row arrives live in the view.
    store.setState({ records: { ...store.getState().records, [cert]: { id: cert, title: 'IPAF 3a', expires_on: '2031-07-04' } } })

    await waitFor(() => expect(within(panel()).queryByRole('link', { name: 'IPAF 3a' })).toBeNull())
    expect(within(panel()).getByRole('link', { name: 'Flying risk assessment' })).toBeTruthy()
    expect(asked).toHaveLength(2)
  })

  it('collapses, asks nothing while collapsed, and stays collapsed for the module the next time it opens', async () => {
    const asked = answerRpc([rows])
    const { unmount } = renderPanels()
    await within(panel()).findByRole('link', { name: 'IPAF 3a' })

    await userEvent.click(within(panel()).getByRole('button', { name: /Expiring in the next 30 days/ }))
    expect(within(panel()).getByRole('button', { name: /Expiring in the next 30 days/ }).getAttribute('aria-expanded')).toBe('false')
    expect(within(panel()).queryByRole('link')).toBeNull()
    unmount()

    renderPanels()
    expect(within(panel()).getByRole('button', { name: /Expiring in the next 30 days/ }).getAttribute('aria-expanded')).toBe('false')
    expect(within(panel()).queryByRole('link')).toBeNull()
    expect(asked).toHaveLength(1)
  })
})
