-- Custom field values, checked by the database: every client (the app, the REST API, an import script) gets the same
-- rules and the same messages. The app mirrors them in src/custom-fields/validateCustomValues.ts.
--
-- Values live in a module row's `custom_fields` object, keyed by custom_fields.name; custom_fields.module holds the
-- module's table name. The rules:
--  * each value fits its field's type (custom_fields.field_type, one of the app's FieldType ids) and config: text
--    length, URL/email/phone shape, numbers and their bounds, whole stars within the maximum, whole non-negative
--    minutes, real dates, date-times with a time zone (stored canonically in UTC, `2026-11-23T19:30:00.000Z`, so text
--    order is time order), booleans, select options that exist, people who are members of the workspace;
--  * "no value" is absence: null, "" and [] are removed, so "is empty" means one thing to PostgREST and to the app;
--  * a required field needs a value on insert (its default applies first) and cannot be cleared later;
--  * only values that change are checked. A value stored before its option was deleted, its person left or its field
--    became required never makes the row unwritable; keys without a definition are ignored (kept as they are).
-- Violations raise check_violation (23514) naming the field: "Department: "x" is not one of the options", with the
-- key in DETAIL (`custom_fields.department`).
--
-- Definitions keep their values meaningful: key, module and type never change (delete and recreate instead), a key
-- cannot shadow a built-in column, select options are well formed and unique, a default value fits the field.
-- Deleting a field removes its values from every row; removing select options removes those values (so a field
-- recreated with the same key starts clean, and no view ever groups or filters by a ghost).

-- The first guess at the seed named single selects 'select'.
update public.custom_fields set field_type = 'single_select' where field_type = 'select';

alter table public.custom_fields add constraint custom_fields_field_type_check check (field_type in (
  'text', 'long_text', 'number', 'currency', 'percent', 'date', 'date_time', 'checkbox', 'single_select',
  'multi_select', 'person', 'url', 'email', 'phone', 'rating', 'duration'
));

-- ---------------------------------------------------------------------------------------------------------------
-- Values. One trigger function for module rows and for custom_fields.default_value (a default must fit its field
-- too), because a trigger function may not call a private helper: the API roles only execute the policy helpers.
-- security invoker: definitions and members are read through the caller's RLS, so an error never describes a
-- workspace the caller cannot see.
-- ---------------------------------------------------------------------------------------------------------------

create or replace function private.validate_custom_values()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_new jsonb := to_jsonb(new);
  v_is_definition boolean := tg_table_name = 'custom_fields';
  v_workspace uuid := (v_new ->> 'workspace_id')::uuid;
  v_cleaning boolean := coalesce(current_setting('callboard.cleaning_custom_values', true), '') = 'on';
  v_old jsonb := '{}'::jsonb;
  v_values jsonb;
  v_def public.custom_fields;
  v_value jsonb;
  v_text text;
  v_number numeric;
  v_limit numeric;
  v_stamp timestamp;
  v_problem text;
