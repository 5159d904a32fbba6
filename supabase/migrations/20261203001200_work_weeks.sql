-- Everyone's hours per production day, kept up to date as the work changes, so that get_user_workload reads one row
-- per person and week instead of adding up every call and booking of the range on each request (200 people over a
-- month was 13,600 calls and bookings, about 100 ms on PostgreSQL 15, 250 ms on the embedded backend).
--
-- private.work_weeks holds, per person and Monday-to-Sunday week with any work, the confirmed and the pencilled
-- hours of each day (Monday first) and the week's totals, as private.person_work counts them (production days in the
-- workspace's zone and day start, statuses in one vocabulary). Statement triggers on personnel_assignments and
-- bookings recompute the weeks a statement touched from the source rows, rather than adding and subtracting, so the
-- summary cannot drift; a change of the workspace's zone or day start rebuilds the workspace. A bulk load that skips
-- triggers (session_replication_role = replica) must end with private.rebuild_work_weeks(workspace).

create table private.work_weeks (
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  person_id uuid not null references public.personnel (id) on delete cascade,
  week_start date not null,
  confirmed_hours numeric[] not null,
  tentative_hours numeric[] not null,
  week_confirmed_hours numeric not null,
  week_tentative_hours numeric not null,
  primary key (workspace_id, week_start, person_id),
  constraint work_weeks_week_starts_on_monday check (extract(isodow from week_start) = 1),
  constraint work_weeks_seven_days check (cardinality(confirmed_hours) = 7 and cardinality(tentative_hours) = 7)
);
create index work_weeks_person_id_idx on private.work_weeks (person_id);
alter table private.work_weeks enable row level security;
revoke all on private.work_weeks from public, anon, authenticated;

-- Recompute the weeks p_from to p_to touch for p_person_ids (null: everyone in the workspace) from the calls and
-- bookings. Writers of one person's weeks take turns, in a fixed order so that two statements cannot deadlock: the
-- second waits for the first to commit and then, under read committed, reads what it wrote. Without the turn, two
-- people booking the same person at once would both rebuild the week from a snapshot without the other's row.
create or replace function private.refresh_work_weeks(p_workspace_id uuid, p_person_ids uuid[], p_from date, p_to date)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_settings jsonb;
  v_from date := p_from - (extract(isodow from p_from)::integer - 1);
  v_to date := p_to + (7 - extract(isodow from p_to)::integer);
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('work_weeks ' || p.id::text, 0))
  from (
    select pe.id from public.personnel pe
    where pe.workspace_id = p_workspace_id and (p_person_ids is null or pe.id = any (p_person_ids))
    order by pe.id
  ) p;
  select w.settings into v_settings from public.workspaces w where w.id = p_workspace_id;

  delete from private.work_weeks ww
  where ww.workspace_id = p_workspace_id and ww.week_start between v_from and v_to
    and (p_person_ids is null or ww.person_id = any (p_person_ids));

  insert into private.work_weeks
    (workspace_id, person_id, week_start, confirmed_hours, tentative_hours, week_confirmed_hours, week_tentative_hours)
  with days as (
    select w.person_id, w.day,
           coalesce(sum(w.hours) filter (where w.status = 'confirmed'), 0) as confirmed,
           coalesce(sum(w.hours) filter (where w.status <> 'confirmed'), 0) as tentative
    from private.person_work(p_workspace_id, p_person_ids, v_from, v_to, v_settings) w
    group by w.person_id, w.day
  ),
  weeks as (
    select distinct d.person_id, d.day - (extract(isodow from d.day)::integer - 1) as week_start from days d
  )
  select p_workspace_id, wk.person_id, wk.week_start,
         array_agg(coalesce(d.confirmed, 0) order by g.i), array_agg(coalesce(d.tentative, 0) order by g.i),
         coalesce(sum(d.confirmed), 0), coalesce(sum(d.tentative), 0)
  from weeks wk
  cross join pg_catalog.generate_series(0, 6) g(i)
  left join days d on d.person_id = wk.person_id and d.day = wk.week_start + g.i
  group by wk.person_id, wk.week_start;
end;
$$;

-- The whole workspace from scratch: after its zone or day start changes, or a bulk load without triggers.
create or replace function private.rebuild_work_weeks(p_workspace_id uuid)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_first timestamptz;
  v_last timestamptz;
begin
  select min(x.first_at), max(x.last_at) into v_first, v_last
  from (
    select min(a.call_at) as first_at, max(a.call_at) as last_at
    from public.personnel_assignments a where a.workspace_id = p_workspace_id
    union all
    select min(b.starts_at), max(b.starts_at)
    from public.bookings b where b.workspace_id = p_workspace_id and b.person_id is not null
  ) x;
  delete from private.work_weeks ww where ww.workspace_id = p_workspace_id;
  if v_first is not null then
    -- Two days either side: a production day is not the calendar day of its start (private.person_work).
    perform private.refresh_work_weeks(p_workspace_id, null, (v_first - interval '2 days')::date, (v_last + interval '2 days')::date);
  end if;
