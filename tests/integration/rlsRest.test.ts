import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SupabaseClient } from '@supabase/supabase-js'
import type { Backend } from '../../server/startBackend.ts'
import { clientFor, ids, signedInClient, startTestBackend, type DemoUser } from '../support/testBackend.ts'
import { moduleTables } from '../database/support/seedIds.ts'

// Row-level security as the app meets it: the real supabase-js client through the embedded REST API.
// tests/database/rls.test.ts holds the exhaustive SQL-level matrix (also run on PostgreSQL 15); this file proves the
// REST path sets role and claims so those policies decide, for every table.

type Actor = DemoUser | 'anon'
const actors: Actor[] = ['alice', 'bob', 'carol', 'mallory', 'anon']

let backend: Backend
let service: SupabaseClient
const clients = {} as Record<Actor, SupabaseClient>

beforeAll(async () => {
  backend = await startTestBackend()
  service = clientFor(backend, backend.serviceRoleKey)
  for (const actor of actors) clients[actor] = actor === 'anon' ? clientFor(backend) : await signedInClient(backend, actor)
})
afterAll(async () => {
  await backend?.close()
})

/** How to scope each table to Northstar's data; the test below fails if a new public table is missing here. */
const northstarScope: Record<string, [column: string, value: string]> = {
  profiles: ['id', ids.alice],
  organizations: ['id', ids.northstar],
  organization_members: ['organization_id', ids.northstar],
  workspaces: ['id', ids.mainStage],
  notifications: ['user_id', ids.bob],
  notification_preferences: ['user_id', ids.carol],
}
// Every module table is scoped by workspace_id; the registry lists them, so a new module needs no line here.
const workspaceScoped = [
  'workspace_members', 'custom_fields', 'views', 'comments', 'comment_reactions', 'activities', 'user_presence', 'audit_log',
  'show_runtimes', 'show_runtime_log',
  ...moduleTables,
]
for (const table of workspaceScoped) northstarScope[table] = ['workspace_id', ids.mainStage]

async function visibleRows(client: SupabaseClient, table: string): Promise<{ count: number; error: { code: string } | null }> {
  const [column, value] = northstarScope[table]!
  const { data, error } = await client.from(table).select('*').eq(column, value)
  return { count: data?.length ?? 0, error: error as { code: string } | null }
}

describe('row-level security through REST', () => {
  it('covers every table in the public schema', async () => {
    const { rows } = await backend.db.query<{ tablename: string }>(`select tablename from pg_tables where schemaname = 'public'`)
    expect(rows.map((r) => r.tablename).sort()).toEqual(Object.keys(northstarScope).sort())
  })

  it('never shows Northstar rows to mallory or anon, and shows them to members', async () => {
    for (const table of Object.keys(northstarScope)) {
      const owner = await visibleRows(service, table)
      expect(owner.count, `${table}: the seed must hold Northstar rows for this check to mean anything`).toBeGreaterThan(0)

      const mallory = await visibleRows(clients.mallory, table)
      expect(mallory, `mallory on ${table}`).toEqual({ count: 0, error: null })

      const anon = await visibleRows(clients.anon, table)
      expect(anon.count, `anon on ${table}`).toBe(0)
      if (anon.error) expect(anon.error.code, `anon on ${table}`).toBe('42501')

      const member = await Promise.all((['alice', 'bob', 'carol'] as const).map((a) => visibleRows(clients[a], table)))
      expect(Math.max(...member.map((m) => m.count)), `a Northstar member on ${table}`).toBeGreaterThan(0)
    }
  })

  it('lets a viewer read every module table of her workspace', async () => {
    for (const table of moduleTables) {
      expect((await visibleRows(clients.carol, table)).count, table).toBeGreaterThan(0)
    }
  })

  // Writes through REST on a few module tables (PostgREST's status codes and error bodies); the SQL matrix
  // (tests/database/support/rlsMatrix.ts) covers every module table's policies on PGlite and PostgreSQL 15.
  const modulePayloads: Record<string, Record<string, unknown>> = {
    productions: { name: 'RLS production' },
    project_tasks: { title: 'RLS task' },
    project_milestones: { name: 'RLS milestone' },
    events: { title: 'RLS event', starts_at: new Date().toISOString() },
    personnel: { full_name: 'RLS Person' },
    assets: { name: 'RLS console' },
  }
  const writers = new Set<Actor>(['alice', 'bob'])

  for (const [table, payload] of Object.entries(modulePayloads)) {
    it(`lets only admins and members insert, update and delete ${table} in Main Stage`, async () => {
      for (const actor of actors) {
        const extra = table === 'assets' ? { asset_tag: `RLS-${actor}-${Date.now()}` } : {}
        const inserted = await clients[actor].from(table).insert({ workspace_id: ids.mainStage, ...payload, ...extra }).select('id')
        if (writers.has(actor)) {
          expect(inserted.error, `${actor} inserts ${table}`).toBeNull()
        } else {
          expect(inserted.error?.code, `${actor} inserts ${table}`).toBe('42501')
          expect(inserted.status).toBe(actor === 'anon' ? 401 : 403)
        }

        // A row made by the service role, so every actor faces the same target.
        const target = await service.from(table).insert({ workspace_id: ids.mainStage, ...payload, ...(table === 'assets' ? { asset_tag: `RLS-T-${actor}-${Date.now()}` } : {}) }).select('id').single()
        expect(target.error).toBeNull()
        const id = (target.data as { id: string }).id

        const updated = await clients[actor].from(table).update({ custom_fields: { touched: actor } }).eq('id', id).select('id')
        const deleted = await clients[actor].from(table).delete().eq('id', id).select('id')
        const after = await service.from(table).select('custom_fields').eq('id', id)
        if (writers.has(actor)) {
          expect(updated.data, `${actor} updates ${table}`).toEqual([{ id }])
          expect(deleted.data, `${actor} deletes ${table}`).toEqual([{ id }])
          expect(after.data).toEqual([])
        } else {
          // Refused writes either fail (no privilege) or match no row (RLS hides it); either way nothing changes.
          expect(updated.data ?? [], `${actor} updates ${table}`).toEqual([])
          expect(deleted.data ?? [], `${actor} deletes ${table}`).toEqual([])
          expect(after.data, `${actor} must leave ${table} untouched`).toEqual([{ custom_fields: {} }])
        }
      }
    })
  }
})
