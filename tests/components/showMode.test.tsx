import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { supabase } from '../../src/lib/supabase/client'
import { RealtimeContext } from '../../src/realtime/RealtimeContext'
import { createSupabaseTransport } from '../../src/realtime/supabaseTransport'
import { showTopic } from '../../src/realtime/topics'
import { ShowPage } from '../../src/show/ShowPage'
import type { Cue, ShowMode, ShowRuntime } from '../../src/show/showTypes'
import { cueRow, runtimeRow } from '../../src/show/showFixtures'
import { realtimeSocket, server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

// The caller's desk and a department's follow view over the real supabase-js client: msw answers the REST reads and
// the show RPCs, and plays the database on the show topic through its WebSocket interception, broadcasting the
// runtime as the show_runtimes trigger does. What the database decides (who may GO, stale presses) is tested in SQL.

const workspaceId = 'b0000000-0000-4000-8000-000000000001'
const eventId = 'e0000000-0000-4000-8000-000000000006'
const alice = '11111111-1111-4111-8111-111111111111'
const now = Date.parse('2026-12-03T19:00:00Z')
const iso = (ms: number) => new Date(ms).toISOString()

const cues: Cue[] = [
  cueRow({ id: 'c1', event_id: eventId, workspace_id: workspaceId, position: 'a0', title: 'Beginners to the stage', planned_seconds: 300, departments: ['stage_management'] }),
  cueRow({ id: 'c2', event_id: eventId, workspace_id: workspaceId, position: 'a1', title: 'House to half', planned_seconds: 60, departments: ['lighting', 'sound'], lx_cue: '1', sound_cue: '1', standby_note: 'Standby LX 1, SQ 1' }),
  cueRow({ id: 'c3', event_id: eventId, workspace_id: workspaceId, position: 'a2', title: 'Act one', planned_seconds: 1500, departments: ['lighting'], lx_cue: '2' }),
]
const armed = runtimeRow({ event_id: eventId, workspace_id: workspaceId, caller_id: null, version: 1 })

interface Answers {
  runtime: ShowRuntime
  control?: (body: Record<string, unknown>) => ShowRuntime | { code: string; message: string }
}

/** The show's REST reads and RPCs; returns the bodies of the presses the page sent. */
function answer(answers: Answers) {
  const pressed: Record<string, unknown>[] = []
  const reads = { runtime: 0 }
  const one = (request: Request, row: Record<string, unknown>) =>
    HttpResponse.json(request.headers.get('accept')?.includes('vnd.pgrst.object') ? row : [row])
  server.use(
    http.get(`${SUPABASE_TEST_URL}/rest/v1/events`, ({ request }) => one(request, { id: eventId, title: 'Hamlet: evening performance', starts_at: iso(now + 30 * 60_000), ends_at: null })),
    http.get(`${SUPABASE_TEST_URL}/rest/v1/run_of_show`, () => HttpResponse.json(cues)),
    http.get(`${SUPABASE_TEST_URL}/rest/v1/show_runtimes`, ({ request }) => {
      reads.runtime++
      return one(request, answers.runtime)
    }),
    http.get(`${SUPABASE_TEST_URL}/rest/v1/profiles`, ({ request }) => one(request, { full_name: 'Alice Moreau', email: 'alice@northstar.test' })),
    http.post(`${SUPABASE_TEST_URL}/rest/v1/rpc/server_time`, () => HttpResponse.json(iso(Date.now()))),
    http.post(`${SUPABASE_TEST_URL}/rest/v1/rpc/show_running_late`, () => HttpResponse.json([])),
    http.post(`${SUPABASE_TEST_URL}/rest/v1/rpc/claim_show_caller`, () => {
      answers.runtime = { ...answers.runtime, caller_id: alice, version: Number(answers.runtime.version) + 1 }
      return HttpResponse.json(answers.runtime)
    }),
    http.post(`${SUPABASE_TEST_URL}/rest/v1/rpc/show_control`, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>
      pressed.push(body)
      const result = answers.control?.(body)
      if (!result) return HttpResponse.json({ code: '42501', message: 'only the show caller can go', details: null, hint: null }, { status: 403 })
      if ('code' in result) return HttpResponse.json({ ...result, details: null, hint: null }, { status: 409 })
      answers.runtime = result
      return HttpResponse.json(result)
    }),
  )
  return { pressed, reads }
}

const transports: { close(): void }[] = []

function renderShow(mode: ShowMode, department: string | null = null) {
  // One transport per test, closed after it, as the app makes one per signed-in user.
  const transport = createSupabaseTransport(supabase, { presenceKey: alice })
  transports.push(transport)
  const navigate = vi.fn()
  const view = render(
    <RealtimeContext.Provider value={transport}>
      <ShowPage client={supabase} userId={alice} workspaceId={workspaceId} timeZone="Europe/London" eventId={eventId} mode={mode}
        department={department} showHref={(m, d) => `/show/${m}${d ? `?department=${d}` : ''}`} navigate={navigate} />
    </RealtimeContext.Provider>,
  )
  return { ...view, transport, navigate }
}

