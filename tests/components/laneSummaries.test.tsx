import { render, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ComponentType } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FieldDefinition } from '../../src/custom-fields/FieldDefinition'
import { supabase } from '../../src/lib/supabase/client'
import type { ModuleDefinition } from '../../src/modules/ModuleDefinition'
import { LaneSummariesProvider } from '../../src/views/engine/LaneSummariesProvider'
import type { SavedView } from '../../src/views/engine/savedView'
import type { ViewRendererProps } from '../../src/views/engine/ViewRenderer'
import type { RecordRow } from '../../src/views/store/ViewStore'
import type { TimelineOptions } from '../../src/views/timeline/timelineOptions'
import { timelineRenderer } from '../../src/views/timeline/timelineRenderer'
import { fixtureViewStore, type FixtureViewStore } from './support/fixtureViewStore'
import { server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

// Lane summaries of a crew and a gear schedule: the timeline reports the days on screen, the engine's provider asks
// the database once for every lane (msw stands in for get_crew_hours and calculate_asset_utilization, whose figures
// are tested in SQL), and each lane's header shows its person's or asset's line.

const priya = 'f0000000-0000-4000-8000-000000000004'
const jonas = 'f0000000-0000-4000-8000-000000000011'
const console12 = 'a5000000-0000-4000-8000-000000000001'
const pars = 'a5000000-0000-4000-8000-000000000030'

function field(key: string, type: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { key, label: key, type, config: {}, source: 'column', required: false, readOnly: false, ...extra }
}

/** Fixture modules: the lead adds `laneSummary` to the real people and assets modules at integration. */
const targets: Record<string, ModuleDefinition> = {
  crew: { key: 'crew', label: 'Crew', singular: 'Person', table: 'personnel', fields: [field('full_name', 'text')], titleField: 'full_name', dateFields: { start: '' }, viewTypes: ['list'], defaultViews: [], laneSummary: 'crew_hours' },
  kit: { key: 'kit', label: 'Kit', singular: 'Asset', table: 'assets', fields: [field('name', 'text')], titleField: 'name', dateFields: { start: '' }, viewTypes: ['list'], defaultViews: [], laneSummary: 'asset_utilization' },
  rooms: { key: 'rooms', label: 'Rooms', singular: 'Room', table: 'locations', fields: [field('name', 'text')], titleField: 'name', dateFields: { start: '' }, viewTypes: ['list'], defaultViews: [] },
}

const fields: FieldDefinition[] = [
  field('role', 'text', { label: 'Role' }),
  field('person_id', 'relation', { label: 'Person', config: { module: 'crew' } }),
  field('asset_id', 'relation', { label: 'Asset', config: { module: 'kit' } }),
  field('call_at', 'date_time', { label: 'Call' }),
  field('wrap_at', 'date_time', { label: 'Wrap' }),
]

const module: ModuleDefinition = {
  key: 'calls', label: 'Calls', singular: 'Call', table: 'calls', fields, titleField: 'role',
  dateFields: { start: 'call_at', end: 'wrap_at' }, viewTypes: ['timeline'], defaultViews: [],
}

const call = (id: string, role: string, person: string, asset: string, day: number): RecordRow => ({
  id, role, person_id: person, asset_id: asset, call_at: `2025-03-${day}T09:00:00.000Z`, wrap_at: `2025-03-${day}T18:00:00.000Z`,
})
const rows = [call('c1', 'Hamlet: SM', priya, console12, 10), call('c2', 'Hamlet: sound', jonas, pars, 12)]

function savedView(options: TimelineOptions): SavedView {
  return {
    version: 1, id: 'view-1', workspaceId: 'ws-1', module: 'calls', type: 'timeline', name: 'Schedule', filter: null, sorts: [],
    groupBy: { field: options.groupField!, collapsed: [] }, fields: [], options, isShared: true, isLocked: false, ownerId: null, position: null,
  }
}

/** The store grouped by the lanes' field, with the names the view host gives relation groups. */
function groupedStore(by: 'person_id' | 'asset_id', records: RecordRow[]): FixtureViewStore {
  const names: Record<string, string> = { [priya]: 'Priya Raman', [jonas]: 'Jonas Becker', [console12]: 'DiGiCo SD12', [pars]: 'LED PAR' }
  const keys = [...new Set(records.map((record) => String(record[by])))]
  return fixtureViewStore(records, {
    groups: keys.map((key) => ({ key, label: names[key]!, count: records.filter((r) => r[by] === key).length, collapsed: false })),
    groupedIds: Object.fromEntries(keys.map((key) => [key, records.filter((r) => r[by] === key).map((r) => r.id)])),
  })
}

function renderSchedule(by: 'person_id' | 'asset_id', store = groupedStore(by, rows)) {
  const options = timelineRenderer.optionsSchema.parse({ startField: 'call_at', endField: 'wrap_at', groupField: by, zoom: 'week' })
  const Component = timelineRenderer.Component as ComponentType<ViewRendererProps<TimelineOptions>>
  render(
    <LaneSummariesProvider client={supabase} workspaceId="ws-1" timeZone="UTC" store={store.store} findModule={(key) => targets[key]}>
      <Component module={module} fields={fields} view={savedView(options)} options={options} store={store.store} canEdit onOpenRecord={vi.fn()} onOptionsChange={vi.fn()} />
    </LaneSummariesProvider>,
  )
  return store
}

/** Answers an RPC with each answer in turn (the last one again after that), and records what it was asked. */
function answerRpc(name: string, answers: (Record<string, unknown>[] | 'fail')[]) {
  const asked: unknown[] = []
  server.use(
    http.post(`${SUPABASE_TEST_URL}/rest/v1/rpc/${name}`, async ({ request }) => {
      asked.push(await request.json())
      const answer = answers[Math.min(asked.length - 1, answers.length - 1)]!
      if (answer === 'fail') return HttpResponse.json({ code: '22023', message: `${name} needs a range of at most 400 days`, details: null, hint: null }, { status: 400 })
      return HttpResponse.json(answer)
    }),
  )
  return asked
}

const hours = (person: string, values: Partial<Record<string, number>> = {}) => ({
  person_id: person, full_name: 'someone', confirmed_hours: 0, tentative_hours: 0, capacity_hours: 40, overtime_hours: 0,
  double_time_hours: 0, weighted_hours: 0, seventh_days: 0, ...values,
})

/** The header row of a lane: its name's toggle and, beside it, the summary. */
const laneHeader = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) }).closest('.cb-timeline__row') as HTMLElement
const summaryOf = (name: string) => laneHeader(name).querySelector<HTMLElement>('.lane-summary')
/** What the header shows to the eye (the spelled-out label is there for screen readers too). */
const shown = (name: string) => summaryOf(name)?.querySelector('[aria-hidden="true"]')?.textContent

