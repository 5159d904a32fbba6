-- Remote procedures called through /rest/v1/rpc/<name>.

-- Task totals per status for a workspace's dashboard. security invoker: RLS decides what is counted, so a
-- non-member gets no rows.
create or replace function public.workspace_task_counts(p_workspace_id uuid)
returns table (status text, total bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select t.status, count(*)::bigint as total
  from public.project_tasks t
  where t.workspace_id = p_workspace_id and t.deleted_at is null
  group by t.status
  order by array_position(array['todo', 'in_progress', 'review', 'done'], t.status)
$$;

-- Creates a workspace in an organization the caller owns or administers and makes the caller its admin.
-- security definer because the caller cannot yet be a member of the workspace it creates; the check below is
-- the whole authorisation.
create or replace function public.create_workspace(p_organization_id uuid, p_name text)
returns public.workspaces
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_name text := btrim(coalesce(p_name, ''));
  v_base text;
  v_slug text;
  v_suffix integer := 1;
  v_workspace public.workspaces;
begin
  if v_uid is null or not exists (
    select 1 from public.organization_members m
    where m.organization_id = p_organization_id and m.user_id = v_uid and m.role in ('owner', 'admin')
  ) then
    raise exception 'only owners and admins of the organization can create workspaces'
      using errcode = '42501';
  end if;
  if v_name = '' then
    raise exception 'a workspace needs a name' using errcode = '22023';
  end if;

  v_base := coalesce(nullif(btrim(regexp_replace(lower(v_name), '[^a-z0-9]+', '-', 'g'), '-'), ''), 'workspace');
  v_base := btrim(left(v_base, 48), '-');
  v_slug := v_base;
  while exists (select 1 from public.workspaces w where w.organization_id = p_organization_id and w.slug = v_slug) loop
    v_suffix := v_suffix + 1;
    v_slug := v_base || '-' || v_suffix;
  end loop;

  insert into public.workspaces (organization_id, name, slug)
  values (p_organization_id, v_name, v_slug)
  returning * into v_workspace;

  insert into public.workspace_members (workspace_id, user_id, role)
  values (v_workspace.id, v_uid, 'admin');

  return v_workspace;
end;
$$;

-- Explicit, as for tables: signed-in users call these, anon does not.
revoke execute on function public.workspace_task_counts(uuid), public.create_workspace(uuid, text) from public, anon;
grant execute on function public.workspace_task_counts(uuid), public.create_workspace(uuid, text)
  to authenticated, service_role;
