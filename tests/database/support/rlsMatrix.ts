import { actAs, sqlState, type Actor, type SqlSession } from './sqlSession.ts'
import { moduleMatrixCases } from './moduleMatrixCases.ts'
import { moduleTables, organizations, seedRowId, rowPrefixes, users, workspaces } from './seedIds.ts'

/**
 * The row-level security matrix over the seed: for every public table, who may read, insert, update and delete
 * which rows. Each case runs once per actor in its own transaction (always rolled back): optional setup as the
 * database owner, then role and claims in a statement of their own, then the statement under test.
 *
 * A read case passes for an allowed actor who sees every row the owner sees in that scope (or at least one, for
 * `partial` scopes such as "my notifications"), and for a refused actor who sees none or gets 42501.
 * A write case passes for an allowed actor who changes at least one row, and for a refused actor who changes
 * none or gets 42501 (row-level security or a missing privilege). Any other error fails the case.
 */
export type Operation = 'select' | 'insert' | 'update' | 'delete'

export interface MatrixCase {
  table: string
  op: Operation
  /** What the case shows, for the failure report. */
  name: string
  /** Statements run as the database owner first (inside the same rolled-back transaction). */
  setup?: string[]
  /**
   * select: `select count(*)::int as n ...`; writes: a statement `returning` one row per row changed. A function
   * writes the statement when the case runs (as the owner, after the setup), from the catalog or the seed.
   */
  sql: string | ((db: MatrixExecutor) => Promise<string>)
  allowed: readonly Actor[]
  /** select only: allowed actors see some, not all, of the owner's rows (their own notifications, say). */
  partial?: boolean
  /** SQLSTATEs besides 42501 that refuse the statement for an actor who may not make it (before RLS is asked). */
  alsoRefusedWith?: readonly string[]
}

export interface MatrixFailure {
  table: string
  op: Operation
  name: string
  /** 'owner' when the seed leaves a read case with nothing to see (the case would prove nothing). */
  actor: Actor | 'owner'
  expected: 'allowed' | 'refused'
  got: string
}

/** The smallest surface the matrix needs: statements on one connection, transactions by `begin`/`rollback`. */
export type MatrixExecutor = Pick<SqlSession, 'exec' | 'query'>

export const actors: readonly Actor[] = ['alice', 'bob', 'carol', 'mallory', 'anon']

const main = workspaces.mainStage
const arena = workspaces.arena
const northstar = organizations.northstar
const writers = ['alice', 'bob'] as const
const readers = ['alice', 'bob', 'carol'] as const
const dave = '55555555-5555-4555-8555-555555555555'

/** A fresh user (not in any organization) for the membership cases. */
const createDave = `insert into auth.users (instance_id, id, aud, role, email, raw_user_meta_data, created_at, updated_at)
  values ('00000000-0000-0000-0000-000000000000', '${dave}', 'authenticated', 'authenticated', 'dave@northstar.test',
          '{"full_name": "Dave Matrix"}', now(), now())`
const daveJoinsNorthstar = `insert into public.organization_members (organization_id, user_id, role)
  values ('${northstar}', '${dave}', 'member')`

const mainPeople = `('${users.alice}', '${users.bob}', '${users.carol}')`
const view = (n: number) => seedRowId(rowPrefixes.views, n)
const comment = (n: number) => seedRowId(rowPrefixes.comments, n)
const task1 = seedRowId(rowPrefixes.project_tasks, 1)