const current = () => screen.getByRole('region', { name: 'Current cue' })

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(now)
})

afterEach(() => {
  vi.useRealTimers()
  for (const transport of transports.splice(0)) transport.close()
})

describe('the caller\'s desk', () => {
  it('claims the seat, then Space is GO: the press carries the version it was made on, and the answer shows at once', async () => {
    const started = runtimeRow({ event_id: eventId, workspace_id: workspaceId, caller_id: alice, state: 'play', current_cue_id: 'c1',
      show_started_at: iso(now), cue_started_at: iso(now), version: 3 })
    const { pressed } = answer({ runtime: armed, control: () => started })
    const user = userEvent.setup()
    renderShow('call')

    await user.click(await screen.findByRole('button', { name: 'Call this show' }))
    await screen.findByText('You are calling this show.')
    expect(within(screen.getByRole('region', { name: 'Next cue' })).getByRole('heading').textContent).toBe('Beginners to the stage')

    await user.keyboard(' ')
    await waitFor(() => expect(within(current()).getByRole('heading').textContent).toBe('Beginners to the stage'))
    expect(pressed).toEqual([{ p_event_id: eventId, p_action: 'go', p_version: 2 }])
    // Five minutes planned, just begun.
    expect(within(current()).getByTestId('cue-countdown').textContent).toContain('5:00')
    expect(within(screen.getByRole('region', { name: 'Next cue' })).getByText('Standby: Standby LX 1, SQ 1')).toBeTruthy()
  })

  it('a press refused as stale shows the database\'s reason and reads the runtime again', async () => {
    const mine = { ...armed, caller_id: alice, version: 5 }
    const { reads } = answer({ runtime: mine, control: () => ({ code: '40001', message: 'the show has moved on (version 5 is now 6)' }) })
    const user = userEvent.setup()
    renderShow('call')
    await screen.findByText('You are calling this show.')
    const before = reads.runtime
    await user.click(screen.getByRole('button', { name: 'GO' }))
    expect((await screen.findByRole('alert')).textContent).toContain('the show has moved on')
    await waitFor(() => expect(reads.runtime).toBeGreaterThan(before))
  })

  it('without the seat nothing can be pressed, and Space does nothing', async () => {
    const { pressed } = answer({ runtime: { ...armed, caller_id: '22222222-2222-4222-8222-222222222222' } })
    const user = userEvent.setup()
    renderShow('call')
    await screen.findByRole('button', { name: 'Take over' })
    expect(screen.getByRole('button', { name: 'GO' }).hasAttribute('disabled')).toBe(true)
    await user.keyboard(' ')
    expect(pressed).toEqual([])
  })
})

describe('a department\'s follow view', () => {
  it('moves with the runtime the database broadcasts, shows its own cue numbers, and ignores an older runtime arriving late', async () => {
    answer({ runtime: armed })
    renderShow('follow', 'lighting')
    const next = await screen.findByRole('region', { name: 'Your next cue' })
    expect(within(next).getByRole('heading').textContent).toBe('House to half')
    expect(within(next).getByText('LX 1')).toBeTruthy()
    const topic = showTopic(workspaceId, eventId)
    await waitFor(() => expect(realtimeSocket.isJoined(topic)).toBe(true))

    const go = (cue: string, version: number) => runtimeRow({ event_id: eventId, workspace_id: workspaceId, caller_id: alice, state: 'play',
      current_cue_id: cue, show_started_at: iso(now), cue_started_at: iso(now), version })
    realtimeSocket.broadcast(topic, 'runtime', go('c2', 4))
    await waitFor(() => expect(within(current()).getByRole('heading').textContent).toBe('House to half'))
    expect(within(screen.getByRole('region', { name: 'Your next cue' })).getByRole('heading').textContent).toBe('Act one')

    realtimeSocket.broadcast(topic, 'runtime', go('c1', 3))
    realtimeSocket.broadcast(topic, 'runtime', { ...go('c2', 5), state: 'pause', paused_at: iso(now) })
    await within(current()).findByText('Hold')
    expect(within(current()).getByRole('heading').textContent).toBe('House to half')
  })

  it('lists only the department\'s cues, and the caller sees its standby acknowledgement', async () => {
    answer({ runtime: armed })
    renderShow('follow', 'lighting')
    const list = await screen.findByRole('list', { name: 'Lighting cues' })
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('House to half'),
      expect.stringContaining('Act one'),
    ])
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Standing by' }))
    expect(await screen.findByRole('button', { name: 'Standing by ✓' })).toBeTruthy()
  })
})