end;
$$;

-- After a statement on personnel_assignments (TG_ARGV[0] = 'call_at') or bookings ('starts_at'): the weeks around
-- the old and the new start of every person's row it wrote.
create or replace function private.refresh_work_weeks_after_write()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_changed text := case tg_op
    when 'INSERT' then 'select * from new_rows'
    when 'DELETE' then 'select * from old_rows'
    else 'select * from old_rows union all select * from new_rows'
  end;
  v_touched record;
begin
  for v_touched in execute pg_catalog.format(
    'select c.workspace_id, array_agg(distinct c.person_id) as people, min(c.%1$I) as first_at, max(c.%1$I) as last_at
     from (%2$s) c where c.person_id is not null group by c.workspace_id', tg_argv[0], v_changed)
  loop
    perform private.refresh_work_weeks(v_touched.workspace_id, v_touched.people,
      (v_touched.first_at - interval '2 days')::date, (v_touched.last_at + interval '2 days')::date);
  end loop;
  return null;
end;
$$;

-- A trigger with transition tables fires on one event only.
create trigger personnel_assignments_work_weeks_insert after insert on public.personnel_assignments
  referencing new table as new_rows for each statement execute function private.refresh_work_weeks_after_write('call_at');
create trigger personnel_assignments_work_weeks_update after update on public.personnel_assignments
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.refresh_work_weeks_after_write('call_at');
create trigger personnel_assignments_work_weeks_delete after delete on public.personnel_assignments
  referencing old table as old_rows for each statement execute function private.refresh_work_weeks_after_write('call_at');
create trigger bookings_work_weeks_insert after insert on public.bookings
  referencing new table as new_rows for each statement execute function private.refresh_work_weeks_after_write('starts_at');
create trigger bookings_work_weeks_update after update on public.bookings
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.refresh_work_weeks_after_write('starts_at');
create trigger bookings_work_weeks_delete after delete on public.bookings
  referencing old table as old_rows for each statement execute function private.refresh_work_weeks_after_write('starts_at');

create or replace function private.rebuild_work_weeks_after_day_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.rebuild_work_weeks(new.id);
  return null;
end;
$$;

create trigger workspaces_work_weeks_day_change after update of settings on public.workspaces
  for each row
  when (old.settings -> 'timezone' is distinct from new.settings -> 'timezone'
        or old.settings #> '{scheduling,day_starts_at}' is distinct from new.settings #> '{scheduling,day_starts_at}')
  execute function private.rebuild_work_weeks_after_day_change();

-- get_user_workload: per person and week (Monday to Sunday) the range touches, the confirmed and pencilled hours of
-- each of its seven days, Monday first (whole weeks, so days either side of the range are there too), the week's
-- totals and the capacities. Only weeks with work appear. security definer over the summary, with the members-read
-- rule applied once; it counted what members may read before too, since every member reads the whole schedule.
drop function public.get_user_workload(uuid, date, date);
create function public.get_user_workload(p_workspace_id uuid, p_from date, p_to date)
returns table (
  person_id uuid, full_name text, week_start date, confirmed_hours numeric[], tentative_hours numeric[],
  week_confirmed_hours numeric, week_tentative_hours numeric, capacity_hours_per_day numeric, capacity_hours_per_week numeric
)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_settings jsonb;
begin
  perform private.require_day_range('get_user_workload', p_from, p_to);
  if not private.may_read_workspace(p_workspace_id) then
    return;
  end if;
  select w.settings into v_settings from public.workspaces w where w.id = p_workspace_id;

  return query
  select ww.person_id, pe.full_name, ww.week_start, ww.confirmed_hours, ww.tentative_hours,
         ww.week_confirmed_hours, ww.week_tentative_hours,
         coalesce((v_settings #>> '{scheduling,capacity_hours_per_day}')::numeric, 8),
         coalesce((v_settings #>> '{scheduling,capacity_hours_per_week}')::numeric, 40)
  from private.work_weeks ww
  join public.personnel pe on pe.id = ww.person_id and pe.deleted_at is null
  where ww.workspace_id = p_workspace_id
    and ww.week_start between p_from - (extract(isodow from p_from)::integer - 1) and p_to
  order by pe.full_name, pe.id, ww.week_start;
end;
$$;

revoke all on function private.refresh_work_weeks(uuid, uuid[], date, date), private.rebuild_work_weeks(uuid),
  private.refresh_work_weeks_after_write(), private.rebuild_work_weeks_after_day_change() from public, anon, authenticated;
revoke execute on function public.get_user_workload(uuid, date, date) from public, anon;
grant execute on function public.get_user_workload(uuid, date, date) to authenticated, service_role;

-- What is already there when this migration runs.
select private.rebuild_work_weeks(w.id) from public.workspaces w;
