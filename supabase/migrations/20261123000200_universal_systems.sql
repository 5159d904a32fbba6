-- Universal systems shared by every module (custom fields, saved views, comments, activities, notifications,
-- presence, the audit log) and the machinery that turns a plain table into a module table.

-- ---------------------------------------------------------------------------------------------------------------
-- Audit log: written only by the security-definer trigger below, read by workspace admins.
-- ---------------------------------------------------------------------------------------------------------------

create table public.audit_log (
  id bigint generated always as identity primary key,
  -- No foreign key on purpose: the trail outlives the rows and workspaces it describes (and deleting a workspace
  -- cascades into module rows whose audit rows would otherwise reference the workspace being deleted).
  workspace_id uuid,
  table_name text not null,
  record_id uuid,
  action text not null constraint audit_log_action_check check (action in ('insert', 'update', 'delete')),
  old_values jsonb,
  new_values jsonb,
  changed_by uuid,
  created_at timestamptz not null default now()
);
create index audit_log_workspace_id_created_at_idx on public.audit_log (workspace_id, created_at desc);
create index audit_log_record_idx on public.audit_log (table_name, record_id);

create or replace function private.audit_row_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_old jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  v_new jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  v_row jsonb := coalesce(v_new, v_old);
begin
  insert into public.audit_log (workspace_id, table_name, record_id, action, old_values, new_values, changed_by)
  values (
    (v_row ->> 'workspace_id')::uuid,
    tg_table_name,
    (v_row ->> 'id')::uuid,
    lower(tg_op),
    v_old,
    v_new,
    (select auth.uid())
  );
  return null;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Activities, comments, notifications, presence
-- ---------------------------------------------------------------------------------------------------------------

