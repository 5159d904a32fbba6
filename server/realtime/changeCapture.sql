-- The embedded backend's change capture. Supabase Realtime reads committed changes from the WAL (logical
-- decoding); PGlite has none, so a row trigger on every table of the supabase_realtime publication writes each
-- change to a log and NOTIFYs only its id (NOTIFY payloads stop at 8000 bytes; the log has no such limit).
-- The backend reads the log after commit, delivers, then deletes what it read.
--
-- This belongs to the backend, never to migrations: it is installed on every boot and kept in step with the
-- publication by an event trigger, so `alter publication supabase_realtime add table ...` in a migration (or
-- anywhere) is captured from the same transaction on. Idempotent.

create schema if not exists _callboard_realtime;
revoke all on schema _callboard_realtime from public;

create table if not exists _callboard_realtime.changes (
  id bigint generated always as identity primary key,
  -- the time of the change, close to its commit (wal2json's timestamp is the commit's)
  captured_at timestamptz not null default clock_timestamp(),
  -- 'row' for a table change, 'message' for a realtime.messages broadcast
  kind text not null,
  relid oid not null,
  schema_name text not null,
  table_name text not null,
  op text not null,
  new_row jsonb,
  old_row jsonb
);
revoke all on _callboard_realtime.changes from public;

-- security definer: the writer (anon, authenticated, ...) has no access to the log.
create or replace function _callboard_realtime.capture_row()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_id bigint;
begin
  insert into _callboard_realtime.changes (kind, relid, schema_name, table_name, op, new_row, old_row)
  values (
    'row', tg_relid, tg_table_schema, tg_table_name, tg_op,
    case when tg_op <> 'DELETE' then to_jsonb(new) end,
    case when tg_op <> 'INSERT' then to_jsonb(old) end
  )
  returning id into v_id;
  -- the id only tells the backend how far the log reaches (its backlog); it reads the rows themselves
  perform pg_notify('callboard_realtime', v_id::text);
  return null;
end;
$$;

create or replace function _callboard_realtime.capture_message()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_id bigint;
begin
  insert into _callboard_realtime.changes (kind, relid, schema_name, table_name, op, new_row)
  values ('message', tg_relid, tg_table_schema, tg_table_name, tg_op, to_jsonb(new))
  returning id into v_id;
  perform pg_notify('callboard_realtime', v_id::text);
  return null;
end;
$$;

-- Broadcast from the database: realtime.send() inserts here. Authorization probes insert too, but roll back.
create or replace trigger callboard_realtime_capture
  after insert on realtime.messages
  for each row when (new.extension = 'broadcast')
  execute function _callboard_realtime.capture_message();

-- Puts the capture trigger on every published table that lacks it and takes it off tables no longer published.
create or replace function _callboard_realtime.sync_capture()
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_rel regclass;
begin
  for v_rel in
    select c.oid::regclass
    from pg_catalog.pg_publication_tables pt
    join pg_catalog.pg_namespace n on n.nspname = pt.schemaname
    join pg_catalog.pg_class c on c.relnamespace = n.oid and c.relname = pt.tablename
    where pt.pubname = 'supabase_realtime'
      and c.relkind in ('r', 'p')
      and not exists (
        select 1 from pg_catalog.pg_trigger t where t.tgrelid = c.oid and t.tgname = 'callboard_realtime_capture'
      )
  loop
    execute format(
      'create trigger callboard_realtime_capture after insert or update or delete on %s '
      'for each row execute function _callboard_realtime.capture_row()', v_rel);
  end loop;

  for v_rel in
    select t.tgrelid::regclass
    from pg_catalog.pg_trigger t
    where t.tgname = 'callboard_realtime_capture'
      and t.tgfoid = '_callboard_realtime.capture_row()'::regprocedure
      and not t.tgisinternal
      and t.tgparentid = 0
      and not exists (
        select 1
        from pg_catalog.pg_publication_tables pt
        join pg_catalog.pg_namespace n on n.nspname = pt.schemaname
        join pg_catalog.pg_class c on c.relnamespace = n.oid and c.relname = pt.tablename
        where pt.pubname = 'supabase_realtime' and c.oid = t.tgrelid
      )
  loop
    execute format('drop trigger callboard_realtime_capture on %s', v_rel);
  end loop;
end;
$$;

-- Runs inside the DDL's own transaction, so a table is captured from the statement that publishes it. Every DDL
-- also tells the backend to forget what it cached about tables and privileges.
create or replace function _callboard_realtime.on_ddl()
returns event_trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_tag in ('CREATE PUBLICATION', 'ALTER PUBLICATION', 'DROP PUBLICATION', 'CREATE TABLE', 'ALTER TABLE') then
    perform _callboard_realtime.sync_capture();
  end if;
  perform pg_notify('callboard_realtime_ddl', tg_tag);
end;
$$;

drop event trigger if exists callboard_realtime_ddl;
create event trigger callboard_realtime_ddl on ddl_command_end execute function _callboard_realtime.on_ddl();

-- Which of N subscribers may see one row, as realtime's apply_rls does it: per subscriber, role and claims set
-- in a statement of their own, then an existence check by primary key under that role's RLS. Like apply_rls, the
-- check is a prepared statement (p_stmt, created from p_sql on first use and kept for the session) with a generic
-- plan: planned once per role, executed per subscriber with that subscriber's claims. p_sql selects exists(...)
-- with the key values in $1. The role is reset after each check and when done.
drop function if exists _callboard_realtime.visible_to(text, text[], text[], text[]);
create or replace function _callboard_realtime.visible_to(p_stmt text, p_sql text, p_key text[], p_roles text[], p_claims text[])
returns boolean[]
language plpgsql
as $$
declare
  v_result boolean[] := '{}';
  v_ok boolean;
  v_call text;
begin
  if not exists (select 1 from pg_catalog.pg_prepared_statements where name = p_stmt) then
    execute format('prepare %I (text[]) as %s', p_stmt, p_sql);
  end if;
  perform set_config('plan_cache_mode', 'force_generic_plan', true);
  v_call := format('execute %I(%L)', p_stmt, p_key);
  for i in 1 .. coalesce(array_length(p_roles, 1), 0) loop
    perform set_config('role', p_roles[i], true), set_config('request.jwt.claims', p_claims[i], true);
    execute v_call into v_ok;
    perform set_config('role', null, true);
    v_result := v_result || coalesce(v_ok, false);
  end loop;
  perform set_config('request.jwt.claims', null, true);
  return v_result;
end;
$$;

revoke all on all functions in schema _callboard_realtime from public;

select _callboard_realtime.sync_capture();
