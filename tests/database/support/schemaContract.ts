import { describe, expect, it } from 'vitest'
import { applyMigrations, readMigrations } from '../../../server/database/migrate.ts'
import { moduleTables, organizations, rowPrefixes, seedRowId, users, workspaces } from './seedIds.ts'
import { actAs, rolledBack, rows, sqlState, type SqlSession } from './sqlSession.ts'

const main = workspaces.mainStage
const arena = workspaces.arena

async function count(db: SqlSession, sql: string, params?: unknown[]): Promise<number> {
  const [row] = await rows<{ n: number | string }>(db, sql, params)
  return Number(row?.n ?? 0)
}

async function errorOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise
    return undefined
  } catch (error) {
    return sqlState(error) ?? (error as Error).message
  }
}

/**
 * What the migrations and the seed promise, checked against a database that has had the bootstrap, the
 * migrations and the seed. Every check leaves the database as it found it (rolled-back transactions), so the
 * same database can then run the RLS matrix. Shared by the PGlite and the PostgreSQL 15 suites.
 */
export function describeSchemaContract(getDb: () => SqlSession): void {
  describe('the demo seed', () => {
    it('creates the four demo people as Supabase seeds do, with profiles and the demo password', async () => {
      const people = await rows<{ email: string; full_name: string; password_ok: boolean; tokens_ok: boolean; identities: number }>(
        getDb(),
        `select u.email, p.full_name,
                u.encrypted_password = extensions.crypt('callboard-demo', u.encrypted_password) as password_ok,
                coalesce(u.confirmation_token = '' and u.recovery_token = '' and u.email_change_token_new = ''
                         and u.email_change = '', false) as tokens_ok,
                (select count(*)::int from auth.identities i
                  where i.user_id = u.id and i.provider = 'email' and i.provider_id = u.id::text
                    and i.identity_data ->> 'sub' = u.id::text) as identities
         from auth.users u join public.profiles p on p.id = u.id
         where u.id = any($1::uuid[]) order by u.email`,
        [Object.values(users)],
      )
      expect(people).toEqual([
        { email: 'alice@northstar.test', full_name: 'Alice Moreau', password_ok: true, tokens_ok: true, identities: 1 },
        { email: 'bob@northstar.test', full_name: 'Bob Okafor', password_ok: true, tokens_ok: true, identities: 1 },
        { email: 'carol@northstar.test', full_name: 'Carol Jensen', password_ok: true, tokens_ok: true, identities: 1 },
        { email: 'mallory@rival.test', full_name: 'Mallory Kade', password_ok: true, tokens_ok: true, identities: 1 },
      ])
    })

    it('gives Northstar/Main Stage and Rival/Arena the documented members and roles', async () => {
      const memberships = await rows<{ who: string; org: string; org_role: string; ws: string; ws_role: string }>(
        getDb(),
        `select p.email as who, o.slug as org, om.role as org_role, w.slug as ws, wm.role as ws_role
         from public.workspace_members wm
         join public.workspaces w on w.id = wm.workspace_id
         join public.organizations o on o.id = w.organization_id
         join public.organization_members om on om.organization_id = o.id and om.user_id = wm.user_id
         join public.profiles p on p.id = wm.user_id
         order by p.email`,
      )
      expect(memberships).toEqual([
        { who: 'alice@northstar.test', org: 'northstar', org_role: 'owner', ws: 'main-stage', ws_role: 'admin' },
        { who: 'bob@northstar.test', org: 'northstar', org_role: 'member', ws: 'main-stage', ws_role: 'member' },
        { who: 'carol@northstar.test', org: 'northstar', org_role: 'member', ws: 'main-stage', ws_role: 'viewer' },
        { who: 'mallory@rival.test', org: 'rival', org_role: 'owner', ws: 'arena', ws_role: 'admin' },
      ])
      const names = await rows<{ id: string; name: string; slug: string }>(
        getDb(),
        `select id, name, slug from public.organizations union all select id, name, slug from public.workspaces order by 1`,
      )
      expect(names).toEqual([
        { id: organizations.northstar, name: 'Northstar Productions', slug: 'northstar' },
        { id: organizations.rival, name: 'Rival Events', slug: 'rival' },
        { id: main, name: 'Main Stage', slug: 'main-stage' },
        { id: arena, name: 'Arena', slug: 'arena' },
      ])
    })

    it('fills Main Stage with at least 8 productions, 120 tasks, 40 events, 20 personnel and 32 assets (2 of them bulk stock)', async () => {
      const db = getDb()
      const inMain = (table: string) => count(db, `select count(*) as n from public.${table} where workspace_id = $1`, [main])
      expect(await inMain('productions')).toBeGreaterThanOrEqual(8)
      expect(await inMain('project_tasks')).toBe(120)
      expect(await inMain('events')).toBe(40)
      expect(await inMain('personnel')).toBe(20)
      expect(await inMain('assets')).toBe(32)
      expect(await count(db, `select count(*) as n from public.assets where workspace_id = $1 and tracking = 'bulk'`, [main])).toBe(2)
      expect(await inMain('project_milestones')).toBeGreaterThan(0)
    })

    it('gives Arena a few (3 to 6) rows of every module', async () => {
      for (const table of moduleTables) {
        const n = await count(getDb(), `select count(*) as n from public.${table} where workspace_id = $1`, [arena])
        expect(n, table).toBeGreaterThanOrEqual(3)
        expect(n, table).toBeLessThanOrEqual(6)
      }
    })

    it('spreads the tasks over every status, priority and assignee, with dates on both sides of today', async () => {
      const db = getDb()
      const distinct = async (column: string) =>
        (await rows<{ v: string | null }>(db, `select distinct ${column} as v from public.project_tasks where workspace_id = $1 order by 1`, [main]))
          .map((r) => r.v)
      expect(await distinct('status')).toEqual(['done', 'in_progress', 'review', 'todo'])
      expect(await distinct('priority')).toEqual(['high', 'low', 'medium', 'urgent'])
      expect(await distinct('assignee_id')).toEqual([users.alice, users.bob, users.carol, null])
      const [dates] = await rows<{ past: number; future: number; missing: number }>(
        db,
        `select count(*) filter (where due_date < current_date)::int as past,
                count(*) filter (where due_date > current_date)::int as future,
                count(*) filter (where start_date is null or due_date is null)::int as missing
         from public.project_tasks where workspace_id = $1`,
        [main],
      )
      expect(dates!.past).toBeGreaterThan(10)
      expect(dates!.future).toBeGreaterThan(10)
      expect(dates!.missing).toBe(0)
    })

    it('orders tasks within a status by position as text, with no two tasks in the same place', async () => {
      const positions = await rows<{ status: string; positions: string[] }>(
        getDb(),
        `select status, array_agg(position order by position) as positions
         from public.project_tasks where workspace_id = $1 group by status`,
        [main],
      )
      for (const { status, positions: list } of positions) {
        expect(new Set(list).size, status).toBe(list.length)
        // what the database sorted is what a client sorting the strings byte-wise gets
        expect([...list].sort(), status).toEqual(list)
        for (const p of list) expect(p).toMatch(/^a\d{4}$/)
      }
    })

    it('puts every Main Stage event in this month or the next, in both of them', async () => {
      const [events] = await rows<{ total: number; outside: number; this_month: number; next_month: number; types: number }>(
        getDb(),
        `with bounds as (
           select date_trunc('month', current_date) as this_month,
                  date_trunc('month', current_date) + interval '1 month' as next_month,
                  date_trunc('month', current_date) + interval '2 months' as after
         )
         select count(*)::int as total,
                count(*) filter (where e.starts_at < b.this_month or e.ends_at >= b.after)::int as outside,
                count(*) filter (where e.starts_at < b.next_month)::int as this_month,
                count(*) filter (where e.starts_at >= b.next_month)::int as next_month,
                count(distinct e.event_type)::int as types
         from public.events e, bounds b where e.workspace_id = $1`,
        [main],
      )
      expect(events).toMatchObject({ total: 40, outside: 0 })
      expect(events!.this_month).toBeGreaterThan(10)
      expect(events!.next_month).toBeGreaterThan(10)
      expect(events!.types).toBe(7)
    })

    it('gives every table row-level security protects something to hide in Main Stage', async () => {
      for (const table of ['custom_fields', 'views', 'comments', 'comment_reactions', 'activities', 'notifications', 'user_presence', 'audit_log']) {
        const n = await count(getDb(), `select count(*) as n from public.${table} where workspace_id = $1`, [main])
        expect(n, table).toBeGreaterThan(0)
      }
    })

    it('uses the custom field keys it defines', async () => {
      const undefinedKeys = await rows<{ key: string }>(
        getDb(),
        `select distinct t.key from public.project_tasks p, jsonb_object_keys(p.custom_fields) as t (key)
         where not exists (select 1 from public.custom_fields f
                           where f.workspace_id = p.workspace_id and f.module = 'project_tasks' and f.name = t.key)`,
      )
      expect(undefinedKeys).toEqual([])
    })
  })

  describe('row-level security coverage', () => {
    it('is enabled on every table in the public schema', async () => {
      const tables = await rows<{ name: string; rls: boolean }>(
        getDb(),
        `select c.relname as name, c.relrowsecurity as rls from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
      )
      expect(tables.length).toBeGreaterThanOrEqual(18)
      expect(tables.filter((t) => !t.rls).map((t) => t.name)).toEqual([])
    })

    it('grants nothing to anon or public: every policy is for authenticated only', async () => {
      const policies = await rows<{ table: string; policy: string; roles: string }>(
        getDb(),
        `select tablename as table, policyname as policy, roles::text as roles from pg_policies
         where schemaname = 'public' and roles <> '{authenticated}'::name[]`,
      )
      expect(policies).toEqual([])
    })

    it('reads every table through exactly one select policy (no permissive policies to OR together)', async () => {
      const tables = await rows<{ table: string; selects: number }>(
        getDb(),
        `select c.relname as table,
                (select count(*)::int from pg_policies p
                  where p.schemaname = 'public' and p.tablename = c.relname and p.cmd in ('SELECT', 'ALL')) as selects
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'r' order by 1`,
      )
      expect(tables.filter((t) => t.selects !== 1)).toEqual([])
    })

    it('grants anon nothing on any public table, and authenticated and service_role reads but never TRUNCATE', async () => {
      const tables = await rows<{ name: string; anon: boolean; auth_select: boolean; service_select: boolean; truncate: boolean }>(
        getDb(),
        `select c.relname as name,
                has_table_privilege('anon', c.oid, 'select, insert, update, delete, truncate, references, trigger')
                  or has_any_column_privilege('anon', c.oid, 'select, insert, update, references') as anon,
                has_table_privilege('authenticated', c.oid, 'select') as auth_select,
                has_table_privilege('service_role', c.oid, 'select') as service_select,
                has_table_privilege('authenticated', c.oid, 'truncate') or has_table_privilege('service_role', c.oid, 'truncate') as truncate
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
      )
      expect(tables.length).toBeGreaterThanOrEqual(18)
      expect(tables.filter((t) => t.anon || !t.auth_select || !t.service_select || t.truncate)).toEqual([])
    })

    it('pins the search_path of every function in public and private, and of security definer ones to empty', async () => {
      const functions = await rows<{ name: string; definer: boolean; config: string[] | null }>(
        getDb(),
        `select n.nspname || '.' || p.proname as name, p.prosecdef as definer, p.proconfig as config
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname in ('public', 'private') and p.prokind = 'f'`,
      )
      expect(functions.length).toBeGreaterThan(10)
      const unpinned = functions.filter((f) => !(f.config ?? []).some((c) => c.startsWith('search_path=')))
      expect(unpinned.map((f) => f.name)).toEqual([])
      const loose = functions.filter((f) => f.definer && !(f.config ?? []).includes('search_path=""'))
      expect(loose.map((f) => f.name)).toEqual([])
    })

    it('lets the API roles call only the policy helpers (and pure helpers of the rules) in private, and nobody call the machinery', async () => {
      const db = getDb()
      const callable = await rows<{ name: string }>(
        db,
        `select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname = 'private' and has_function_privilege('authenticated', p.oid, 'execute') order by 1`,
      )
      expect(callable.map((f) => f.name)).toEqual([
        'admin_organization_ids',
        'admin_workspace_ids',
        'asset_demand',
        'demand_peaks',
        'describe_window',
        'full_member_organization_ids',
        'location_family',
        'manageable_workspace_ids',
        'may_read_workspace',
        'member_organization_ids',
        'member_workspace_ids',
        'multirange_hours',
        'occupied_window',
        'overtime_rules',
        'owner_organization_ids',
        'paid_work',
        'person_work',
        'price_overtime',
        'production_day',
        'realtime_topic_workspace_id',
        'require_day_range',
        'resource_occupancy',
        'shared_workspace_user_ids',
        'stock_shortage',
        'window_conflicts',
        'workspace_organization_has_member',
        'writable_workspace_ids',
      ])
      const [privileges] = await rows<{ public_usage: boolean; anon_create_workspace: boolean; authenticated_create_workspace: boolean }>(
        db,
        `select has_schema_privilege('public', 'private', 'usage') as public_usage,
                has_function_privilege('anon', 'public.create_workspace(uuid, text)', 'execute') as anon_create_workspace,
                has_function_privilege('authenticated', 'public.create_workspace(uuid, text)', 'execute') as authenticated_create_workspace`,
      )
      expect(privileges).toEqual({ public_usage: false, anon_create_workspace: false, authenticated_create_workspace: true })
    })

    it('indexes every foreign key (leading columns of some index)', async () => {
      const unindexed = await rows<{ constraint: string }>(
        getDb(),
        `select c.conrelid::regclass::text || '.' || c.conname as constraint
         from pg_constraint c join pg_namespace n on n.oid = c.connamespace
         where c.contype = 'f' and n.nspname = 'public'
           and not exists (
             select 1 from pg_index i
             where i.indrelid = c.conrelid
               and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
               and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey
           )`,
      )
      expect(unindexed).toEqual([])
    })
  })

  describe('module tables', () => {
    it('are exactly the tables built from private.module_row', async () => {
      const tables = await rows<{ name: string }>(
        getDb(),
        `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'r'
           and (select count(*) from pg_attribute a
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                  and a.attname in ('id', 'workspace_id', 'created_by', 'created_at', 'updated_at', 'custom_fields', 'sync_version', 'deleted_at')) = 8
         order by 1`,
      )
      expect(tables.map((t) => t.name)).toEqual([...moduleTables].sort())
    })

    it('are all in the supabase_realtime publication with replica identity full', async () => {
      const published = await rows<{ name: string; identity: string }>(
        getDb(),
        `select c.relname as name, c.relreplident::text as identity
         from pg_publication_tables pt join pg_class c on c.relname = pt.tablename
         join pg_namespace n on n.oid = c.relnamespace and n.nspname = pt.schemaname
         where pt.pubname = 'supabase_realtime' and pt.schemaname = 'public'`,
      )
      for (const table of moduleTables) {
        expect(published, table).toContainEqual({ name: table, identity: 'f' })
      }
    })

    it('all carry the sync, audit, activity, notification and broadcast triggers, the four policies and the workspace and custom field indexes', async () => {
      for (const table of moduleTables) {
        const [shape] = await rows<{ triggers: string[]; policies: string[]; indexes: string[] }>(
          getDb(),
          `select
             array(select tgname::text from pg_trigger where tgrelid = $1::regclass and not tgisinternal order by 1) as triggers,
             array(select cmd || ':' || policyname from pg_policies where schemaname = 'public' and tablename = $2 order by 1) as policies,
             array(select indexdef from pg_indexes where schemaname = 'public' and tablename = $2 order by 1) as indexes`,
          [`public.${table}`, table],
        )
        expect(shape!.triggers, table).toEqual(
          expect.arrayContaining(['module_activity', 'module_audit', 'module_before_write', 'module_broadcast', 'module_notify']),
        )
        expect(shape!.policies, table).toEqual([
          'DELETE:writers delete',
          'INSERT:writers insert',
          'SELECT:members read',
          'UPDATE:writers update',
        ])
        expect(shape!.indexes.some((d) => d.includes('USING btree (workspace_id, created_at)')), table).toBe(true)
        expect(shape!.indexes.some((d) => d.includes('USING gin (custom_fields)')), table).toBe(true)
      }
    })

    it('when a row is updated, sync_version goes up by one, updated_at moves and the audit log keeps old and new values', async () => {
      const id = seedRowId(rowPrefixes.project_tasks, 7)
      await rolledBack(getDb(), async (db) => {
        const [before] = await rows<{ sync_version: string; updated_at: Date; title: string }>(
          db, `select sync_version, updated_at, title from public.project_tasks where id = $1`, [id],
        )
        await actAs(db, 'bob', users)
        // a client cannot set the counter itself: the trigger decides
        const updated = await rows<{ sync_version: string; updated_at: Date }>(
          db,
          `update public.project_tasks set title = 'Print the rehearsal schedule', sync_version = 999
           where id = $1 and sync_version = $2 returning sync_version, updated_at`,
          [id, before!.sync_version],
        )
        expect(updated).toHaveLength(1)
        expect(Number(updated[0]!.sync_version)).toBe(Number(before!.sync_version) + 1)
        expect(new Date(updated[0]!.updated_at).getTime()).toBeGreaterThan(new Date(before!.updated_at).getTime())
        // a second writer holding the old version changes nothing (compare-and-set)
        const stale = await rows(db, `update public.project_tasks set title = 'Stale' where id = $1 and sync_version = $2 returning id`, [
          id,
          before!.sync_version,
        ])
        expect(stale).toHaveLength(0)
        await db.query('reset role')
        const audit = await rows<{ action: string; old_title: string; new_title: string; changed_by: string; workspace_id: string }>(
          db,
          `select action, old_values ->> 'title' as old_title, new_values ->> 'title' as new_title, changed_by, workspace_id
           from public.audit_log where table_name = 'project_tasks' and record_id = $1 and action = 'update'`,
          [id],
        )
        expect(audit).toEqual([
          { action: 'update', old_title: before!.title, new_title: 'Print the rehearsal schedule', changed_by: users.bob, workspace_id: main },
        ])
      })
    })

    it('records inserts and deletes in the audit log, and credits the caller whatever created_by says', async () => {
      await rolledBack(getDb(), async (db) => {
        await actAs(db, 'bob', users)
        const [row] = await rows<{ id: string; created_by: string; sync_version: string }>(
          db,
          `insert into public.assets (workspace_id, name, asset_tag, created_by) values ($1, 'Clear-Com FreeSpeak II beltpack', 'NS-AUD-900', $2)
           returning id, created_by, sync_version`,
          [main, users.alice],
        )
        expect(row).toMatchObject({ created_by: users.bob })
        expect(Number(row!.sync_version)).toBe(1)
        await db.query('delete from public.assets where id = $1', [row!.id])
        await db.query('reset role')
        const audit = await rows<{ action: string; has_old: boolean; has_new: boolean }>(
          db,
          `select action, old_values is not null as has_old, new_values is not null as has_new
           from public.audit_log where record_id = $1 order by id`,
          [row!.id],
        )
        expect(audit).toEqual([
          { action: 'insert', has_old: false, has_new: true },
          { action: 'delete', has_old: true, has_new: false },
        ])
      })
    })

    it('refuses custom_fields that are not a JSON object', async () => {
      const code = await rolledBack(getDb(), (db) =>
        errorOf(db.query(`insert into public.personnel (workspace_id, full_name, custom_fields) values ($1, 'X', '[1, 2]')`, [main])),
      )
      expect(code).toBe('23514')
    })

    it('lets a member file a task under a production of their workspace, and nobody under someone else’s', async () => {
      const insertTask = (actor: 'bob' | 'mallory', workspaceId: string, productionN: number) =>
        rolledBack(getDb(), async (db) => {
          await actAs(db, actor, users)
          return errorOf(
            db.query(`insert into public.project_tasks (workspace_id, title, production_id) values ($1, 'Hang the cyc', $2)`, [
              workspaceId,
              seedRowId(rowPrefixes.productions, productionN),
            ]),
          )
        })
      expect(await insertTask('bob', main, 1)).toBeUndefined()
      expect(await insertTask('bob', main, 901)).toBe('23503')
      expect(await insertTask('mallory', arena, 1)).toBe('23503')
    })

    it('refuses a task that points at a production of another workspace, even for the database owner', async () => {
      const code = await rolledBack(getDb(), (db) =>
        errorOf(
          db.query(`insert into public.project_tasks (workspace_id, title, production_id) values ($1, 'Cross-tenant', $2)`, [
            main,
            seedRowId(rowPrefixes.productions, 901),
          ]),
        ),
      )
      expect(code).toBe('23503')
    })

    it('lets a workspace be deleted with everything in it (the audit trail stays)', async () => {
      await rolledBack(getDb(), async (db) => {
        await db.query('delete from public.workspaces where id = $1', [arena])
        expect(await count(db, 'select count(*) as n from public.project_tasks where workspace_id = $1', [arena])).toBe(0)
        expect(await count(db, `select count(*) as n from public.audit_log where workspace_id = $1 and action = 'delete'`, [arena])).toBeGreaterThan(0)
      })
    })
  })

  describe('profiles follow auth.users', () => {
    it('creates a profile named from the metadata, or from the email when there is no name, and follows email changes', async () => {
      await rolledBack(getDb(), async (db) => {
        await db.query(
          `insert into auth.users (instance_id, id, aud, role, email, raw_user_meta_data, created_at, updated_at) values
             ('00000000-0000-0000-0000-000000000000', '66666666-6666-4666-8666-666666666666', 'authenticated', 'authenticated',
              'erin@northstar.test', '{"full_name": "Erin Walsh", "avatar_url": "https://example.test/erin.png"}', now(), now()),
             ('00000000-0000-0000-0000-000000000000', '77777777-7777-4777-8777-777777777777', 'authenticated', 'authenticated',
              'frank.ng@northstar.test', '{}', now(), now())`,
        )
        await db.query(`update auth.users set email = 'erin.walsh@northstar.test' where id = '66666666-6666-4666-8666-666666666666'`)
        const profiles = await rows(
          db,
          `select email, full_name, avatar_url from public.profiles
           where id in ('66666666-6666-4666-8666-666666666666', '77777777-7777-4777-8777-777777777777') order by email`,
        )
        expect(profiles).toEqual([
          { email: 'erin.walsh@northstar.test', full_name: 'Erin Walsh', avatar_url: 'https://example.test/erin.png' },
          { email: 'frank.ng@northstar.test', full_name: 'frank.ng', avatar_url: null },
        ])
      })
    })
  })

  describe('RPC functions', () => {
    it('workspace_task_counts counts what the caller may see, per status in workflow order', async () => {
      const asUser = (actor: 'bob' | 'mallory') =>
        rolledBack(getDb(), async (db) => {
          await actAs(db, actor, users)
          return rows<{ status: string; total: string }>(db, 'select * from public.workspace_task_counts($1)', [main])
        })
      const bobs = await asUser('bob')
      expect(bobs.map((r) => r.status)).toEqual(['todo', 'in_progress', 'review', 'done'])
      expect(bobs.reduce((sum, r) => sum + Number(r.total), 0)).toBe(120)
      expect(await asUser('mallory')).toEqual([])
    })

    it('create_workspace lets an organization owner create a workspace and become its admin, with a unique slug', async () => {
      await rolledBack(getDb(), async (db) => {
        await actAs(db, 'alice', users)
        const [first] = await rows<{ id: string; slug: string; organization_id: string }>(
          db, `select * from public.create_workspace($1, 'Studio B')`, [organizations.northstar],
        )
        const [second] = await rows<{ slug: string }>(db, `select * from public.create_workspace($1, '  Studio   B! ')`, [organizations.northstar])
        expect(first).toMatchObject({ slug: 'studio-b', organization_id: organizations.northstar })
        expect(second).toMatchObject({ slug: 'studio-b-2' })
        const membership = await rows(db, 'select role from public.workspace_members where workspace_id = $1 and user_id = $2', [
          first!.id,
          users.alice,
        ])
        expect(membership).toEqual([{ role: 'admin' }])
      })
    })

    it('create_workspace refuses members who do not manage the organization, outsiders and anon', async () => {
      for (const actor of ['bob', 'carol', 'mallory', 'anon'] as const) {
        const code = await rolledBack(getDb(), async (db) => {
          await actAs(db, actor, users)
          return errorOf(db.query(`select * from public.create_workspace($1, 'Sneaky')`, [organizations.northstar]))
        })
        expect(code, actor).toBe('42501')
      }
    })
  })

  describe('migrations', () => {
    it('are all recorded in the ledger, and applying them again does nothing', async () => {
      const files = (await readMigrations()).map((m) => m.version)
      const ledger = (await rows<{ version: string }>(getDb(), 'select version from supabase_migrations.schema_migrations order by 1')).map(
        (r) => r.version,
      )
      expect(ledger).toEqual(files)
      expect(await applyMigrations(getDb())).toEqual([])
    })
  })
}
