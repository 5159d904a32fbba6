import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { supabase } from '../../src/lib/supabase/client'
import { assignmentsModule } from '../../src/modules/assignmentsModule'
import { SchedulingConflictPrompt } from '../../src/views/engine/SchedulingConflictPrompt'
import { createViewStore } from '../../src/views/store/createViewStore'
import { buildDemoData } from './support/demoData'
import { fakeSupabaseHandlers } from './support/fakeSupabase'
import { requestsTo } from './support/openView'
import { server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

// The prompt a booking or crew call write meets when the conflict engine finds something (msw stands in for
// check_event_conflicts here; the engine itself is tested in SQL on PGlite and PostgreSQL 15).

interface EngineRow {
  severity: 'block' | 'warn' | 'info'
  conflict_type: string
  reason: string
  other_table: string | null
  other_id: string | null
}

const doubleBooking: EngineRow = {
  severity: 'block', conflict_type: 'double_booking', reason: 'Already confirmed: Hamlet: Chief Electrician, Fri 4 Dec 08:00-18:00',
  other_table: 'personnel_assignments', other_id: '00000000-0000-4000-8000-00000000c0de',
}
const rest: EngineRow = {
  severity: 'warn', conflict_type: 'rest', reason: '8 h 30 min of rest after Hamlet: DSM (wrap Fri 23:30); the rule is 10 h',
  other_table: 'personnel_assignments', other_id: '00000000-0000-4000-8000-00000000beef',
}

async function setUp(email: string, answers: EngineRow[][]) {
  const demo = buildDemoData()
  const workspaceId = demo.mainStage.id
  const call = {
    id: '00000000-0000-4000-8000-0000000ca11a', workspace_id: workspaceId, person_id: '00000000-0000-4000-8000-00000000f008',
    production_id: null, event_id: null, role: 'Gala rig: chief LX', call_at: '2026-12-04T16:00:00Z', wrap_at: '2026-12-04T22:00:00Z',
    pre_buffer_minutes: 30, post_buffer_minutes: 0, status: 'tentative', required_certifications: ['electrical'],
    conflict_override_reason: null, notes: null, custom_fields: {}, sync_version: 1, deleted_at: null,
    created_at: '2026-12-01T09:00:00Z', updated_at: '2026-12-01T09:00:00Z', created_by: null, updated_by: null,
  }
  demo.data.tables.personnel_assignments = [call]
  const asked: unknown[] = []
  server.use(
    http.post(`${SUPABASE_TEST_URL}/rest/v1/rpc/check_event_conflicts`, async ({ request }) => {
      asked.push(await request.json())
      return HttpResponse.json(answers[Math.min(asked.length - 1, answers.length - 1)] ?? [])
    }),
    ...fakeSupabaseHandlers(demo.data),
  )
  const { error } = await supabase.auth.signInWithPassword({ email, password: 'callboard-demo' })
  if (error) throw error
  const store = createViewStore({
    client: supabase,
    module: assignmentsModule,
    workspaceId,
    query: { fields: assignmentsModule.fields, filter: null, sorts: [], groupBy: null },
  })
  await store.getState().reload()
  return { store, call, asked, log: demo.data.log }
}

const patches = (log: ReturnType<typeof buildDemoData>['data']['log']) => requestsTo(log, 'PATCH', 'personnel_assignments')

describe('the scheduling conflict prompt', () => {
  it('holds a confirmation that blocks: a member reads why and can only cancel; nothing is sent', async () => {
    const { store, call, asked, log } = await setUp('bob@northstar.test', [[doubleBooking]])
    render(<SchedulingConflictPrompt store={store} module={assignmentsModule} canOverride={false} />)
    const saving = store.getState().patch(call.id, { status: 'confirmed' })

    const dialog = await screen.findByRole('alertdialog', { name: '“Gala rig: chief LX” cannot be saved as it is' })
    expect(within(dialog).getByText(doubleBooking.reason)).toBeTruthy()
    expect(within(dialog).getByText('Double booking')).toBeTruthy()
    expect(within(dialog).queryByRole('button', { name: 'Save anyway' })).toBeNull()
    expect(within(dialog).queryByLabelText(/Override reason/)).toBeNull()
    // The engine was asked about the row as it would be saved.
    expect(asked).toEqual([{ p_table: 'personnel_assignments', p_row: expect.objectContaining({ id: call.id, status: 'confirmed', person_id: call.person_id }) }])
    expect(store.getState().records[call.id]?.status).toBe('tentative')

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await saving
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(patches(log)).toEqual([])
    expect(store.getState().records[call.id]?.status).toBe('tentative')
  })

  it('asks about warnings and saves when told to go ahead', async () => {
    const { store, call, log } = await setUp('bob@northstar.test', [[rest]])
    render(<SchedulingConflictPrompt store={store} module={assignmentsModule} canOverride={false} />)
    const saving = store.getState().patch(call.id, { call_at: '2026-12-04T07:00:00Z' })
    const dialog = await screen.findByRole('alertdialog', { name: '“Gala rig: chief LX” collides with other bookings' })
    expect(within(dialog).getByText(rest.reason)).toBeTruthy()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save anyway' }))
    await saving
    expect(patches(log).map((entry) => entry.body)).toEqual([expect.objectContaining({ call_at: '2026-12-04T07:00:00Z' })])
    expect(store.getState().records[call.id]?.call_at).toBe('2026-12-04T07:00:00Z')
  })

  it('lets an admin override a block only with a reason, which is saved with the row', async () => {
    const { store, call, log } = await setUp('alice@northstar.test', [[doubleBooking]])
    render(<SchedulingConflictPrompt store={store} module={assignmentsModule} canOverride />)
    const saving = store.getState().patch(call.id, { status: 'confirmed' })
    const dialog = await screen.findByRole('alertdialog')
    const override = within(dialog).getByRole('button', { name: 'Override and save' })
    expect((override as HTMLButtonElement).disabled).toBe(true)
    await userEvent.type(within(dialog).getByLabelText(/Override reason/), 'Covering both: the rig is a walk-through')
    await userEvent.click(override)
    await saving
    expect(patches(log).map((entry) => entry.body)).toEqual([
      expect.objectContaining({ status: 'confirmed', conflict_override_reason: 'Covering both: the rig is a walk-through' }),
    ])
  })

  it('goes straight through when the engine finds nothing, and for edits it does not judge', async () => {
    const { store, call, asked, log } = await setUp('bob@northstar.test', [[]])
    render(<SchedulingConflictPrompt store={store} module={assignmentsModule} canOverride={false} />)
    await store.getState().patch(call.id, { status: 'confirmed' })
    await store.getState().patch(call.id, { notes: 'Bring the spare DMX' })
    expect(asked).toHaveLength(1)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(patches(log)).toHaveLength(2)
  })

  it('asks about one write at a time: a second that collides waits, then shows what it meets once the first is answered', async () => {
    const { store, call, asked, log } = await setUp('bob@northstar.test', [[rest], [doubleBooking], [doubleBooking]])
    render(<SchedulingConflictPrompt store={store} module={assignmentsModule} canOverride={false} />)
    const first = store.getState().patch(call.id, { call_at: '2026-12-04T07:00:00Z' })
    await screen.findByRole('alertdialog', { name: /collides with other bookings/ })
    const second = store.getState().patch(call.id, { status: 'confirmed' })
    await waitFor(() => expect(asked).toHaveLength(2))
    // Still the first prompt: the second waits its turn.
    expect(screen.getAllByRole('alertdialog')).toHaveLength(1)
    expect(within(screen.getByRole('alertdialog')).getByText(rest.reason)).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Save anyway' }))
    await first
    // Its turn: asked again (the first write may have changed what it meets), then shown.
    const blocked = await screen.findByRole('alertdialog', { name: /cannot be saved as it is/ })
    expect(asked).toHaveLength(3)
    await userEvent.click(within(blocked).getByRole('button', { name: 'Cancel' }))
    await second
    expect(patches(log).map((entry) => entry.body)).toEqual([expect.objectContaining({ call_at: '2026-12-04T07:00:00Z' })])
  })

  it('asks again while open when someone else changes the table, and shows what is true now', async () => {
    const { store, call, asked } = await setUp('bob@northstar.test', [[rest], [rest, doubleBooking]])
    render(<SchedulingConflictPrompt store={store} module={assignmentsModule} canOverride={false} />)
    const saving = store.getState().patch(call.id, { status: 'confirmed' })
    const dialog = await screen.findByRole('alertdialog', { name: /collides with other bookings/ })
    expect(within(dialog).queryByText(doubleBooking.reason)).toBeNull()

    // Carol confirms another call for the same person: it arrives live.
    store.getState().applyRemote({ kind: 'upsert', table: 'personnel_assignments', row: { ...call, id: doubleBooking.other_id!, status: 'confirmed', sync_version: 2 } })
    await waitFor(() => expect(screen.getByRole('alertdialog', { name: /cannot be saved as it is/ })).toBeTruthy())
    expect(within(screen.getByRole('alertdialog')).getByText(doubleBooking.reason)).toBeTruthy()
    expect(asked).toHaveLength(2)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    await saving
  })
})
