-- Who last changed a module row. A live client names the other person in a conflict ("changed by Bob: keep mine /
-- take theirs") from the row it receives, without a second lookup. Set by the same before-write trigger that bumps
-- sync_version, so a client cannot claim someone else's edit.

alter table private.module_row add column updated_by uuid;
comment on column private.module_row.updated_by is 'The profile that made the last insert or update (null for the server and the seed).';

do $$
declare
  v_table regclass;
begin
  for v_table in
    select c.oid::regclass
    from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r'
      and exists (select 1 from pg_catalog.pg_trigger t where t.tgrelid = c.oid and t.tgname = 'module_before_write')
  loop
    execute format('alter table %s add column if not exists updated_by uuid', v_table);
    execute format(
      'alter table %s add constraint %I foreign key (updated_by) references public.profiles (id) on delete set null',
      v_table, (select relname from pg_catalog.pg_class where oid = v_table) || '_updated_by_fkey');
  end loop;
end
$$;

create or replace function private.module_before_write()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
begin
  new.updated_by := v_uid;
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