// Noon on Friday 14 March 2025. The timeline opens with today a third into the 1,000 px grid (1,200 px wide, less the
// 200 px of names), 16 px a day at week zoom: 20.8 days before today and 62.5 days in all are on screen, so the days
// asked for are 21 February through 25 April.
const shownRange = { p_workspace_id: 'ws-1', p_from: '2025-02-21', p_to: '2025-04-25' }

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2025, 2, 14, 12))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('lane summaries', () => {
  it('a crew schedule shows each person’s hours for the days on screen in their lane header, from one request for all lanes', async () => {
    const asked = answerRpc('get_crew_hours', [[hours(priya, { confirmed_hours: 38.5, tentative_hours: 4 }), hours(jonas, { confirmed_hours: 12 })]])
    renderSchedule('person_id')

    await waitFor(() => expect(shown('Priya Raman')).toBe('38.5 h / 40+4 pencilled'))
    expect(shown('Jonas Becker')).toBe('12 h / 40')
    expect(asked).toEqual([shownRange])
    // Under capacity and no overtime: nothing to warn about; the title spells the line out.
    expect(summaryOf('Priya Raman')?.dataset.warning).toBeUndefined()
    expect(summaryOf('Priya Raman')?.title).toBe('38.5 hours confirmed of 40 hours capacity, Feb 21 – Apr 25, 2025; 4 hours pencilled')
  })

  it('overtime, double time and hours over capacity show as a warning, spelled out in the label', async () => {
    answerRpc('get_crew_hours', [[
      hours(priya, { confirmed_hours: 47.5, overtime_hours: 6, double_time_hours: 1.5, weighted_hours: 51.25 }),
      hours(jonas, { confirmed_hours: 40 }),
    ]])
    renderSchedule('person_id')

    const lane = await waitFor(() => {
      const summary = summaryOf('Priya Raman')
      expect(summary).toBeTruthy()
      return summary!
    })
    expect(lane.dataset.warning).toBe('true')
    expect(within(lane).getByText('47.5 h / 40')).toBeTruthy()
    expect(within(lane).getByText('+6 h OT')).toBeTruthy()
    expect(within(lane).getByText('2x 1.5 h')).toBeTruthy()
    expect(lane.title).toBe(
      '47.5 hours confirmed of 40 hours capacity, Feb 21 – Apr 25, 2025; 7.5 hours over capacity; 6 hours overtime at 1.5x; 1.5 hours double time at 2x; 51.3 hours as paid',
    )
    // Exactly at capacity, without overtime, is no warning.
    expect(summaryOf('Jonas Becker')?.dataset.warning).toBeUndefined()
  })

  it('a row arriving live asks again for the same days and shows the new hours', async () => {
    const asked = answerRpc('get_crew_hours', [[hours(priya, { confirmed_hours: 8 })], [hours(priya, { confirmed_hours: 17 })]])
    const { store } = renderSchedule('person_id')
    await waitFor(() => expect(shown('Priya Raman')).toBe('8 h / 40'))

    // Someone else adds a call for Priya; the store places it in her lane.
    const added = call('c3', 'Hamlet: ASM', priya, console12, 13)
    const state = store.getState()
    store.setState({
      records: { ...state.records, c3: added },
      groupedIds: { ...state.groupedIds, [priya]: [...(state.groupedIds[priya] ?? []), 'c3'] },
    })

    await waitFor(() => expect(shown('Priya Raman')).toBe('17 h / 40'))
    expect(asked).toEqual([shownRange, shownRange])
    expect(screen.getByRole('button', { name: /^Hamlet: ASM/ })).toBeTruthy()
  })

  it('when asking fails, the lanes show no figures (not stale ones) and the schedule keeps working', async () => {
    answerRpc('get_crew_hours', [[hours(priya, { confirmed_hours: 8 })], 'fail'])
    const { store } = renderSchedule('person_id')
    await waitFor(() => expect(summaryOf('Priya Raman')).toBeTruthy())

    store.setState({ records: { ...store.getState().records, c1: { ...store.getState().records.c1!, role: 'Hamlet: DSM' } } })

    await waitFor(() => expect(summaryOf('Priya Raman')).toBeNull())
    expect(screen.getByRole('button', { name: /^Hamlet: DSM/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: /^Priya Raman/ })).toBeTruthy()
  })

  it('a gear schedule shows each asset’s booked share, and a bulk item short at its peak as a warning', async () => {
    const asked = answerRpc('calculate_asset_utilization', [[
      { asset_id: null, asset_name: null, category: 'Lighting', tracking: null, stock_quantity: null, booked_hours: 300, tentative_hours: 0, checked_out_hours: 0, utilization: 0.9, peak_demand: 28, peak_confirmed: 28, shortage: 4, peak_at: null },
      { asset_id: console12, asset_name: 'DiGiCo SD12', category: 'Sound', tracking: 'serialized', stock_quantity: 1, booked_hours: 120, tentative_hours: 0, checked_out_hours: 0, utilization: 0.62, peak_demand: 1, peak_confirmed: 1, shortage: 0, peak_at: null },
      { asset_id: pars, asset_name: 'LED PAR', category: 'Lighting', tracking: 'bulk', stock_quantity: 24, booked_hours: 300, tentative_hours: 12, checked_out_hours: 0, utilization: 0.9, peak_demand: 28, peak_confirmed: 26, shortage: 4, peak_at: '2025-03-12T19:00:00Z' },
    ]])
    renderSchedule('asset_id')

    await waitFor(() => expect(shown('DiGiCo SD12')).toBe('62% booked'))
    expect(summaryOf('DiGiCo SD12')?.dataset.warning).toBeUndefined()
    const bulk = summaryOf('LED PAR')!
    expect(within(bulk).getByText('90% booked')).toBeTruthy()
    expect(within(bulk).getByText('short 4 at peak')).toBeTruthy()
    expect(bulk.dataset.warning).toBe('true')
    expect(bulk.title).toContain('short 4 at peak: 28 wanted of 24 in stock on Wed, Mar 12, 7:00 PM')
    expect(asked).toEqual([shownRange])
  })
})