-- The human-readable feed ("Bob moved 'Hang the rig' to Done"); written by triggers and the server, read by members.
create table public.activities (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid references public.profiles (id) on delete set null,
  action text not null,
  entity_type text not null,
  entity_id uuid,
  changes jsonb,
  metadata jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
create index activities_workspace_id_created_at_idx on public.activities (workspace_id, created_at desc);
create index activities_entity_idx on public.activities (entity_type, entity_id);
create index activities_user_id_idx on public.activities (user_id);

create table public.comments (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  entity_type text not null,
  entity_id uuid not null,
  user_id uuid default auth.uid() references public.profiles (id) on delete set null,
  content text not null,
  parent_comment_id uuid references public.comments (id) on delete cascade,
  resolved_at timestamptz,
  edited_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index comments_workspace_id_idx on public.comments (workspace_id);
create index comments_entity_idx on public.comments (entity_type, entity_id, created_at);
create index comments_user_id_idx on public.comments (user_id);
create index comments_parent_comment_id_idx on public.comments (parent_comment_id);

create or replace function private.touch_comment()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  if new.content is distinct from old.content then
    new.edited_at := now();
  end if;
  return new;
end;
$$;
create trigger touch_comment before update on public.comments
  for each row execute function private.touch_comment();

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  workspace_id uuid references public.workspaces (id) on delete cascade,
  type text not null,
  title text not null,
  message text,
  entity_type text,
  entity_id uuid,
  actor_id uuid references public.profiles (id) on delete set null,
  read_at timestamptz,
  action_url text,
  created_at timestamptz not null default now()
);
create index notifications_user_id_created_at_idx on public.notifications (user_id, created_at desc);
create index notifications_workspace_id_idx on public.notifications (workspace_id);
create index notifications_actor_id_idx on public.notifications (actor_id);

create table public.user_presence (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  location text,
  status text not null default 'online' constraint user_presence_status_check check (status in ('online', 'away', 'busy', 'offline')),
  last_seen timestamptz not null default now(),
  metadata jsonb not null default '{}'::jsonb,
  constraint user_presence_user_id_workspace_id_key unique (user_id, workspace_id)
);
create index user_presence_workspace_id_idx on public.user_presence (workspace_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Custom field definitions and saved views
-- ---------------------------------------------------------------------------------------------------------------

create table public.custom_fields (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  module text not null,
  -- the key of the value inside a module row's custom_fields object
  name text not null constraint custom_fields_name_format check (name ~ '^[a-z][a-z0-9_]{0,62}$'),
  label text not null,
  field_type text not null,
  options jsonb not null default '[]'::jsonb constraint custom_fields_options_is_array check (jsonb_typeof(options) = 'array'),
  config jsonb not null default '{}'::jsonb constraint custom_fields_config_is_object check (jsonb_typeof(config) = 'object'),
  is_required boolean not null default false,
  default_value jsonb,
  position text collate "C",
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- also serves workspace_id lookups (leading column)
  constraint custom_fields_workspace_id_module_name_key unique (workspace_id, module, name)
);
create trigger touch_updated_at before update on public.custom_fields
  for each row execute function private.touch_updated_at();

create table public.views (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  module text not null,
  view_type text not null constraint views_view_type_check check (view_type in ('list', 'board', 'calendar', 'timeline')),
  name text not null,
  filters jsonb,
  sorts jsonb not null default '[]'::jsonb,
  group_by jsonb,
  config jsonb not null default '{}'::jsonb,
  is_shared boolean not null default true,
  is_locked boolean not null default false,
  owner_id uuid default auth.uid() references public.profiles (id) on delete set null,
  position text collate "C",
  -- version of the saved-view JSON shape (the app migrates older shapes), not a concurrency counter
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index views_workspace_id_module_idx on public.views (workspace_id, module);
create index views_owner_id_idx on public.views (owner_id);
create trigger touch_updated_at before update on public.views
  for each row execute function private.touch_updated_at();

-- ---------------------------------------------------------------------------------------------------------------
-- Row-level security for the universal tables
-- ---------------------------------------------------------------------------------------------------------------

alter table public.audit_log enable row level security;
alter table public.activities enable row level security;
alter table public.comments enable row level security;
alter table public.notifications enable row level security;
alter table public.user_presence enable row level security;
alter table public.custom_fields enable row level security;
alter table public.views enable row level security;

create policy "audit_log: workspace admins read" on public.audit_log
  for select to authenticated
  using (workspace_id in (select private.admin_workspace_ids()));

create policy "activities: members read" on public.activities
  for select to authenticated
  using (workspace_id in (select private.member_workspace_ids()));

create policy "comments: members read" on public.comments
  for select to authenticated
  using (workspace_id in (select private.member_workspace_ids()));
create policy "comments: writers add their own" on public.comments
  for insert to authenticated
  with check (workspace_id in (select private.writable_workspace_ids()) and user_id = (select auth.uid()));
create policy "comments: authors edit" on public.comments
  for update to authenticated
  using (workspace_id in (select private.writable_workspace_ids()) and user_id = (select auth.uid()))
  with check (workspace_id in (select private.writable_workspace_ids()) and user_id = (select auth.uid()));
create policy "comments: authors and admins delete" on public.comments
  for delete to authenticated
  using (
    workspace_id in (select private.writable_workspace_ids())
    and (user_id = (select auth.uid()) or workspace_id in (select private.admin_workspace_ids()))
  );

create policy "notifications: recipient reads" on public.notifications
  for select to authenticated
  using (user_id = (select auth.uid()));
create policy "notifications: recipient marks read" on public.notifications
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

-- Presence is not "writing to the workspace": viewers have a presence too, but only ever their own row.
create policy "user_presence: members read" on public.user_presence
  for select to authenticated
  using (workspace_id in (select private.member_workspace_ids()));
create policy "user_presence: own row insert" on public.user_presence
  for insert to authenticated
  with check (user_id = (select auth.uid()) and workspace_id in (select private.member_workspace_ids()));
create policy "user_presence: own row update" on public.user_presence
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()) and workspace_id in (select private.member_workspace_ids()));
create policy "user_presence: own row delete" on public.user_presence
  for delete to authenticated
  using (user_id = (select auth.uid()));

create policy "custom_fields: members read" on public.custom_fields
  for select to authenticated
  using (workspace_id in (select private.member_workspace_ids()));
create policy "custom_fields: writers insert" on public.custom_fields
  for insert to authenticated
  with check (workspace_id in (select private.writable_workspace_ids()));
create policy "custom_fields: writers update" on public.custom_fields
  for update to authenticated
  using (workspace_id in (select private.writable_workspace_ids()))
  with check (workspace_id in (select private.writable_workspace_ids()));
create policy "custom_fields: writers delete" on public.custom_fields
  for delete to authenticated
  using (workspace_id in (select private.writable_workspace_ids()));

-- Shared views are the workspace's, personal views their owner's; a locked view changes only by a workspace admin
-- (and only an admin can lock or unlock one).
create policy "views: shared or own" on public.views
  for select to authenticated
  using (
    workspace_id in (select private.member_workspace_ids())
    and (is_shared or owner_id = (select auth.uid()))
  );
create policy "views: writers create" on public.views
  for insert to authenticated
  with check (
    workspace_id in (select private.writable_workspace_ids())
    and owner_id = (select auth.uid())
    and (not is_locked or workspace_id in (select private.admin_workspace_ids()))
  );
create policy "views: writers update unlocked" on public.views
  for update to authenticated
  using (
    workspace_id in (select private.writable_workspace_ids())
    and (is_shared or owner_id = (select auth.uid()))
    and (not is_locked or workspace_id in (select private.admin_workspace_ids()))
  )
  with check (
    workspace_id in (select private.writable_workspace_ids())
    and (is_shared or owner_id = (select auth.uid()))
    and (not is_locked or workspace_id in (select private.admin_workspace_ids()))
  );
create policy "views: writers delete unlocked" on public.views
  for delete to authenticated
  using (
    workspace_id in (select private.writable_workspace_ids())
    and (is_shared or owner_id = (select auth.uid()))
    and (not is_locked or workspace_id in (select private.admin_workspace_ids()))
  );

-- Privileges, explicit (see the foundation migration): anon nothing; authenticated reads the server-written tables
-- (audit_log, activities) and only marks notifications read; TRUNCATE for nobody.
revoke all on public.audit_log, public.activities, public.comments, public.notifications, public.user_presence,
  public.custom_fields, public.views from anon, authenticated, service_role;
grant select, insert, update, delete on public.activities, public.comments, public.notifications,
  public.user_presence, public.custom_fields, public.views to service_role;
-- The trail is append-only by the trigger, for the server too.
grant select on public.audit_log to service_role;
grant select on public.audit_log, public.activities, public.notifications to authenticated;
grant update (read_at) on public.notifications to authenticated;
grant select, insert, update, delete on public.comments, public.user_presence, public.custom_fields, public.views
  to authenticated;

-- Comments, activities and notifications stream to open clients like module rows do.
alter table public.comments replica identity full;
alter table public.activities replica identity full;
alter table public.notifications replica identity full;
do $$
declare
  v_table text;
begin
  if not exists (select 1 from pg_catalog.pg_publication where pubname = 'supabase_realtime') then
    raise notice 'supabase_realtime publication not found; comments, activities and notifications not published';
    return;
  end if;
  foreach v_table in array array['comments', 'activities', 'notifications'] loop
    if not exists (
      select 1 from pg_catalog.pg_publication_tables
      where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = v_table
    ) then
      execute format('alter publication supabase_realtime add table public.%I', v_table);
    end if;
  end loop;
end
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Module tables: the standard columns (one template), the triggers and policies (one function)
-- ---------------------------------------------------------------------------------------------------------------

-- The standard columns every module table starts with: `create table public.x (like private.module_row including
-- all, <domain columns>)`. LIKE copies the columns, defaults, the primary key, checks and comments; foreign keys
-- are not copied, so attach_module_table adds them.
create table private.module_row (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null,
  created_by uuid default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  custom_fields jsonb not null default '{}'::jsonb constraint custom_fields_is_object check (jsonb_typeof(custom_fields) = 'object'),
  sync_version bigint not null default 1,
  deleted_at timestamptz
);
revoke all on private.module_row from public, anon, authenticated;
comment on column private.module_row.custom_fields is 'Values of the workspace''s custom fields for this module, keyed by custom_fields.name.';
comment on column private.module_row.sync_version is 'Incremented by every update; clients write with .eq(''sync_version'', n) to compare-and-set.';
comment on column private.module_row.deleted_at is 'Soft delete: set to hide the row, clear to restore.';

-- Before every write: an update bumps updated_at and sync_version; created_by is the caller (when there is one)
-- and cannot be reassigned later (it may still become null when the author's profile is deleted).
create or replace function private.module_before_write()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
begin
  if tg_op = 'INSERT' then
    if v_uid is not null then
      new.created_by := v_uid;
    end if;
    return new;
  end if;
  new.updated_at := now();
  new.sync_version := old.sync_version + 1;
  if v_uid is not null and new.created_by is not null and new.created_by is distinct from old.created_by then
    new.created_by := old.created_by;
  end if;
  return new;
end;
$$;

-- A reference to another module row (tg_argv[0] = column, tg_argv[1] = table) must stay inside the workspace.
-- security invoker: the lookup goes through the caller's RLS, so it reveals nothing about other workspaces.
create or replace function private.ensure_same_workspace()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_ref uuid := (to_jsonb(new) ->> tg_argv[0])::uuid;
  v_found boolean;
begin
  if v_ref is null then
    return new;
  end if;
  execute format('select exists (select 1 from %s where id = $1 and workspace_id = $2)', tg_argv[1]::regclass)
    into v_found
    using v_ref, new.workspace_id;
  if not v_found then
    raise exception '%.% must reference a row in the same workspace', tg_table_name, tg_argv[0]
      using errcode = '23503';
  end if;
  return new;
end;
$$;

create or replace function private.attach_module_table(target regclass)
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_schema text;
  v_table text;
  v_qualified text;
  v_missing text;
begin
  select n.nspname, c.relname into v_schema, v_table
  from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where c.oid = target;
  v_qualified := format('%I.%I', v_schema, v_table);

  select string_agg(t.attname, ', ' order by t.attnum) into v_missing
  from pg_catalog.pg_attribute t
  where t.attrelid = 'private.module_row'::regclass and t.attnum > 0 and not t.attisdropped
    and not exists (
      select 1 from pg_catalog.pg_attribute a
      where a.attrelid = target and a.attname = t.attname and a.atttypid = t.atttypid and not a.attisdropped
    );
  if v_missing is not null then
    raise exception '% lacks the standard module columns (%); create it with (like private.module_row including all, ...)',
      v_qualified, v_missing;
  end if;

  -- Foreign keys of the standard columns.
  if not exists (select 1 from pg_catalog.pg_constraint where conrelid = target and conname = v_table || '_workspace_id_fkey') then
    execute format(
      'alter table %s add constraint %I foreign key (workspace_id) references public.workspaces (id) on delete cascade',
      v_qualified, v_table || '_workspace_id_fkey');
  end if;
  if not exists (select 1 from pg_catalog.pg_constraint where conrelid = target and conname = v_table || '_created_by_fkey') then
    execute format(
      'alter table %s add constraint %I foreign key (created_by) references public.profiles (id) on delete set null',
      v_qualified, v_table || '_created_by_fkey');
  end if;

  -- (workspace_id, created_at) rather than (workspace_id) alone: it serves every workspace_id lookup the policies
  -- need AND the default "newest/oldest first" page, which a plain workspace_id index cannot when one workspace
  -- holds most rows (the planner then prefers a seq scan plus sort).
  execute format('create index if not exists %I on %s (workspace_id, created_at)', v_table || '_workspace_id_created_at_idx', v_qualified);
  execute format('create index if not exists %I on %s using gin (custom_fields)', v_table || '_custom_fields_idx', v_qualified);
  execute format('create index if not exists %I on %s (created_by)', v_table || '_created_by_idx', v_qualified);

  execute format('create or replace trigger module_before_write before insert or update on %s '
    'for each row execute function private.module_before_write()', v_qualified);
  execute format('create or replace trigger module_audit after insert or update or delete on %s '
    'for each row execute function private.audit_row_change()', v_qualified);

  execute format('alter table %s enable row level security', v_qualified);
  execute format('drop policy if exists "members read" on %s', v_qualified);
  execute format('drop policy if exists "writers insert" on %s', v_qualified);
  execute format('drop policy if exists "writers update" on %s', v_qualified);
  execute format('drop policy if exists "writers delete" on %s', v_qualified);
  execute format('create policy "members read" on %s for select to authenticated '
    'using (workspace_id in (select private.member_workspace_ids()))', v_qualified);
  execute format('create policy "writers insert" on %s for insert to authenticated '
    'with check (workspace_id in (select private.writable_workspace_ids()))', v_qualified);
  execute format('create policy "writers update" on %s for update to authenticated '
    'using (workspace_id in (select private.writable_workspace_ids())) '
    'with check (workspace_id in (select private.writable_workspace_ids()))', v_qualified);
  execute format('create policy "writers delete" on %s for delete to authenticated '
    'using (workspace_id in (select private.writable_workspace_ids()))', v_qualified);
  -- Explicit privileges (Supabase no longer grants new public tables by default): none for anon, row access for
  -- authenticated (the policies decide which rows), no TRUNCATE for anyone.
  execute format('revoke all on %s from anon, authenticated, service_role', v_qualified);
  execute format('grant select, insert, update, delete on %s to authenticated, service_role', v_qualified);

  -- Realtime: full old rows for updates and deletes, and membership in the publication (added once).
  execute format('alter table %s replica identity full', v_qualified);
  if not exists (select 1 from pg_catalog.pg_publication where pubname = 'supabase_realtime') then
    raise notice 'supabase_realtime publication not found; % not published', v_qualified;
  elsif not exists (
    select 1 from pg_catalog.pg_publication_tables
    where pubname = 'supabase_realtime' and schemaname = v_schema and tablename = v_table
  ) then
    execute format('alter publication supabase_realtime add table %s', v_qualified);
  end if;
end;
$$;

comment on function private.attach_module_table(regclass) is
  'Makes a table built from private.module_row a module table: foreign keys, indexes, sync/audit triggers, RLS '
  'policies, replica identity full and the supabase_realtime publication. Idempotent.';

revoke all on function private.audit_row_change(), private.touch_comment(), private.module_before_write(),
  private.ensure_same_workspace(), private.attach_module_table(regclass) from public;
