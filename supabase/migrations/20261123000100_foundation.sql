-- Foundation: profiles, organizations, workspaces and their members, and the membership helpers every
-- row-level security policy goes through.
--
-- Supabase pre-creates the roles, the auth schema, auth.uid() and the supabase_realtime publication; this file
-- only uses them (server/database/bootstrap.sql recreates them locally).

-- `private` is never exposed by the API (config.toml exposes public only). It holds the policy helpers, the
-- trigger functions and the shared module machinery.
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to anon, authenticated;

-- Shared trigger: keeps updated_at honest on tables that are not module tables (those get module_before_write).
create or replace function private.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------------------

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text,
  full_name text,
  avatar_url text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.profiles is 'One row per auth user, created by a trigger on auth.users.';

create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null constraint organizations_name_not_blank check (length(btrim(name)) > 0),
  slug text not null unique constraint organizations_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  plan text not null default 'free' constraint organizations_plan_check check (plan in ('free', 'pro', 'business', 'enterprise')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  metadata jsonb not null default '{}'::jsonb constraint organizations_metadata_is_object check (jsonb_typeof(metadata) = 'object')
);

create table public.workspaces (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  name text not null constraint workspaces_name_not_blank check (length(btrim(name)) > 0),
  slug text not null constraint workspaces_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  settings jsonb not null default '{}'::jsonb constraint workspaces_settings_is_object check (jsonb_typeof(settings) = 'object'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- also the index for organization_id lookups (leading column)
  constraint workspaces_organization_id_slug_key unique (organization_id, slug)
);

-- Members reference profiles (which cascade from auth.users) so the API can embed `profiles(...)`.
create table public.organization_members (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  role text not null default 'member' constraint organization_members_role_check check (role in ('owner', 'admin', 'member', 'guest')),
  created_at timestamptz not null default now(),
  constraint organization_members_organization_id_user_id_key unique (organization_id, user_id)
);
-- The helpers look memberships up by user.
create index organization_members_user_id_idx on public.organization_members (user_id, organization_id);

create table public.workspace_members (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  role text not null default 'member' constraint workspace_members_role_check check (role in ('admin', 'member', 'viewer')),
  created_at timestamptz not null default now(),
  constraint workspace_members_workspace_id_user_id_key unique (workspace_id, user_id)
);
create index workspace_members_user_id_idx on public.workspace_members (user_id, workspace_id);

create trigger touch_updated_at before update on public.profiles
  for each row execute function private.touch_updated_at();
create trigger touch_updated_at before update on public.organizations
  for each row execute function private.touch_updated_at();
create trigger touch_updated_at before update on public.workspaces
  for each row execute function private.touch_updated_at();

-- ---------------------------------------------------------------------------------------------------------------
-- Profiles follow auth.users
-- ---------------------------------------------------------------------------------------------------------------

-- Runs as its owner because GoTrue (supabase_auth_admin) inserts into auth.users and cannot write public tables.
-- (Creating triggers on auth.users is what Supabase still allows migrations to do in the auth schema.)
create or replace function private.handle_new_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.profiles (id, email, full_name, avatar_url)
  values (
    new.id,
    new.email,
    coalesce(nullif(btrim(new.raw_user_meta_data ->> 'full_name'), ''), nullif(split_part(new.email, '@', 1), '')),
    nullif(new.raw_user_meta_data ->> 'avatar_url', '')
  )
  on conflict (id) do nothing;
  return new;
end;
$$;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function private.handle_new_user();

-- The profile's email mirrors the confirmed auth email (clients cannot write it, see the grants below).
create or replace function private.handle_user_email_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.profiles set email = new.email where id = new.id;
  return new;
end;
$$;

create trigger on_auth_user_email_changed
  after update of email on auth.users
  for each row
  when (old.email is distinct from new.email)
  execute function private.handle_user_email_change();

-- ---------------------------------------------------------------------------------------------------------------
-- Membership helpers. security definer so that policies on the membership tables do not recurse into
-- themselves; stable and called as `(select private.x())` so the planner evaluates them once per statement.
-- ---------------------------------------------------------------------------------------------------------------

-- Workspaces the caller belongs to, in any role: what they may read.
create or replace function private.member_workspace_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
rows 10
as $$
  select m.workspace_id from public.workspace_members m where m.user_id = (select auth.uid())
$$;

-- Workspaces where the caller is admin or member: what they may write. Viewers only read.
create or replace function private.writable_workspace_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
rows 10
as $$
  select m.workspace_id from public.workspace_members m
  where m.user_id = (select auth.uid()) and m.role in ('admin', 'member')
$$;

-- Workspaces the caller administers: locked views, the audit log.
create or replace function private.admin_workspace_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
rows 10
as $$
  select m.workspace_id from public.workspace_members m
  where m.user_id = (select auth.uid()) and m.role = 'admin'
$$;

create or replace function private.member_organization_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
rows 10
as $$
  select m.organization_id from public.organization_members m where m.user_id = (select auth.uid())
$$;

-- Organizations the caller manages (owner or admin).
create or replace function private.admin_organization_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
rows 10
as $$
  select m.organization_id from public.organization_members m
  where m.user_id = (select auth.uid()) and m.role in ('owner', 'admin')
$$;

create or replace function private.owner_organization_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
rows 10
as $$
  select m.organization_id from public.organization_members m
  where m.user_id = (select auth.uid()) and m.role = 'owner'
$$;

-- Organizations where the caller is a full member (not a guest): they see all of the organization's workspaces.
create or replace function private.full_member_organization_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
rows 10
as $$
  select m.organization_id from public.organization_members m
  where m.user_id = (select auth.uid()) and m.role in ('owner', 'admin', 'member')
$$;

-- Workspaces whose members the caller manages: workspace admins, and the owners and admins of the
-- workspace's organization.
create or replace function private.manageable_workspace_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
rows 10
as $$
  select m.workspace_id from public.workspace_members m
  where m.user_id = (select auth.uid()) and m.role = 'admin'
  union
  select w.id
  from public.workspaces w
  join public.organization_members o on o.organization_id = w.organization_id
  where o.user_id = (select auth.uid()) and o.role in ('owner', 'admin')
$$;

-- People who share at least one workspace with the caller (the caller included, when in any workspace).
create or replace function private.shared_workspace_user_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
rows 50
as $$
  select distinct other.user_id
  from public.workspace_members mine
  join public.workspace_members other on other.workspace_id = mine.workspace_id
  where mine.user_id = (select auth.uid())
$$;

-- A workspace only admits members of its own organization.
create or replace function private.workspace_organization_has_member(p_workspace_id uuid, p_user_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.workspaces w
    join public.organization_members o on o.organization_id = w.organization_id
    where w.id = p_workspace_id and o.user_id = p_user_id
  )
$$;

-- Leaving (or being removed from) an organization also removes its workspace memberships, so no access lingers.
create or replace function private.remove_workspace_memberships()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.workspace_members wm
  using public.workspaces w
  where w.id = wm.workspace_id and w.organization_id = old.organization_id and wm.user_id = old.user_id;
  return null;
end;
$$;

create trigger remove_workspace_memberships
  after delete on public.organization_members
  for each row execute function private.remove_workspace_memberships();

-- ---------------------------------------------------------------------------------------------------------------
-- Row-level security. Every policy is for `authenticated` only: anon gets nothing. One permissive policy per
-- table and command, so Postgres never has to OR several together.
-- ---------------------------------------------------------------------------------------------------------------

alter table public.profiles enable row level security;
alter table public.organizations enable row level security;
alter table public.workspaces enable row level security;
alter table public.organization_members enable row level security;
alter table public.workspace_members enable row level security;

-- profiles: your own, and the people you share a workspace with. Created by the auth trigger, never by clients.
create policy "profiles: read own and co-members" on public.profiles
  for select to authenticated
  using (id = (select auth.uid()) or id in (select private.shared_workspace_user_ids()));
create policy "profiles: update own" on public.profiles
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

-- organizations: members read; owners and admins update; owners delete. Created by the service (or an RPC).
create policy "organizations: members read" on public.organizations
  for select to authenticated
  using (id in (select private.member_organization_ids()));
create policy "organizations: admins update" on public.organizations
  for update to authenticated
  using (id in (select private.admin_organization_ids()))
  with check (id in (select private.admin_organization_ids()));
create policy "organizations: owners delete" on public.organizations
  for delete to authenticated
  using (id in (select private.owner_organization_ids()));

-- workspaces: organization members (and workspace guests) read; organization owners and admins create and delete;
-- workspace admins and organization owners and admins update. public.create_workspace() is the usual way in.
-- Policies test the row's own organization_id rather than looking the workspace up, so a workspace inserted in
-- this very statement (INSERT ... RETURNING) is visible too.
create policy "workspaces: visible to members" on public.workspaces
  for select to authenticated
  using (
    organization_id in (select private.full_member_organization_ids())
    or id in (select private.member_workspace_ids())
  );
create policy "workspaces: organization admins create" on public.workspaces
  for insert to authenticated
  with check (organization_id in (select private.admin_organization_ids()));
create policy "workspaces: managers update" on public.workspaces
  for update to authenticated
  using (
    id in (select private.admin_workspace_ids())
    or organization_id in (select private.admin_organization_ids())
  )
  with check (
    id in (select private.admin_workspace_ids())
    or organization_id in (select private.admin_organization_ids())
  );
create policy "workspaces: organization admins delete" on public.workspaces
  for delete to authenticated
  using (organization_id in (select private.admin_organization_ids()));

-- organization_members: members see each other; owners and admins manage members, but only owners grant, change
-- or remove the owner role; anyone may leave.
create policy "organization_members: members read" on public.organization_members
  for select to authenticated
  using (organization_id in (select private.member_organization_ids()));
create policy "organization_members: admins add" on public.organization_members
  for insert to authenticated
  with check (
    organization_id in (select private.admin_organization_ids())
    and (role <> 'owner' or organization_id in (select private.owner_organization_ids()))
  );
create policy "organization_members: admins change roles" on public.organization_members
  for update to authenticated
  using (
    organization_id in (select private.admin_organization_ids())
    and (role <> 'owner' or organization_id in (select private.owner_organization_ids()))
  )
  with check (
    organization_id in (select private.admin_organization_ids())
    and (role <> 'owner' or organization_id in (select private.owner_organization_ids()))
  );
create policy "organization_members: admins remove, anyone leaves" on public.organization_members
  for delete to authenticated
  using (
    user_id = (select auth.uid())
    or (
      organization_id in (select private.admin_organization_ids())
      and (role <> 'owner' or organization_id in (select private.owner_organization_ids()))
    )
  );

-- workspace_members: co-members and managers read; workspace admins (and organization owners and admins) add,
-- change and remove members, who must belong to the workspace's organization; anyone may leave.
create policy "workspace_members: members and managers read" on public.workspace_members
  for select to authenticated
  using (
    workspace_id in (select private.member_workspace_ids())
    or workspace_id in (select private.manageable_workspace_ids())
  );
create policy "workspace_members: managers add" on public.workspace_members
  for insert to authenticated
  with check (
    workspace_id in (select private.manageable_workspace_ids())
    and private.workspace_organization_has_member(workspace_id, user_id)
  );
create policy "workspace_members: managers change roles" on public.workspace_members
  for update to authenticated
  using (workspace_id in (select private.manageable_workspace_ids()))
  with check (workspace_id in (select private.manageable_workspace_ids()));
create policy "workspace_members: managers remove, anyone leaves" on public.workspace_members
  for delete to authenticated
  using (user_id = (select auth.uid()) or workspace_id in (select private.manageable_workspace_ids()));

-- ---------------------------------------------------------------------------------------------------------------
-- Privileges, explicit: since 2026 Supabase no longer grants new public tables to the API roles by default
-- (older projects, and the local bootstrap, still grant everything to anon, authenticated and service_role).
-- Either way the result is the same: anon gets nothing, authenticated gets what the policies can allow,
-- columns that must not move are not updatable (email and plan belong to auth and billing, memberships and
-- workspaces do not change hands), and TRUNCATE, which RLS does not cover, is nobody's.
-- ---------------------------------------------------------------------------------------------------------------

revoke all on public.profiles, public.organizations, public.workspaces, public.organization_members,
  public.workspace_members from anon, authenticated, service_role;
grant select, insert, update, delete on public.profiles, public.organizations, public.workspaces,
  public.organization_members, public.workspace_members to service_role;

grant select on public.profiles to authenticated;
grant update (full_name, avatar_url) on public.profiles to authenticated;

grant select, delete on public.organizations to authenticated;
grant update (name, slug, metadata) on public.organizations to authenticated;

grant select, insert, delete on public.workspaces to authenticated;
grant update (name, slug, settings) on public.workspaces to authenticated;

grant select, insert, delete on public.organization_members to authenticated;
grant update (role) on public.organization_members to authenticated;

grant select, insert, delete on public.workspace_members to authenticated;
grant update (role) on public.workspace_members to authenticated;

-- Functions are executable by PUBLIC by default; in private only the policy helpers are callable, and only by
-- the API roles that evaluate policies.
revoke all on all functions in schema private from public;
grant execute on function
  private.member_workspace_ids(),
  private.writable_workspace_ids(),
  private.admin_workspace_ids(),
  private.member_organization_ids(),
  private.admin_organization_ids(),
  private.owner_organization_ids(),
  private.full_member_organization_ids(),
  private.manageable_workspace_ids(),
  private.shared_workspace_user_ids(),
  private.workspace_organization_has_member(uuid, uuid)
  to anon, authenticated;
