import { moduleRegistry } from '../../../src/modules/registry.ts'

/** The deterministic ids of supabase/seed.sql (see its header), for tests that act as the demo people. */
export const users = {
  alice: '11111111-1111-4111-8111-111111111111',
  bob: '22222222-2222-4222-8222-222222222222',
  carol: '33333333-3333-4333-8333-333333333333',
  mallory: '44444444-4444-4444-8444-444444444444',
} as const

export const organizations = {
  northstar: 'a0000000-0000-4000-8000-000000000001',
  rival: 'a0000000-0000-4000-8000-000000000002',
} as const

export const workspaces = {
  mainStage: 'b0000000-0000-4000-8000-000000000001',
  arena: 'b0000000-0000-4000-8000-000000000002',
} as const

/** `<prefix>-0000-4000-8000-<n padded to 12>`: Main Stage rows count from 1, Arena rows from 901. */
export function seedRowId(prefix: string, n: number): string {
  return `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`
}

export const rowPrefixes = {
  productions: 'c0000000',
  project_tasks: 'd0000000',
  project_milestones: 'd1000000',
  events: 'e0000000',
  personnel: 'f0000000',
  assets: 'a5000000',
  locations: '10000000',
  bookings: 'b1000000',
  personnel_assignments: 'a1000000',
  training_records: 'c2000000',
  site_maps: '5a000000',
  location_access: '1a000000',
  location_utilities: '1b000000',
  asset_transactions: 'a6000000',
  asset_maintenance: 'a7000000',
  production_advances: 'a8000000',
  teams: '7e000000',
  time_entries: '7f000000',
  job_openings: '70000000',
  job_applicants: '71000000',
  project_compliance: 'c3000000',
  project_safety: 'c4000000',
  run_of_show: '5e000000',
  incidents: '1c000000',
  task_dependencies: 'de000000',
  custom_fields: 'cf000000',
  views: '0f000000',
  comments: 'c1000000',
  activities: 'ac000000',
  notifications: '0a000000',
} as const

/** The module tables (built from private.module_row, attached with private.attach_module_table): the registry's. */
export const moduleTables: readonly string[] = moduleRegistry.map((module) => module.table)