export const rlsMatrix: readonly MatrixCase[] = [
  // --- profiles: own and co-members' profiles; only your own name and avatar are writable
  { table: 'profiles', op: 'select', name: 'Main Stage people', sql: `select count(*)::int as n from public.profiles where id in ${mainPeople}`, allowed: readers },
  { table: 'profiles', op: 'select', name: "Mallory's profile", sql: `select count(*)::int as n from public.profiles where id = '${users.mallory}'`, allowed: ['mallory'] },
  {
    table: 'profiles', op: 'insert', name: 'a profile for another user',
    setup: [createDave, `delete from public.profiles where id = '${dave}'`],
    sql: `insert into public.profiles (id, email, full_name) values ('${dave}', 'dave@northstar.test', 'Dave') returning id`,
    allowed: [],
  },
  { table: 'profiles', op: 'update', name: "Alice's name", sql: `update public.profiles set full_name = 'Renamed' where id = '${users.alice}' returning id`, allowed: ['alice'] },
  {
    table: 'profiles', op: 'update', name: 'own name',
    sql: `update public.profiles set full_name = full_name || ' (edited)' where id = (select auth.uid()) returning id`,
    allowed: ['alice', 'bob', 'carol', 'mallory'],
  },
  { table: 'profiles', op: 'update', name: 'own email (auth owns it)', sql: `update public.profiles set email = 'spoof@example.test' where id = (select auth.uid()) returning id`, allowed: [] },
  { table: 'profiles', op: 'delete', name: 'Main Stage people', sql: `delete from public.profiles where id in ${mainPeople} returning id`, allowed: [] },

  // --- organizations: members read, owners and admins update, owners delete, nobody creates from the client
  { table: 'organizations', op: 'select', name: 'Northstar', sql: `select count(*)::int as n from public.organizations where id = '${northstar}'`, allowed: readers },
  { table: 'organizations', op: 'select', name: 'Rival', sql: `select count(*)::int as n from public.organizations where id = '${organizations.rival}'`, allowed: ['mallory'] },
  { table: 'organizations', op: 'insert', name: 'a new organization', sql: `insert into public.organizations (name, slug) values ('Matrix Org', 'matrix-org') returning id`, allowed: [] },
  { table: 'organizations', op: 'update', name: "Northstar's name", sql: `update public.organizations set name = 'Northstar Theatre' where id = '${northstar}' returning id`, allowed: ['alice'] },
  { table: 'organizations', op: 'update', name: "Northstar's plan (billing owns it)", sql: `update public.organizations set plan = 'enterprise' where id = '${northstar}' returning id`, allowed: [] },
  { table: 'organizations', op: 'delete', name: 'Northstar', sql: `delete from public.organizations where id = '${northstar}' returning id`, allowed: ['alice'] },

  // --- workspaces: organization members read; organization owners/admins create and delete; admins update
  { table: 'workspaces', op: 'select', name: 'Main Stage', sql: `select count(*)::int as n from public.workspaces where id = '${main}'`, allowed: readers },
  { table: 'workspaces', op: 'select', name: 'Arena', sql: `select count(*)::int as n from public.workspaces where id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'workspaces', op: 'insert', name: 'in Northstar',
    sql: `insert into public.workspaces (organization_id, name, slug) values ('${northstar}', 'Studio B', 'studio-b') returning id`,
    allowed: ['alice'],
  },
  { table: 'workspaces', op: 'update', name: "Main Stage's name", sql: `update public.workspaces set name = 'Main House' where id = '${main}' returning id`, allowed: ['alice'] },
  { table: 'workspaces', op: 'update', name: 'move Main Stage to Rival', sql: `update public.workspaces set organization_id = '${organizations.rival}' where id = '${main}' returning id`, allowed: [] },
  { table: 'workspaces', op: 'delete', name: 'Main Stage', sql: `delete from public.workspaces where id = '${main}' returning id`, allowed: ['alice'] },

  // --- organization_members: members read; owners/admins manage; only owners touch owners; anyone leaves
  { table: 'organization_members', op: 'select', name: 'Northstar members', sql: `select count(*)::int as n from public.organization_members where organization_id = '${northstar}'`, allowed: readers },
  { table: 'organization_members', op: 'select', name: 'Rival members', sql: `select count(*)::int as n from public.organization_members where organization_id = '${organizations.rival}'`, allowed: ['mallory'] },
  {
    table: 'organization_members', op: 'insert', name: 'Dave joins Northstar',
    setup: [createDave],
    sql: `insert into public.organization_members (organization_id, user_id, role) values ('${northstar}', '${dave}', 'member') returning id`,
    allowed: ['alice'],
  },
  {
    table: 'organization_members', op: 'update', name: "Carol's role",
    sql: `update public.organization_members set role = 'admin' where organization_id = '${northstar}' and user_id = '${users.carol}' returning id`,
    allowed: ['alice'],
  },
  {
    table: 'organization_members', op: 'update', name: 'make yourself owner of Northstar',
    sql: `update public.organization_members set role = 'owner' where organization_id = '${northstar}' and user_id = (select auth.uid()) returning id`,
    allowed: ['alice'],
  },
  {
    table: 'organization_members', op: 'delete', name: "Carol's membership (admins remove, she may leave)",
    sql: `delete from public.organization_members where organization_id = '${northstar}' and user_id = '${users.carol}' returning id`,
    allowed: ['alice', 'carol'],
  },

  // --- workspace_members: co-members read; workspace admins manage (organization members only); anyone leaves
  { table: 'workspace_members', op: 'select', name: 'Main Stage members', sql: `select count(*)::int as n from public.workspace_members where workspace_id = '${main}'`, allowed: readers },
  { table: 'workspace_members', op: 'select', name: 'Arena members', sql: `select count(*)::int as n from public.workspace_members where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'workspace_members', op: 'insert', name: 'Dave (a Northstar member) joins Main Stage',
    setup: [createDave, daveJoinsNorthstar],
    sql: `insert into public.workspace_members (workspace_id, user_id, role) values ('${main}', '${dave}', 'member') returning id`,
    allowed: ['alice'],
  },
  {
    table: 'workspace_members', op: 'insert', name: 'Mallory (not in Northstar) joins Main Stage',
    sql: `insert into public.workspace_members (workspace_id, user_id, role) values ('${main}', '${users.mallory}', 'admin') returning id`,
    allowed: [],
  },
  {
    table: 'workspace_members', op: 'update', name: "Carol's role",
    sql: `update public.workspace_members set role = 'member' where workspace_id = '${main}' and user_id = '${users.carol}' returning id`,
    allowed: ['alice'],
  },
  {
    table: 'workspace_members', op: 'update', name: 'make yourself admin of Main Stage',
    sql: `update public.workspace_members set role = 'admin' where workspace_id = '${main}' and user_id = (select auth.uid()) returning id`,
    allowed: ['alice'],
  },
  {
    table: 'workspace_members', op: 'delete', name: "Carol's membership (admins remove, she may leave)",
    sql: `delete from public.workspace_members where workspace_id = '${main}' and user_id = '${users.carol}' returning id`,
    allowed: ['alice', 'carol'],
  },

  // --- custom_fields: like module rows
  { table: 'custom_fields', op: 'select', name: 'Main Stage fields', sql: `select count(*)::int as n from public.custom_fields where workspace_id = '${main}'`, allowed: readers },
  { table: 'custom_fields', op: 'select', name: 'Arena fields', sql: `select count(*)::int as n from public.custom_fields where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'custom_fields', op: 'insert', name: 'into Main Stage',
    sql: `insert into public.custom_fields (workspace_id, module, name, label, field_type) values ('${main}', 'events', 'matrix_field', 'Matrix', 'text') returning id`,
    allowed: writers,
  },
  { table: 'custom_fields', op: 'update', name: 'Main Stage fields', sql: `update public.custom_fields set label = label || '!' where workspace_id = '${main}' returning id`, allowed: writers },
  { table: 'custom_fields', op: 'delete', name: 'Main Stage fields', sql: `delete from public.custom_fields where workspace_id = '${main}' returning id`, allowed: writers },

  // --- views: shared ones for members, personal ones for their owner, locked ones changed by admins only
  { table: 'views', op: 'select', name: 'shared Main Stage views', sql: `select count(*)::int as n from public.views where workspace_id = '${main}' and is_shared`, allowed: readers },
  { table: 'views', op: 'select', name: "Bob's personal view", sql: `select count(*)::int as n from public.views where id = '${view(5)}'`, allowed: ['bob'] },
  { table: 'views', op: 'select', name: 'Arena views', sql: `select count(*)::int as n from public.views where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'views', op: 'insert', name: 'shared view in Main Stage',
    sql: `insert into public.views (workspace_id, module, view_type, name) values ('${main}', 'project_tasks', 'board', 'Matrix board') returning id`,
    allowed: writers,
  },
  {
    table: 'views', op: 'insert', name: 'locked view in Main Stage',
    sql: `insert into public.views (workspace_id, module, view_type, name, is_locked) values ('${main}', 'events', 'calendar', 'Matrix locked', true) returning id`,
    allowed: ['alice'],
  },
  {
    table: 'views', op: 'insert', name: 'a view owned by someone else',
    sql: `insert into public.views (workspace_id, module, view_type, name, owner_id) values ('${main}', 'events', 'list', 'Forged', '${users.carol}') returning id`,
    allowed: [],
  },
  { table: 'views', op: 'update', name: 'unlocked shared view', sql: `update public.views set name = 'Every task' where id = '${view(1)}' returning id`, allowed: writers },
  { table: 'views', op: 'update', name: 'locked view', sql: `update public.views set name = 'Season plan' where id = '${view(4)}' returning id`, allowed: ['alice'] },
  { table: 'views', op: 'update', name: 'lock a view', sql: `update public.views set is_locked = true where id = '${view(1)}' returning id`, allowed: ['alice'] },
  { table: 'views', op: 'update', name: "Bob's personal view", sql: `update public.views set name = 'Mine' where id = '${view(5)}' returning id`, allowed: ['bob'] },
  { table: 'views', op: 'delete', name: 'unlocked shared view', sql: `delete from public.views where id = '${view(2)}' returning id`, allowed: writers },
  { table: 'views', op: 'delete', name: 'locked view', sql: `delete from public.views where id = '${view(4)}' returning id`, allowed: ['alice'] },

  // --- comments: members read; writers comment as themselves; authors edit; authors and admins delete
  { table: 'comments', op: 'select', name: 'Main Stage comments', sql: `select count(*)::int as n from public.comments where workspace_id = '${main}'`, allowed: readers },
  { table: 'comments', op: 'select', name: 'Arena comments', sql: `select count(*)::int as n from public.comments where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'comments', op: 'insert', name: 'on a Main Stage task',
    sql: `insert into public.comments (workspace_id, entity_type, entity_id, content) values ('${main}', 'project_tasks', '${task1}', 'Matrix comment') returning id`,
    allowed: writers,
  },
  {
    table: 'comments', op: 'insert', name: 'in the name of Alice',
    sql: `insert into public.comments (workspace_id, entity_type, entity_id, content, user_id) values ('${main}', 'project_tasks', '${task1}', 'Forged', '${users.alice}') returning id`,
    allowed: ['alice'],
  },
  { table: 'comments', op: 'update', name: "Alice's comment", sql: `update public.comments set content = 'Edited' where id = '${comment(1)}' returning id`, allowed: ['alice'] },
  { table: 'comments', op: 'delete', name: "Bob's comment (author or admin)", sql: `delete from public.comments where id = '${comment(2)}' returning id`, allowed: writers },
  { table: 'comments', op: 'delete', name: "Alice's comment", sql: `delete from public.comments where id = '${comment(3)}' returning id`, allowed: ['alice'] },

  // --- comment_reactions: members read; writers add and remove their own, on comments of their workspace only
  { table: 'comment_reactions', op: 'select', name: 'Main Stage reactions', sql: `select count(*)::int as n from public.comment_reactions where workspace_id = '${main}'`, allowed: readers },
  { table: 'comment_reactions', op: 'select', name: 'Arena reactions', sql: `select count(*)::int as n from public.comment_reactions where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'comment_reactions', op: 'insert', name: 'on a Main Stage comment',
    sql: `insert into public.comment_reactions (comment_id, workspace_id, emoji) values ('${comment(2)}', '${main}', '🎭') returning emoji`,
    allowed: writers,
  },
  {
    table: 'comment_reactions', op: 'insert', name: 'on a Main Stage comment, claiming Arena',
    sql: `insert into public.comment_reactions (comment_id, workspace_id, emoji) values ('${comment(2)}', '${arena}', '🎭') returning emoji`,
    allowed: [],
  },
  {
    table: 'comment_reactions', op: 'insert', name: 'in the name of Bob',
    sql: `insert into public.comment_reactions (comment_id, workspace_id, user_id, emoji) values ('${comment(2)}', '${main}', '${users.bob}', '🎭') returning emoji`,
    allowed: ['bob'],
  },
  { table: 'comment_reactions', op: 'update', name: 'Main Stage reactions', sql: `update public.comment_reactions set emoji = '👎' where workspace_id = '${main}' returning emoji`, allowed: [] },
  { table: 'comment_reactions', op: 'delete', name: "Bob's reactions", sql: `delete from public.comment_reactions where user_id = '${users.bob}' returning emoji`, allowed: ['bob'] },
  { table: 'comment_reactions', op: 'delete', name: 'own reactions', sql: `delete from public.comment_reactions where user_id = (select auth.uid()) returning emoji`, allowed: ['alice', 'bob', 'mallory'] },

  // --- notification_preferences: each person reads and writes their own, nobody else's
  { table: 'notification_preferences', op: 'select', name: "Carol's preferences", sql: `select count(*)::int as n from public.notification_preferences where user_id = '${users.carol}'`, allowed: ['carol'] },
  { table: 'notification_preferences', op: 'select', name: "Mallory's preferences", sql: `select count(*)::int as n from public.notification_preferences where user_id = '${users.mallory}'`, allowed: ['mallory'] },
  {
    table: 'notification_preferences', op: 'insert', name: 'mute own assignments',
    sql: `insert into public.notification_preferences (type) values ('assignment') returning type`,
    allowed: ['alice', 'bob', 'carol', 'mallory'],
  },
  {
    table: 'notification_preferences', op: 'insert', name: "mute Bob's mentions",
    sql: `insert into public.notification_preferences (user_id, type) values ('${users.bob}', 'mention') returning type`,
    allowed: ['bob'],
  },
  { table: 'notification_preferences', op: 'update', name: "Carol's preferences", sql: `update public.notification_preferences set muted = false where user_id = '${users.carol}' returning type`, allowed: ['carol'] },
  { table: 'notification_preferences', op: 'delete', name: "Carol's preferences", sql: `delete from public.notification_preferences where user_id = '${users.carol}' returning type`, allowed: ['carol'] },

  // --- show_runtimes and show_runtime_log: members read; only the show functions (the caller's) write
  { table: 'show_runtimes', op: 'select', name: 'Main Stage shows', sql: `select count(*)::int as n from public.show_runtimes where workspace_id = '${main}'`, allowed: readers },
  { table: 'show_runtimes', op: 'select', name: 'Arena shows', sql: `select count(*)::int as n from public.show_runtimes where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'show_runtimes', op: 'insert', name: 'for a Main Stage event',
    sql: `insert into public.show_runtimes (event_id, workspace_id) values ('${seedRowId(rowPrefixes.events, 2)}', '${main}') returning event_id`,
    allowed: [],
  },
  { table: 'show_runtimes', op: 'update', name: 'Main Stage shows', sql: `update public.show_runtimes set state = 'stop' where workspace_id = '${main}' returning event_id`, allowed: [] },
  { table: 'show_runtimes', op: 'delete', name: 'Main Stage shows', sql: `delete from public.show_runtimes where workspace_id = '${main}' returning event_id`, allowed: [] },
  { table: 'show_runtime_log', op: 'select', name: 'Main Stage show log', sql: `select count(*)::int as n from public.show_runtime_log where workspace_id = '${main}'`, allowed: readers },
  { table: 'show_runtime_log', op: 'select', name: 'Arena show log', sql: `select count(*)::int as n from public.show_runtime_log where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'show_runtime_log', op: 'insert', name: 'a forged GO',
    sql: `insert into public.show_runtime_log (event_id, workspace_id, action) select event_id, workspace_id, 'go' from public.show_runtimes where workspace_id = '${main}' returning id`,
    allowed: [],
  },
  { table: 'show_runtime_log', op: 'update', name: 'Main Stage show log', sql: `update public.show_runtime_log set action = 'forged' where workspace_id = '${main}' returning id`, allowed: [] },
  { table: 'show_runtime_log', op: 'delete', name: 'Main Stage show log', sql: `delete from public.show_runtime_log where workspace_id = '${main}' returning id`, allowed: [] },

  // --- activities: members read; only the server writes
  { table: 'activities', op: 'select', name: 'Main Stage activity', sql: `select count(*)::int as n from public.activities where workspace_id = '${main}'`, allowed: readers },
  { table: 'activities', op: 'select', name: 'Arena activity', sql: `select count(*)::int as n from public.activities where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'activities', op: 'insert', name: 'into Main Stage',
    sql: `insert into public.activities (workspace_id, action, entity_type) values ('${main}', 'created', 'productions') returning id`,
    allowed: [],
  },
  { table: 'activities', op: 'update', name: 'Main Stage activity', sql: `update public.activities set action = 'forged' where workspace_id = '${main}' returning id`, allowed: [] },
  { table: 'activities', op: 'delete', name: 'Main Stage activity', sql: `delete from public.activities where workspace_id = '${main}' returning id`, allowed: [] },

  // --- notifications: the recipient reads and marks read; nothing else
  {
    table: 'notifications', op: 'select', name: 'Main Stage notifications (each their own)',
    sql: `select count(*)::int as n from public.notifications where workspace_id = '${main}'`,
    allowed: readers, partial: true,
  },
  { table: 'notifications', op: 'select', name: "Alice's notifications", sql: `select count(*)::int as n from public.notifications where user_id = '${users.alice}'`, allowed: ['alice'] },
  { table: 'notifications', op: 'select', name: 'Arena notifications', sql: `select count(*)::int as n from public.notifications where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'notifications', op: 'insert', name: 'for Alice',
    sql: `insert into public.notifications (user_id, workspace_id, type, title) values ('${users.alice}', '${main}', 'mention', 'Forged') returning id`,
    allowed: [],
  },
  {
    table: 'notifications', op: 'update', name: 'mark own as read',
    sql: `update public.notifications set read_at = now() where user_id = (select auth.uid()) returning id`,
    allowed: ['alice', 'bob', 'carol', 'mallory'],
  },
  { table: 'notifications', op: 'update', name: "mark Alice's as read", sql: `update public.notifications set read_at = now() where user_id = '${users.alice}' returning id`, allowed: ['alice'] },
  { table: 'notifications', op: 'update', name: 'rewrite own title', sql: `update public.notifications set title = 'Forged' where user_id = (select auth.uid()) returning id`, allowed: [] },
  { table: 'notifications', op: 'delete', name: 'own notifications', sql: `delete from public.notifications where user_id = (select auth.uid()) returning id`, allowed: [] },

  // --- user_presence: members read; everyone (viewers too) writes only their own row
  { table: 'user_presence', op: 'select', name: 'Main Stage presence', sql: `select count(*)::int as n from public.user_presence where workspace_id = '${main}'`, allowed: readers },
  { table: 'user_presence', op: 'select', name: 'Arena presence', sql: `select count(*)::int as n from public.user_presence where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'user_presence', op: 'insert', name: 'own row in Main Stage',
    setup: [`delete from public.user_presence where workspace_id = '${main}'`],
    sql: `insert into public.user_presence (workspace_id, status, location) values ('${main}', 'online', 'events') returning id`,
    allowed: readers,
  },
  {
    table: 'user_presence', op: 'insert', name: "Alice's row in Main Stage",
    setup: [`delete from public.user_presence where workspace_id = '${main}'`],
    sql: `insert into public.user_presence (user_id, workspace_id, status) values ('${users.alice}', '${main}', 'busy') returning id`,
    allowed: ['alice'],
  },
  { table: 'user_presence', op: 'update', name: 'own row in Main Stage', sql: `update public.user_presence set status = 'online', last_seen = now() where workspace_id = '${main}' returning id`, allowed: readers },
  { table: 'user_presence', op: 'update', name: "Alice's row", sql: `update public.user_presence set status = 'away' where user_id = '${users.alice}' returning id`, allowed: ['alice'] },
  { table: 'user_presence', op: 'delete', name: "Alice's row", sql: `delete from public.user_presence where user_id = '${users.alice}' returning id`, allowed: ['alice'] },

  // --- audit_log: workspace admins read; only the trigger writes
  { table: 'audit_log', op: 'select', name: 'Main Stage trail', sql: `select count(*)::int as n from public.audit_log where workspace_id = '${main}'`, allowed: ['alice'] },
  { table: 'audit_log', op: 'select', name: 'Arena trail', sql: `select count(*)::int as n from public.audit_log where workspace_id = '${arena}'`, allowed: ['mallory'] },
  {
    table: 'audit_log', op: 'insert', name: 'a forged entry',
    sql: `insert into public.audit_log (workspace_id, table_name, action) values ('${main}', 'productions', 'delete') returning id`,
    allowed: [],
  },
  { table: 'audit_log', op: 'update', name: 'Main Stage trail', sql: `update public.audit_log set action = 'insert' where workspace_id = '${main}' returning id`, allowed: [] },
  { table: 'audit_log', op: 'delete', name: 'Main Stage trail', sql: `delete from public.audit_log where workspace_id = '${main}' returning id`, allowed: [] },

  ...moduleTables.flatMap(moduleMatrixCases),
]

export function matrixTables(cases: readonly MatrixCase[] = rlsMatrix): string[] {
  return [...new Set(cases.map((c) => c.table))].sort()
}

interface Outcome {
  rows: number
  error?: string
}

async function attempt(
  db: MatrixExecutor,
  c: MatrixCase,
  actor: Actor | 'owner',
): Promise<Outcome> {
  await db.exec('begin')
  try {
    for (const statement of c.setup ?? []) await db.query(statement)
    const sql = typeof c.sql === 'string' ? c.sql : await c.sql(db)
    if (actor !== 'owner') await actAs(db, actor, users)
    const result = await db.query<{ n?: number }>(sql)
    const rows = c.op === 'select' ? Number(result.rows[0]?.n ?? 0) : result.rows.length
    return { rows }
  } catch (error) {
    return { rows: 0, error: `${sqlState(error) ?? 'no SQLSTATE'}: ${(error as Error).message}` }
  } finally {
    await db.exec('rollback')
  }
}

function judge(c: MatrixCase, allowed: boolean, outcome: Outcome, ownerRows: number): string | undefined {
  const refusedByDatabase = outcome.error?.startsWith('42501')
  if (outcome.error && !refusedByDatabase) {
    const refusal = c.alsoRefusedWith?.some((state) => outcome.error!.startsWith(`${state}:`))
    if (!allowed && refusal) return undefined
    return outcome.error
  }
  if (!allowed) {
    if (refusedByDatabase || outcome.rows === 0) return undefined
    return `${outcome.rows} row(s) ${c.op === 'select' ? 'visible' : 'changed'}`
  }
  if (outcome.error) return outcome.error
  if (c.op === 'select' && !c.partial && outcome.rows !== ownerRows) return `saw ${outcome.rows} of ${ownerRows} row(s)`
  if (outcome.rows === 0) return c.op === 'select' ? 'saw no rows' : 'changed no rows'
  return undefined
}

/** Runs the cases for every actor and returns what did not go as the matrix says (empty when all is well). */
export async function runRlsMatrix(
  db: MatrixExecutor,
  cases: readonly MatrixCase[] = rlsMatrix,
): Promise<MatrixFailure[]> {
  const failures: MatrixFailure[] = []
  for (const c of cases) {
    let ownerRows = 0
    if (c.op === 'select') {
      const owner = await attempt(db, c, 'owner')
      if (owner.error || owner.rows === 0) {
        // A read case over no rows proves nothing: the seed must give every scope something to hide.
        failures.push({ table: c.table, op: c.op, name: c.name, actor: 'owner', expected: 'allowed', got: `owner sees nothing (${owner.error ?? '0 rows'})` })
        continue
      }
      ownerRows = owner.rows
    }
    for (const actor of actors) {
      const allowed = c.allowed.includes(actor)
      const problem = judge(c, allowed, await attempt(db, c, actor), ownerRows)
      if (problem) {
        failures.push({ table: c.table, op: c.op, name: c.name, actor, expected: allowed ? 'allowed' : 'refused', got: problem })
      }
    }
  }
  return failures
}
