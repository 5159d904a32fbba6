import type { User } from '@supabase/supabase-js'
import type { OrganizationRow, WorkspaceRow } from '../../../src/lib/supabase/types'
import { buildCustomFieldRow, buildOrganization, buildProduction, buildTask, buildUser, buildViewRow, buildWorkspace } from './factories'

export type Row = Record<string, unknown>
export type Role = 'admin' | 'member' | 'viewer'

export interface LoggedRequest {
  method: string
  table: string
  params: URLSearchParams
  body: unknown
}

/** The rows the fake Supabase serves, shaped like supabase/seed.sql's demo data but small. */
export interface FakeData {
  users: { user: User; password: string }[]
  /** Every table by name: workspaces, workspace_members (with roles), profiles, module tables, views, custom_fields. */
  tables: Record<string, Row[]>
  /** Every REST request the fake answered, with its decoded parameters and body, for asserting what went over the wire. */
  log: LoggedRequest[]
}

export const demoPassword = 'callboard-demo'

export function buildDemoData() {
  const alice = buildUser('alice@northstar.test')
  const bob = buildUser('bob@northstar.test')
  const carol = buildUser('carol@northstar.test')
  const mallory = buildUser('mallory@rival.test')

  const northstar = buildOrganization('Northstar Productions')
  const harbour = buildOrganization('Harbour Festival')
  const rival = buildOrganization('Rival Events')

  const mainStage = buildWorkspace('Main Stage', northstar, { settings: { timezone: 'Europe/London', currency: 'GBP' } })
  const studio = buildWorkspace('Studio', northstar)
  const summer = buildWorkspace('Summer Season', harbour)
  const arena = buildWorkspace('Arena', rival)

  const productions = [
    buildProduction('Hamlet', mainStage, { code: 'HAM-25', status: 'in_production', venue: 'Main Stage', start_date: '2025-03-01', end_date: '2025-04-12', budget: 250000 }),
    buildProduction('The Seagull', mainStage, { code: 'SEA-25', status: 'pre_production', venue: 'Main Stage', start_date: '2025-09-05', end_date: '2025-10-18', budget: 180000.5 }),
    buildProduction('Untitled new writing', mainStage, { status: 'planning' }),
    buildProduction('Old revival', mainStage, { status: 'cancelled', deleted_at: '2025-01-10T10:00:00.000Z' }),
    buildProduction('Rival Macbeth', arena, { status: 'planning' }),
  ]

  const department = { department: 'lighting', requires_crew_call: false }
  const tasks = {
    rig: buildTask('Hang lighting rig', mainStage, { status: 'todo', position: 'a0', priority: 'high', due_date: '2025-03-03', estimate_hours: 6, custom_fields: department }),
    focus: buildTask('Focus session', mainStage, { status: 'todo', position: 'a1', due_date: '2025-03-05', estimate_hours: 4, custom_fields: { department: 'lighting', requires_crew_call: true } }),
    cues: buildTask('Program cues', mainStage, { status: 'todo', position: 'a2', due_date: '2025-03-01', estimate_hours: 3.5, custom_fields: { department: 'sound' } }),
    fitting: buildTask('Costume fitting', mainStage, { status: 'in_progress', position: 'a0', assignee_id: bob.id, due_date: '2025-02-20', estimate_hours: 2 }),
    paint: buildTask('Paint flats', mainStage, { status: 'done', position: 'a0', due_date: '2025-02-10', estimate_hours: 8, custom_fields: { department: 'scenic' } }),
    rival: buildTask('Rival task', arena, { status: 'todo', position: 'a0' }),
  }

  const taskViews = {
    list: buildViewRow('All tasks', mainStage, 'project_tasks', { owner_id: alice.id, position: 'a0', sorts: [{ field: 'due_date', direction: 'asc' }] }),
    board: buildViewRow('Task board', mainStage, 'project_tasks', { owner_id: alice.id, position: 'a1', view_type: 'board', group_by: { field: 'status', collapsed: [] }, config: { options: { cardFields: ['department'] } } }),
    personal: buildViewRow('My task list', mainStage, 'project_tasks', { owner_id: bob.id, position: 'a2', is_shared: false }),
  }

  const customFields = [
    buildCustomFieldRow('department', 'Department', 'single_select', mainStage, 'project_tasks', {
      position: 'a0',
      options: [
        { value: 'lighting', label: 'Lighting', color: 'yellow' },
        { value: 'sound', label: 'Sound', color: 'purple' },
        { value: 'scenic', label: 'Scenic', color: 'green' },
      ],
    }),
    buildCustomFieldRow('requires_crew_call', 'Crew call needed', 'checkbox', mainStage, 'project_tasks', { position: 'a1' }),
  ]

  const member = (user: User, workspace: WorkspaceRow, role: Role): Row => ({ id: crypto.randomUUID(), workspace_id: workspace.id, user_id: user.id, role })
  const profile = (user: User, name: string): Row => ({ id: user.id, email: user.email, full_name: name, avatar_url: null })

  const data: FakeData = {
    users: [alice, bob, carol, mallory].map((user) => ({ user, password: demoPassword })),
    tables: {
      organizations: [northstar, harbour, rival] as unknown as Row[],
      workspaces: [mainStage, studio, summer, arena] as unknown as Row[],
      profiles: [profile(alice, 'Alice Moreau'), profile(bob, 'Bob Okafor'), profile(carol, 'Carol Jensen'), profile(mallory, 'Mallory Stone')],
      workspace_members: [
        member(alice, mainStage, 'admin'),
        member(alice, studio, 'admin'),
        member(alice, summer, 'member'),
        member(bob, mainStage, 'member'),
        member(carol, mainStage, 'viewer'),
        member(mallory, arena, 'admin'),
      ],
      productions: productions as unknown as Row[],
      project_tasks: Object.values(tasks),
      views: Object.values(taskViews),
      custom_fields: customFields,
    },
    log: [],
  }
  return { data, alice, bob, carol, mallory, northstar, harbour, mainStage, studio, summer, arena, tasks, taskViews, customFields }
}

export type { OrganizationRow }