begin
  if v_is_definition then
    if jsonb_typeof(v_new -> 'default_value') is null or jsonb_typeof(v_new -> 'default_value') = 'null' then
      return new;
    end if;
    v_values := jsonb_build_object(v_new ->> 'name', v_new -> 'default_value');
  else
    if tg_op = 'UPDATE' then
      v_old := to_jsonb(old) -> 'custom_fields';
      if v_old = v_new -> 'custom_fields' then
        return new;
      end if;
      if jsonb_typeof(v_old) is distinct from 'object' then
        v_old := '{}'::jsonb;
      end if;
    end if;
    v_values := v_new -> 'custom_fields';
    if jsonb_typeof(v_values) is distinct from 'object' then
      return new; -- the custom_fields_is_object check reports it
    end if;
    select coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb) into v_values
    from jsonb_each(v_values) as e
    where e.value not in ('null'::jsonb, '""'::jsonb, '[]'::jsonb);
  end if;

  for v_def in
    select d.* from public.custom_fields d
    where not v_is_definition and d.workspace_id = v_workspace and d.module = tg_table_name
    union all
    select (jsonb_populate_record(null::public.custom_fields, v_new)).* where v_is_definition
  loop
    v_value := v_values -> v_def.name;
    if not v_is_definition and tg_op = 'INSERT' and v_value is null
       and jsonb_typeof(v_def.default_value) is distinct from 'null' and v_def.default_value is not null then
      v_value := v_def.default_value;
      v_values := v_values || jsonb_build_object(v_def.name, v_value);
    end if;
    if v_value is null then
      if v_def.is_required and not v_is_definition and not v_cleaning and (tg_op = 'INSERT' or v_old ? v_def.name) then
        raise exception using
          errcode = '23514',
          message = format('%s is required', v_def.label),
          detail = format('custom_fields.%s', v_def.name);
      end if;
      continue;
    end if;
    if not v_is_definition and v_old -> v_def.name = v_value then
      continue;
    end if;

    v_problem := null;
    v_text := case when jsonb_typeof(v_value) = 'string' then v_value #>> '{}' end;
    case v_def.field_type
      when 'text', 'long_text', 'url', 'email', 'phone' then
        v_limit := case
          when jsonb_typeof(v_def.config -> 'maxLength') = 'number' then (v_def.config ->> 'maxLength')::numeric
          when v_def.field_type = 'text' then 1000
          when v_def.field_type = 'long_text' then 20000
          when v_def.field_type = 'url' then 2048
          when v_def.field_type = 'email' then 320
          else 40
        end;
        if v_text is null then
          v_problem := 'expected text';
        elsif char_length(v_text) > v_limit then
          v_problem := format('at most %s characters', v_limit);
        elsif v_def.field_type = 'url' and v_text !~* '^https?://[^\s/?#]+\S*$' then
          v_problem := format('"%s" is not a web address (http or https)', v_text);
        elsif v_def.field_type = 'email' and v_text !~ '^[^\s@]+@[^\s@]+\.[^\s@]+$' then
          v_problem := format('"%s" is not an email address', v_text);
        elsif v_def.field_type = 'phone' and (v_text !~* '^\+?[0-9 ()./-]{3,}(\s*(x|ext\.?)\s*[0-9]{1,6})?$'
                                               or length(regexp_replace(v_text, '[^0-9]', '', 'g')) < 3) then
          v_problem := format('"%s" is not a phone number', v_text);
        end if;
      when 'number', 'currency', 'percent', 'rating', 'duration' then
        if jsonb_typeof(v_value) <> 'number' then
          v_problem := 'expected a number';
        else
          v_number := (v_value #>> '{}')::numeric;
          if v_def.field_type = 'number' and jsonb_typeof(v_def.config -> 'min') = 'number'
             and v_number < (v_def.config ->> 'min')::numeric then
            v_problem := format('must be at least %s', v_def.config ->> 'min');
          elsif v_def.field_type = 'number' and jsonb_typeof(v_def.config -> 'max') = 'number'
             and v_number > (v_def.config ->> 'max')::numeric then
            v_problem := format('must be at most %s', v_def.config ->> 'max');
          elsif v_def.field_type = 'currency' and v_number < 0 and v_def.config -> 'allowNegative' is distinct from 'true'::jsonb then
            v_problem := 'must not be negative';
          elsif v_def.field_type = 'rating' then
            v_limit := case when jsonb_typeof(v_def.config -> 'max') = 'number' then (v_def.config ->> 'max')::numeric else 5 end;
            if v_number <> trunc(v_number) or v_number < 1 or v_number > v_limit then
              v_problem := format('a rating is a whole number from 1 to %s', v_limit);
            end if;
          elsif v_def.field_type = 'duration' and (v_number <> trunc(v_number) or v_number < 0) then
            v_problem := 'a duration is a whole, non-negative number of minutes';
          end if;
        end if;
      when 'date' then
        if v_text is null or v_text !~ '^\d{4}-\d{2}-\d{2}$' then
          v_problem := 'expected a date (YYYY-MM-DD)';
        else
          begin
            perform v_text::date;
          exception when others then
            v_problem := format('"%s" is not a date', v_text);
          end;
        end if;
      when 'date_time' then
        if v_text is null or v_text !~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?\s*([Zz]|[+-]\d{2}(:?\d{2})?)$' then
          v_problem := 'expected a date and time with a time zone (ISO 8601)';
        else
          begin
            v_stamp := v_text::timestamptz at time zone 'UTC';
            if extract(year from v_stamp) not between 1 and 9999 then
              v_problem := format('"%s" is out of range', v_text);
            else
              v_values := jsonb_set(v_values, array[v_def.name], to_jsonb(to_char(v_stamp, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
            end if;
          exception when others then
            v_problem := format('"%s" is not a date and time', v_text);
          end;
        end if;
      when 'checkbox' then
        if jsonb_typeof(v_value) <> 'boolean' then
          v_problem := 'expected true or false';
        end if;
      when 'single_select' then
        if v_text is null then
          v_problem := 'expected one of the options';
        elsif not exists (select 1 from jsonb_array_elements(v_def.options) o where o ->> 'value' = v_text) then
          v_problem := format('"%s" is not one of the options', v_text);
        end if;
      when 'multi_select' then
        if jsonb_typeof(v_value) <> 'array' then
          v_problem := 'expected a list of options';
        else
          select string_agg(format('"%s"', e #>> '{}'), ', ') into v_text
          from jsonb_array_elements(v_value) e
          where jsonb_typeof(e) <> 'string'
             or not exists (select 1 from jsonb_array_elements(v_def.options) o where o ->> 'value' = e #>> '{}');
          if v_text is not null then
            v_problem := format('%s is not one of the options', v_text);
          elsif (select count(*) from jsonb_array_elements(v_value)) <> (select count(distinct e) from jsonb_array_elements(v_value) e) then
            v_problem := 'each option may appear once';
          end if;
        end if;
      when 'person' then
        if v_text is null or v_text !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
          v_problem := 'expected a person (a profile id)';
        elsif not exists (
          select 1 from public.workspace_members m where m.workspace_id = v_workspace and m.user_id = v_text::uuid
        ) then
          v_problem := 'is not a member of this workspace';
        else
          v_values := jsonb_set(v_values, array[v_def.name], to_jsonb(lower(v_text)));
        end if;
      else
        null; -- a type this database does not know yet: no check
    end case;

    if v_problem is not null then
      raise exception using
        errcode = '23514',
        message = format('%s%s: %s', case when v_is_definition then 'Default value of ' else '' end, v_def.label, v_problem),
        detail = format('custom_fields.%s', v_def.name);
    end if;
  end loop;

  if v_is_definition then
    return new;
  end if;
  return jsonb_populate_record(new, jsonb_build_object('custom_fields', v_values));
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Definitions
-- ---------------------------------------------------------------------------------------------------------------

create or replace function private.check_custom_field_definition()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_table regclass;
  v_problem text;
begin
  if tg_op = 'UPDATE'
     and (new.workspace_id, new.module, new.name, new.field_type) is distinct from (old.workspace_id, old.module, old.name, old.field_type) then
    raise exception using
      errcode = '23514',
      message = format('The key, module and type of custom field "%s" cannot change; create a new field instead', old.label);
  end if;
  v_table := to_regclass(format('public.%I', new.module));
  if v_table is null or not exists (
    select 1 from pg_catalog.pg_trigger t where t.tgrelid = v_table and t.tgname = 'module_custom_values'
  ) then
    raise exception using errcode = '23514', message = format('Custom field "%s": "%s" is not a module', new.label, new.module);
  end if;
  if exists (
    select 1 from pg_catalog.pg_attribute a
    where a.attrelid = v_table and a.attname = new.name and a.attnum > 0 and not a.attisdropped
  ) then
    raise exception using
      errcode = '23514',
      message = format('Custom field "%s": the key "%s" is a built-in column of %s', new.label, new.name, new.module);
  end if;
  if new.field_type in ('single_select', 'multi_select') then
    select case
      when exists (
        select 1 from jsonb_array_elements(new.options) o
        where jsonb_typeof(o) <> 'object' or jsonb_typeof(o -> 'value') is distinct from 'string' or o ->> 'value' = ''
           or jsonb_typeof(o -> 'label') is distinct from 'string'
      ) then 'every option needs a value and a label'
      when (select count(*) from jsonb_array_elements(new.options))
           <> (select count(distinct o ->> 'value') from jsonb_array_elements(new.options) o) then 'option values must be unique'
    end into v_problem;
    if v_problem is not null then
      raise exception using errcode = '23514', message = format('Custom field "%s": %s', new.label, v_problem);
    end if;
  end if;
  return new;
end;
$$;

-- Runs as the caller (RLS decides which rows it may clean: a writer of the workspace may update them all). The
-- setting tells validate_custom_values that a required select losing a removed option is not a user clearing it.
create or replace function private.clean_custom_values()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_table regclass := to_regclass(format('public.%I', old.module));
  v_values text[];
begin
  if v_table is null then
    return null;
  end if;
  perform set_config('callboard.cleaning_custom_values', 'on', true);
  if tg_op = 'DELETE' then
    -- A workspace being deleted takes its rows with it: nothing to clean (and they are being deleted).
    if exists (select 1 from public.workspaces w where w.id = old.workspace_id) then
      execute format('update %s set custom_fields = custom_fields - $1 where workspace_id = $2 and custom_fields ? $1', v_table)
        using old.name, old.workspace_id;
    end if;
  elsif new.field_type in ('single_select', 'multi_select') then
    v_values := array(select o ->> 'value' from jsonb_array_elements(new.options) o);
    if new.field_type = 'single_select' then
      execute format(
        'update %s set custom_fields = custom_fields - $1 '
        'where workspace_id = $2 and custom_fields ? $1 and not ((custom_fields ->> $1) = any ($3))', v_table)
        using new.name, new.workspace_id, v_values;
    else
      execute format(
        'update %1$s t set custom_fields = case when k.kept = ''[]''::jsonb then t.custom_fields - $1 '
        '  else jsonb_set(t.custom_fields, array[$1], k.kept) end '
        'from (select x.id, coalesce(jsonb_agg(e.value order by e.n) filter (where e.value #>> ''{}'' = any ($3)), ''[]''::jsonb) as kept '
        '      from %1$s x cross join lateral jsonb_array_elements(x.custom_fields -> $1) with ordinality as e (value, n) '
        '      where x.workspace_id = $2 and jsonb_typeof(x.custom_fields -> $1) = ''array'' group by x.id) k '
        'where t.id = k.id and k.kept is distinct from t.custom_fields -> $1', v_table)
        using new.name, new.workspace_id, v_values;
    end if;
  end if;
  perform set_config('callboard.cleaning_custom_values', 'off', true);
  return null;
end;
$$;

-- Triggers on custom_fields fire in name order: shape first, then the default value against it.
create trigger custom_field_1_shape before insert or update on public.custom_fields
  for each row execute function private.check_custom_field_definition();
create trigger custom_field_2_default before insert or update on public.custom_fields
  for each row execute function private.validate_custom_values();
create trigger custom_field_values_on_delete after delete on public.custom_fields
  for each row execute function private.clean_custom_values();
create trigger custom_field_values_on_options after update of options on public.custom_fields
  for each row when (old.options is distinct from new.options) execute function private.clean_custom_values();

-- ---------------------------------------------------------------------------------------------------------------
-- Module tables: attach_module_table now also adds the value check, for every module to come; re-attach the six.
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
  -- Custom field values are checked against the workspace's definitions (20261123001100_custom_field_values).
  execute format('create or replace trigger module_custom_values before insert or update on %s '
    'for each row execute function private.validate_custom_values()', v_qualified);

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
  'field value check, RLS policies, replica identity full and the supabase_realtime publication. Idempotent.';

select private.attach_module_table(t::regclass)
from unnest(array['public.productions', 'public.project_tasks', 'public.project_milestones', 'public.events',
                  'public.personnel', 'public.assets']) as t;

-- Trigger machinery, callable by nobody (CREATE FUNCTION grants EXECUTE to PUBLIC).
revoke all on function private.validate_custom_values(), private.check_custom_field_definition(),
  private.clean_custom_values(), private.attach_module_table(regclass) from public, anon, authenticated, service_role;
