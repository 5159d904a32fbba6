-- Live collaboration, part 2: what the database writes by itself when people work.
--
--  * Activities: every create, update (a field-level diff, custom fields as "custom_fields.<key>"), soft delete,
--    restore, hard delete, assignment and comment on a module row, named by its title at the time.
--  * Notifications: mentions, assignments, comments and status changes on records you created or are assigned
--    to, for workspace members only, never for your own actions, never for kinds you muted.
--  * Realtime broadcasts on private channels (policies in 20261123001000 and 20261123001200):
--      workspace:<id>:rows      'INSERT' | 'UPDATE' | 'DELETE'  realtime.broadcast_changes of every module row
--      workspace:<id>:comments  'comment' | 'reaction'          realtime.broadcast_changes of comments, reactions
--      workspace:<id>:activity  'activity'                      {record}
--      user:<uid>               'notification'                  {operation, record}
--
-- Every trigger here is security definer (activities and notifications are not writable by clients) with an empty
-- search_path. realtime.send() turns its own failures into warnings, so realtime never fails a user's write.
--
-- Activity shape (the client's contract):
--   action    created | updated | deleted | restored | commented | assigned
--   changes   {"<column>": {"old": v, "new": v}, "custom_fields.<key>": {...}} for updates; null otherwise.
--             updated_at, updated_by, sync_version, created_at, created_by and position are left out; a change
--             of position alone (a reorder) writes nothing. A change of assignee_id writes an 'assigned' activity
--             whose changes hold assignee_id only, plus an 'updated' one for whatever else changed in the same
--             write. Setting deleted_at writes 'deleted', clearing it 'restored' (with any other changes of that
--             write). Values cleaned out when a custom field or option is removed write nothing.
--   metadata  {"title"} (the record's title then), and for 'commented' {"title", "comment_id", "excerpt"}.

-- ---------------------------------------------------------------------------------------------------------------
-- Helpers (called by the triggers below, which run as the table owner; callable by no API role)
-- ---------------------------------------------------------------------------------------------------------------

-- The column that names a module row: the first of title, name, full_name it has.
create or replace function private.module_title_column(p_table regclass)
returns text
language sql
stable
set search_path = ''
as $$
  select a.attname::text
  from pg_catalog.pg_attribute a
  where a.attrelid = p_table and a.attnum > 0 and not a.attisdropped and a.attname in ('title', 'name', 'full_name')
  order by array_position(array['title', 'name', 'full_name']::name[], a.attname)
  limit 1
$$;

-- The module table called p_name (comments.entity_type), or null when p_name is not a module: only what
-- attach_module_table has attached is ever looked up.
create or replace function private.module_table(p_name text)
returns regclass
language sql
stable
set search_path = ''
as $$
  select c.oid::regclass
  from pg_catalog.pg_class c
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relname = p_name
    and exists (select 1 from pg_catalog.pg_trigger t where t.tgrelid = c.oid and t.tgname = 'module_activity')
$$;

-- How a notification names a person: their name, else the part of their email before the @.
create or replace function private.display_name(p_user uuid)
returns text
language sql
stable
set search_path = ''
as $$
  select coalesce(
    (select coalesce(nullif(btrim(p.full_name), ''), nullif(split_part(p.email, '@', 1), ''))
     from public.profiles p where p.id = p_user),
    'Someone'
  )
$$;

-- People mentioned in a comment: tokens `@[Display Name](<user uuid>)` (the name is only what the author saw).
create or replace function private.mentioned_user_ids(p_content text)
returns uuid[]
language sql
immutable
set search_path = ''
as $$
  select coalesce(array_agg(distinct lower(m[1])::uuid), '{}'::uuid[])
  from regexp_matches(
    coalesce(p_content, ''),
    '@\[[^\]]*\]\(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\)',
    'g'
  ) as m
$$;

-- A comment as one short line for feeds and notifications: mentions read "@Name", whitespace collapsed, 140 chars.
create or replace function private.comment_excerpt(p_content text)
returns text
language sql
immutable
set search_path = ''
as $$
  select case when char_length(s.t) > 140 then rtrim(left(s.t, 139)) || '…' else s.t end
  from (
    select btrim(regexp_replace(
      regexp_replace(coalesce(p_content, ''), '@\[([^\]]*)\]\([0-9a-fA-F-]{36}\)', '@\1', 'g'),
      '\s+', ' ', 'g'
    )) as t
  ) s
$$;

-- Writes one notification unless the recipient is the actor, is not a member of the workspace (a record's
-- creator may have left; a mention may name anyone) or muted the kind. True when it wrote one.
create or replace function private.notify(
  p_user uuid,
  p_workspace_id uuid,
  p_type text,
  p_title text,
  p_message text,
  p_entity_type text,
  p_entity_id uuid,
  p_actor uuid
)
returns boolean
language plpgsql
set search_path = ''
as $$
begin
  if p_user is null
     or p_user is not distinct from p_actor
     or not exists (select 1 from public.workspace_members m where m.workspace_id = p_workspace_id and m.user_id = p_user)
     or exists (
       select 1 from public.notification_preferences np where np.user_id = p_user and np.type = p_type and np.muted
     ) then
    return false;
  end if;
  insert into public.notifications (user_id, workspace_id, type, title, message, entity_type, entity_id, actor_id)
  values (p_user, p_workspace_id, p_type, p_title, p_message, p_entity_type, p_entity_id, p_actor);
  return true;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Module rows: activity, notifications, broadcast
-- ---------------------------------------------------------------------------------------------------------------

-- tg_argv[0]: the title column (attach_module_table passes it).
create or replace function private.record_module_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_old jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  v_new jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  v_row jsonb := coalesce(v_new, v_old);
  v_workspace uuid := (v_row ->> 'workspace_id')::uuid;
  v_id uuid := (v_row ->> 'id')::uuid;
  v_metadata jsonb := jsonb_build_object('title', v_row ->> tg_argv[0]);
  v_old_values jsonb;
  v_new_values jsonb;
  v_changes jsonb;
  v_action text;
begin
  if tg_op = 'INSERT' then
    insert into public.activities (workspace_id, user_id, action, entity_type, entity_id, metadata)
    values (v_workspace, v_uid, 'created', tg_table_name, v_id, v_metadata);
    return null;
  end if;

  if tg_op = 'DELETE' then
    -- A workspace being deleted takes its rows and its feed with it: nothing to record (or to reference).
    if exists (select 1 from public.workspaces w where w.id = v_workspace) then
      insert into public.activities (workspace_id, user_id, action, entity_type, entity_id, metadata)
      values (v_workspace, v_uid, 'deleted', tg_table_name, v_id, v_metadata);
    end if;
    return null;
  end if;

  -- Removing a custom field (or some of its options) cleans its values out of every row: the definition changed,
  -- not each record, so the feed is not flooded with one 'updated' per row (the rows still broadcast).
  if coalesce(current_setting('callboard.cleaning_custom_values', true), '') = 'on' then
    return null;
  end if;

  select coalesce(jsonb_object_agg(k.key, jsonb_build_object('old', v_old -> k.key, 'new', v_new -> k.key)), '{}'::jsonb)
  into v_changes
  from jsonb_object_keys(v_new) as k (key)
  where k.key not in ('id', 'updated_at', 'updated_by', 'sync_version', 'created_at', 'created_by', 'position',
                      'custom_fields', 'deleted_at')
    and (v_old -> k.key) is distinct from (v_new -> k.key);

  v_old_values := case when jsonb_typeof(v_old -> 'custom_fields') = 'object' then v_old -> 'custom_fields' else '{}'::jsonb end;
  v_new_values := case when jsonb_typeof(v_new -> 'custom_fields') = 'object' then v_new -> 'custom_fields' else '{}'::jsonb end;
  if v_old_values <> v_new_values then
    select v_changes || coalesce(jsonb_object_agg(
             'custom_fields.' || k.key, jsonb_build_object('old', v_old_values -> k.key, 'new', v_new_values -> k.key)
           ), '{}'::jsonb)
    into v_changes
    from (select jsonb_object_keys(v_old_values) union select jsonb_object_keys(v_new_values)) as k (key)
    where (v_old_values -> k.key) is distinct from (v_new_values -> k.key);
  end if;

  if v_changes ? 'assignee_id' then
    insert into public.activities (workspace_id, user_id, action, entity_type, entity_id, changes, metadata)
    values (v_workspace, v_uid, 'assigned', tg_table_name, v_id,
            jsonb_build_object('assignee_id', v_changes -> 'assignee_id'), v_metadata);
    v_changes := v_changes - 'assignee_id';
  end if;

  v_action := case
    when v_old ->> 'deleted_at' is null and v_new ->> 'deleted_at' is not null then 'deleted'
    when v_old ->> 'deleted_at' is not null and v_new ->> 'deleted_at' is null then 'restored'
    when v_changes <> '{}'::jsonb then 'updated'
  end;
  if v_action is not null then
    insert into public.activities (workspace_id, user_id, action, entity_type, entity_id, changes, metadata)
    values (v_workspace, v_uid, v_action, tg_table_name, v_id, nullif(v_changes, '{}'::jsonb), v_metadata);
  end if;
  return null;
end;
$$;

-- Assignment (on insert too) and status changes, for the assignee and the record's creator. tg_argv[0]: the
-- title column.
create or replace function private.notify_module_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_old jsonb := case when tg_op = 'UPDATE' then to_jsonb(old) else '{}'::jsonb end;
  v_new jsonb := to_jsonb(new);
  v_workspace uuid := (v_new ->> 'workspace_id')::uuid;
  v_id uuid := (v_new ->> 'id')::uuid;
  v_title text := coalesce(v_new ->> tg_argv[0], 'untitled');
  v_assignee uuid := (v_new ->> 'assignee_id')::uuid;
  v_recipient uuid;
begin
  if v_assignee is not null and v_assignee is distinct from (v_old ->> 'assignee_id')::uuid then
    perform private.notify(
      v_assignee, v_workspace, 'assignment',
      format('%s assigned you ''%s''', private.display_name(v_uid), v_title),
      null, tg_table_name, v_id, v_uid
    );
  end if;

  if tg_op = 'UPDATE' and v_new ? 'status' and (v_new -> 'status') is distinct from (v_old -> 'status') then
    for v_recipient in
      select distinct r.id from unnest(array[(v_new ->> 'created_by')::uuid, v_assignee]) as r (id) where r.id is not null
    loop
      perform private.notify(
        v_recipient, v_workspace, 'status_change',
        format('%s changed ''%s'' to %s', private.display_name(v_uid), v_title, replace(v_new ->> 'status', '_', ' ')),
        format('%s → %s', replace(coalesce(v_old ->> 'status', 'none'), '_', ' '), replace(v_new ->> 'status', '_', ' ')),
        tg_table_name, v_id, v_uid
      );
    end loop;
  end if;
  return null;
end;
$$;

-- Every insert, update and delete of a module row, whole, to the members of its workspace.
create or replace function private.broadcast_module_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_workspace uuid;
begin
  if tg_op = 'DELETE' then
    v_workspace := old.workspace_id;
  else
    v_workspace := new.workspace_id;
  end if;
  perform realtime.broadcast_changes(
    'workspace:' || v_workspace || ':rows', tg_op, tg_op, tg_table_name, tg_table_schema, new, old
  );
  -- A row moved to another workspace (only the service can) leaves the old one's views too.
  if tg_op = 'UPDATE' and old.workspace_id is distinct from new.workspace_id then
    perform realtime.broadcast_changes(
      'workspace:' || old.workspace_id || ':rows', 'DELETE', 'DELETE', tg_table_name, tg_table_schema, null, old
    );
  end if;
  return null;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Comments and reactions
-- ---------------------------------------------------------------------------------------------------------------

-- A new comment is a 'commented' activity on its record and notifies the mentioned members, then the record's
-- creator and assignee; an edit notifies only mentions it adds. The record is looked up in the comment's own
-- workspace, so a comment pointing elsewhere names nothing and notifies nobody.
create or replace function private.comment_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  -- The author is the actor; for a client they are the same (the insert policy), for the service the author.
  v_uid uuid := coalesce((select auth.uid()), new.user_id);
  v_table regclass;
  v_record jsonb;
  v_title text;
  v_actor text;
  v_excerpt text := private.comment_excerpt(new.content);
  v_mentioned uuid[] := private.mentioned_user_ids(new.content);
  v_notified uuid[] := '{}'::uuid[];
  v_user uuid;
begin
  if new.deleted_at is not null or (tg_op = 'UPDATE' and new.content is not distinct from old.content) then
    return null;
  end if;
  v_table := private.module_table(new.entity_type);
  if v_table is null then
    return null;
  end if;
  execute format('select to_jsonb(t) from %s t where t.id = $1 and t.workspace_id = $2', v_table)
    into v_record
    using new.entity_id, new.workspace_id;
  if v_record is null then
    return null;
  end if;
  v_title := coalesce(v_record ->> private.module_title_column(v_table), 'untitled');
  v_actor := private.display_name(v_uid);

  if tg_op = 'INSERT' then
    insert into public.activities (workspace_id, user_id, action, entity_type, entity_id, metadata)
    values (new.workspace_id, v_uid, 'commented', new.entity_type, new.entity_id,
            jsonb_build_object('title', v_title, 'comment_id', new.id, 'excerpt', v_excerpt));
  else
    v_mentioned := array(select unnest(v_mentioned) except select unnest(private.mentioned_user_ids(old.content)));
  end if;

  foreach v_user in array v_mentioned loop
    if v_user is distinct from new.user_id and private.notify(
      v_user, new.workspace_id, 'mention', format('%s mentioned you on ''%s''', v_actor, v_title), v_excerpt,
      new.entity_type, new.entity_id, v_uid
    ) then
      v_notified := v_notified || v_user;
    end if;
  end loop;

  if tg_op = 'INSERT' then
    for v_user in
      select distinct r.id
      from unnest(array[(v_record ->> 'created_by')::uuid, (v_record ->> 'assignee_id')::uuid]) as r (id)
      where r.id is not null and r.id is distinct from new.user_id and r.id <> all (v_notified)
    loop
      perform private.notify(
        v_user, new.workspace_id, 'comment', format('%s commented on ''%s''', v_actor, v_title), v_excerpt,
        new.entity_type, new.entity_id, v_uid
      );
    end loop;
  end if;
  return null;
end;
$$;

-- Comments (tg_argv[0] = 'comment') and reactions ('reaction') to workspace:<id>:comments.
create or replace function private.broadcast_comment_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_workspace uuid;
begin
  if tg_op = 'DELETE' then
    v_workspace := old.workspace_id;
  else
    v_workspace := new.workspace_id;
  end if;
  perform realtime.broadcast_changes(
    'workspace:' || v_workspace || ':comments', tg_argv[0], tg_op, tg_table_name, tg_table_schema, new, old
  );
  return null;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Activities and notifications go out as they are written
-- ---------------------------------------------------------------------------------------------------------------

create or replace function private.broadcast_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform realtime.send(
    jsonb_build_object('record', to_jsonb(new)), 'activity', 'workspace:' || new.workspace_id || ':activity', true
  );
  return null;
end;
$$;

-- Inserts and updates (read / unread), so every tab of the recipient stays in step.
create or replace function private.broadcast_notification()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform realtime.send(
    jsonb_build_object('operation', tg_op, 'record', to_jsonb(new)), 'notification', 'user:' || new.user_id, true
  );
  return null;
end;
$$;

create trigger comment_activity after insert or update of content on public.comments
  for each row execute function private.comment_activity();
create trigger comment_broadcast after insert or update or delete on public.comments
  for each row execute function private.broadcast_comment_change('comment');
create trigger reaction_broadcast after insert or update or delete on public.comment_reactions
  for each row execute function private.broadcast_comment_change('reaction');
create trigger activity_broadcast after insert on public.activities
  for each row execute function private.broadcast_activity();
create trigger notification_broadcast after insert or update on public.notifications
  for each row execute function private.broadcast_notification();

-- ---------------------------------------------------------------------------------------------------------------
-- Module tables: attach_module_table now also adds the activity, notification and broadcast triggers, for every
-- module to come; re-attach the six.
-- ---------------------------------------------------------------------------------------------------------------

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
  v_title_column text;
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

  -- updated_by (20261123001150) for modules to come, and indexed: deleting a profile sets it null in every table.
  if exists (select 1 from pg_catalog.pg_attribute where attrelid = target and attname = 'updated_by' and not attisdropped)
     and not exists (select 1 from pg_catalog.pg_constraint where conrelid = target and conname = v_table || '_updated_by_fkey') then
    execute format(
      'alter table %s add constraint %I foreign key (updated_by) references public.profiles (id) on delete set null',
      v_qualified, v_table || '_updated_by_fkey');
  end if;
  if exists (select 1 from pg_catalog.pg_attribute where attrelid = target and attname = 'updated_by' and not attisdropped) then
    execute format('create index if not exists %I on %s (updated_by)', v_table || '_updated_by_idx', v_qualified);
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
  -- Custom field values are checked against the workspace's definitions (20261123001100_custom_field_values).
  execute format('create or replace trigger module_custom_values before insert or update on %s '
    'for each row execute function private.validate_custom_values()', v_qualified);
  -- The feed, notifications and live updates (20261123001300_live_collaboration_triggers). The title column names
  -- the record in activities and notifications.
  v_title_column := coalesce(private.module_title_column(target), 'id');
  execute format('create or replace trigger module_activity after insert or update or delete on %s '
    'for each row execute function private.record_module_activity(%L)', v_qualified, v_title_column);
  execute format('create or replace trigger module_notify after insert or update on %s '
    'for each row execute function private.notify_module_change(%L)', v_qualified, v_title_column);
  execute format('create or replace trigger module_broadcast after insert or update or delete on %s '
    'for each row execute function private.broadcast_module_change()', v_qualified);

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
  'Makes a table built from private.module_row a module table: foreign keys, indexes, sync/audit triggers, the custom '
  'field value check, activity, notification and realtime broadcast triggers, RLS policies, replica identity full and '
  'the supabase_realtime publication. Idempotent.';

select private.attach_module_table(t::regclass)
from unnest(array['public.productions', 'public.project_tasks', 'public.project_milestones', 'public.events',
                  'public.personnel', 'public.assets']) as t;

-- Trigger machinery and its helpers, callable by nobody (CREATE FUNCTION grants EXECUTE to PUBLIC).
revoke all on function
  private.module_title_column(regclass),
  private.module_table(text),
  private.display_name(uuid),
  private.mentioned_user_ids(text),
  private.comment_excerpt(text),
  private.notify(uuid, uuid, text, text, text, text, uuid, uuid),
  private.record_module_activity(),
  private.notify_module_change(),
  private.broadcast_module_change(),
  private.comment_activity(),
  private.broadcast_comment_change(),
  private.broadcast_activity(),
  private.broadcast_notification(),
  private.attach_module_table(regclass)
  from public, anon, authenticated, service_role;
