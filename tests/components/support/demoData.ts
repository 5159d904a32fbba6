import type { User } from '@supabase/supabase-js'
import type { OrganizationRow, ProductionRow, WorkspaceRow } from '../../../src/lib/supabase/types'
import { buildOrganization, buildProduction, buildUser, buildWorkspace } from './factories'

/** The rows the fake Supabase serves, shaped like supabase/seed.sql's demo data but small. */
export interface FakeData {
  users: { user: User; password: string }[]
  organizations: OrganizationRow[]
  workspaces: WorkspaceRow[]
  /** Which workspaces each user id belongs to: the fake's stand-in for the RLS membership policies. */
  memberships: Map<string, string[]>
  productions: ProductionRow[]
}

export const demoPassword = 'callboard-demo'

export function buildDemoData() {
  const alice = buildUser('alice@northstar.test')
  const mallory = buildUser('mallory@rival.test')

  const northstar = buildOrganization('Northstar Productions')
  const harbour = buildOrganization('Harbour Festival')
  const rival = buildOrganization('Rival Events')

  const mainStage = buildWorkspace('Main Stage', northstar, { settings: { timezone: 'Europe/London', currency: 'GBP' } })
  const studio = buildWorkspace('Studio', northstar)
  const summer = buildWorkspace('Summer Season', harbour)
  const arena = buildWorkspace('Arena', rival)

  const productions = [
    buildProduction('Hamlet', mainStage, {
      code: 'HAM-25',
      status: 'in_production',
      venue: 'Main Stage',
      start_date: '2025-03-01',
      end_date: '2025-04-12',
      budget: 250000,
    }),
    buildProduction('The Seagull', mainStage, {
      code: 'SEA-25',
      status: 'pre_production',
      venue: 'Main Stage',
      start_date: '2025-09-05',
      end_date: '2025-10-18',
      budget: 180000.5,
    }),
    buildProduction('Untitled new writing', mainStage, { status: 'planning' }),
    buildProduction('Old revival', mainStage, { status: 'cancelled', deleted_at: '2025-01-10T10:00:00.000Z' }),
    buildProduction('Rival Macbeth', arena, { status: 'planning' }),
  ]

  const data: FakeData = {
    users: [
      { user: alice, password: demoPassword },
      { user: mallory, password: demoPassword },
    ],
    organizations: [northstar, harbour, rival],
    workspaces: [mainStage, studio, summer, arena],
    memberships: new Map([
      [alice.id, [mainStage.id, studio.id, summer.id]],
      [mallory.id, [arena.id]],
    ]),
    productions,
  }
  return { data, alice, mallory, northstar, harbour, mainStage, studio, summer, arena }
}
