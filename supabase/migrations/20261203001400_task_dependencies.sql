-- Production schedules are chains: task dependencies with the four link types and lag, and the critical path and
-- float of a production (get_production_timeline).
--
-- A link says the successor may not start (or finish) before the predecessor starts (or finishes), plus a lag in
-- working days (negative: a lead):
--   FS  start of successor  >= finish of predecessor + lag      SS  start  >= start of predecessor + lag
--   FF  finish of successor >= finish of predecessor + lag      SF  finish >= start of predecessor + lag
-- Days are working days of the workspace's calendar (settings.scheduling.working_days, ISO weekdays, Monday to
-- Friday unless set; settings.scheduling.holidays, dates). A task occupies whole working days; "finish" is the end
-- of its last day, so FS with no lag means the next working day.

alter table public.project_tasks add column milestone boolean not null default false;
comment on column public.project_tasks.milestone is 'A milestone: a moment (its due date, else its start), zero working days long.';

create table public.task_dependencies (
  like private.module_row including all,
  predecessor_id uuid not null references public.project_tasks (id) on delete cascade,
  successor_id uuid not null references public.project_tasks (id) on delete cascade,
  dependency_type text not null default 'FS' constraint task_dependencies_type_check
    check (dependency_type in ('FS', 'SS', 'FF', 'SF')),
  lag_days integer not null default 0 constraint task_dependencies_lag_check check (lag_days between -365 and 365),
  -- "Build the set → Paint the set (FS +2)", written by the trigger below: what lists and the drawer call a link.
  title text,
  constraint task_dependencies_not_self check (predecessor_id <> successor_id)
);

-- Several types between one pair are allowed, the same type twice is not.
create unique index task_dependencies_pair_type_key on public.task_dependencies (predecessor_id, successor_id, dependency_type)
  where deleted_at is null;
create index task_dependencies_successor_id_idx on public.task_dependencies (successor_id);

create trigger predecessor_in_same_workspace before insert or update of predecessor_id, workspace_id on public.task_dependencies
  for each row execute function private.ensure_same_workspace('predecessor_id', 'public.project_tasks');
create trigger successor_in_same_workspace before insert or update of successor_id, workspace_id on public.task_dependencies
  for each row execute function private.ensure_same_workspace('successor_id', 'public.project_tasks');

-- Both ends in one production, and no cycle. Links of a production are judged one writer at a time (an advisory
-- lock on the production), so two links written at once cannot close a loop that neither alone would.
-- Also names the link (title).
create or replace function private.refuse_dependency_cycle()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_production uuid;
  v_other uuid;
  v_path text;
begin
  select t.production_id, t.title into v_production, v_path from public.project_tasks t where t.id = new.predecessor_id;
  select t.production_id, v_path || ' → ' || t.title into v_other, v_path from public.project_tasks t where t.id = new.successor_id;
  new.title := v_path || ' (' || new.dependency_type
               || case when new.lag_days = 0 then '' when new.lag_days > 0 then ' +' || new.lag_days else ' ' || new.lag_days end || ')';
  if new.deleted_at is not null or tg_op = 'UPDATE' and (old.predecessor_id, old.successor_id, old.deleted_at)
       is not distinct from (new.predecessor_id, new.successor_id, new.deleted_at) then
    return new;
  end if;
  if v_production is null or v_other is distinct from v_production then
    raise exception 'a dependency links two tasks of the same production' using errcode = '23514';
  end if;
  v_path := null;
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('task_dependencies ' || v_production::text, 0));
  -- Does the successor already lead back to the predecessor? (The set of tasks it reaches, not its paths: UNION
  -- keeps each task once, so a dense network costs its size, not its number of paths.)
  with recursive reach (task_id) as (
    select new.successor_id
    union
    select d.successor_id
    from reach r
    join public.task_dependencies d on d.predecessor_id = r.task_id and d.deleted_at is null and d.id <> new.id
  )
  select (select t.title from public.project_tasks t where t.id = new.successor_id) || ' already leads to '
         || (select t.title from public.project_tasks t where t.id = new.predecessor_id)
  into v_path
  where exists (select 1 from reach r where r.task_id = new.predecessor_id);
  if v_path is not null then
    raise exception 'this dependency would make a loop: %', v_path using errcode = '23514';
  end if;
  return new;
end;
$$;

create trigger task_dependencies_refuse_cycle
  before insert or update on public.task_dependencies
  for each row execute function private.refuse_dependency_cycle();

select private.attach_module_table('public.task_dependencies');

-- ---------------------------------------------------------------------------------------------------------------
-- get_production_timeline: the critical path method over a production's tasks and links, on the working calendar.
-- Each task lasts its working days from start to due date (both included; one day when it has only one of them,
-- the estimate in 8-hour days when it has neither; a milestone none), and may not start before its own start date
-- (its plan) nor before the project start (the earliest planned day). Forward pass in topological order:
--   ES = max(project start, planned start, FS: EF_p + L, SS: ES_p + L, FF: EF_p + L - d, SF: ES_p + L - d), EF = ES + d
-- backward pass from the project finish (the latest EF):
--   LF = min(project finish, FS: LS_s - L, SS: LS_s - L + d, FF: LF_s - L, SF: LF_s - L + d), LS = LF - d
-- Total float = LS - ES; the critical path is the tasks with no float. dependency_violation: the plan starts the
-- task earlier than its links allow. Dates returned are working days, finish dates the last day worked (a
-- milestone's finish is its start). security invoker: row-level security decides which tasks and links count.
-- ---------------------------------------------------------------------------------------------------------------
create or replace function public.get_production_timeline(p_production_id uuid)
returns table (
  task_id uuid, title text, start_date date, due_date date, milestone boolean, duration_days integer,
  early_start date, early_finish date, late_start date, late_finish date, total_float_days integer, critical boolean,
  dependency_violation boolean
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_settings jsonb;
  v_working integer[];
  v_holidays date[];
  v_base date;
  v_last_day date;
  v_end date;
  v_days date[];            -- v_days[k + 1] is working day k (k = 0 at the project start)
  v_ids uuid[];
  v_dur integer[];
  v_plan integer[];         -- the planned start as a working-day number, -1 for none (no nulls: see v_order)
  v_n integer;
  v_pred integer[];         -- links, ordered by predecessor
  v_succ integer[];
  v_type text[];
  v_lag integer[];
  v_first integer[];        -- v_first[i] .. v_last[i]: the links out of task i
  v_last integer[];
  v_indegree integer[];
  v_order integer[];        -- filled in place up to v_tail: appending would copy the array each time, and arrays
                            -- without nulls keep subscripts O(1)
  v_tail integer := 0;
  v_es integer[];
  v_ef integer[];
  v_ls integer[];
  v_lf integer[];
  v_from_links integer[];   -- the earliest start the links alone allow
  v_finish integer;
  v_head integer := 1;
  v_i integer;
  v_s integer;
  v_k integer;
  v_candidate integer;
begin
  select w.settings into v_settings
  from public.productions p join public.workspaces w on w.id = p.workspace_id
  where p.id = p_production_id and p.deleted_at is null;
  if not found then
    return;
  end if;
  v_working := coalesce(
    (select array_agg(x::integer) from jsonb_array_elements_text(v_settings #> '{scheduling,working_days}') x),
    array[1, 2, 3, 4, 5]);
  if cardinality(v_working) = 0 or not v_working <@ array[1, 2, 3, 4, 5, 6, 7] then
    raise exception 'scheduling.working_days must list ISO weekdays (1 = Monday .. 7 = Sunday)' using errcode = '22023';
  end if;
  v_holidays := coalesce(
    (select array_agg(x::date) from jsonb_array_elements_text(v_settings #> '{scheduling,holidays}') x), '{}');

  select min(coalesce(t.start_date, t.due_date)), max(coalesce(t.due_date, t.start_date))
  into v_base, v_last_day
  from public.project_tasks t where t.production_id = p_production_id and t.deleted_at is null;
  v_base := coalesce(v_base, current_date);
  -- The plans need the calendar up to the last planned day; the working days to name the results are listed once
  -- the passes know how far the project runs.
  v_end := coalesce(v_last_day, v_base) + 1;

  -- Tasks numbered 1..n, each with its length and planned start in working days: the calendar gives each day the
  -- number of working days before it (a working day's own number; a day off gets the next working day's).
  with calendar as (
    select c.day, (count(*) filter (where c.working) over (order by c.day) - case when c.working then 1 else 0 end)::integer as before
    from (
      select g::date as day, extract(isodow from g)::integer = any (v_working) and not g::date = any (v_holidays) as working
      from generate_series(v_base, v_end, interval '1 day') g
    ) c
  ),
  tasks as (
    select t.id, t.milestone, t.start_date, t.due_date, t.estimate_hours, row_number() over (order by t.id)::integer as i
    from public.project_tasks t where t.production_id = p_production_id and t.deleted_at is null
  )
  select array_agg(t.id order by t.i),
         array_agg(case
           when t.milestone then 0
           when t.start_date is not null and t.due_date is not null then greatest(finish.before - start.before, 1)
           when t.start_date is not null or t.due_date is not null then 1
           else greatest(ceil(coalesce(t.estimate_hours, 8) / 8)::integer, 1)
         end order by t.i),
         array_agg(case when t.start_date is null and t.due_date is null then -1 else start.before end order by t.i)
  into v_ids, v_dur, v_plan
  from tasks t
  left join calendar start on start.day = coalesce(t.start_date, t.due_date)
  left join calendar finish on finish.day = t.due_date + 1;
  v_n := coalesce(cardinality(v_ids), 0);
  if v_n = 0 then
    return;
  end if;

  -- One sort, by predecessor, for the four lists.
  select coalesce(array_agg(l.pred order by l.n), '{}'), coalesce(array_agg(l.succ order by l.n), '{}'),
         coalesce(array_agg(l.dependency_type order by l.n), '{}'), coalesce(array_agg(l.lag_days order by l.n), '{}')
  into v_pred, v_succ, v_type, v_lag
  from (
    select p.i::integer as pred, s.i::integer as succ, d.dependency_type, d.lag_days, row_number() over (order by p.i) as n
    from public.task_dependencies d
    join unnest(v_ids) with ordinality as p (id, i) on p.id = d.predecessor_id
    join unnest(v_ids) with ordinality as s (id, i) on s.id = d.successor_id
    where d.deleted_at is null
  ) l;
  -- The links out of each task are a run of the list (it is ordered by predecessor); count the links into each.
  v_first := array_fill(1, array[v_n]);
  v_last := array_fill(0, array[v_n]);
  v_indegree := array_fill(0, array[v_n]);
  for v_k in 1 .. cardinality(v_pred) loop
    if v_last[v_pred[v_k]] = 0 then
      v_first[v_pred[v_k]] := v_k;
    end if;
    v_last[v_pred[v_k]] := v_k;
    v_indegree[v_succ[v_k]] := v_indegree[v_succ[v_k]] + 1;
  end loop;

  -- Topological order (Kahn), then the forward pass along it.
  v_es := array_fill(0, array[v_n]);
  v_ef := array_fill(0, array[v_n]);
  v_from_links := array_fill(0, array[v_n]);
  v_order := array_fill(0, array[v_n]);
  for v_i in 1 .. v_n loop
    if v_indegree[v_i] = 0 then
      v_tail := v_tail + 1;
      v_order[v_tail] := v_i;
    end if;
  end loop;
  while v_head <= v_tail loop
    v_i := v_order[v_head];
    v_head := v_head + 1;
    v_es[v_i] := greatest(v_es[v_i], v_plan[v_i], 0);
    v_ef[v_i] := v_es[v_i] + v_dur[v_i];
    for v_k in v_first[v_i] .. v_last[v_i] loop
      v_s := v_succ[v_k];
      v_candidate := case v_type[v_k]
        when 'FS' then v_ef[v_i] + v_lag[v_k]
        when 'SS' then v_es[v_i] + v_lag[v_k]
        when 'FF' then v_ef[v_i] + v_lag[v_k] - v_dur[v_s]
        else v_es[v_i] + v_lag[v_k] - v_dur[v_s]
      end;
      v_es[v_s] := greatest(v_es[v_s], v_candidate);
      v_from_links[v_s] := greatest(v_from_links[v_s], v_candidate);
      v_indegree[v_s] := v_indegree[v_s] - 1;
      if v_indegree[v_s] = 0 then
        v_tail := v_tail + 1;
        v_order[v_tail] := v_s;
      end if;
    end loop;
  end loop;
  if v_tail < v_n then
    raise exception 'the dependencies of this production make a loop' using errcode = '23514';
  end if;

  -- Backward pass, in reverse order, from the project finish.
  select max(x) into v_finish from unnest(v_ef) x;
  v_lf := array_fill(v_finish, array[v_n]);
  v_ls := array_fill(0, array[v_n]);
  for v_head in reverse v_n .. 1 loop
    v_i := v_order[v_head];
    for v_k in v_first[v_i] .. v_last[v_i] loop
      v_s := v_succ[v_k];
      v_candidate := case v_type[v_k]
        when 'FS' then v_ls[v_s] - v_lag[v_k]
        when 'SS' then v_ls[v_s] - v_lag[v_k] + v_dur[v_i]
        when 'FF' then v_lf[v_s] - v_lag[v_k]
        else v_lf[v_s] - v_lag[v_k] + v_dur[v_i]
      end;
      v_lf[v_i] := least(v_lf[v_i], v_candidate);
    end loop;
    v_ls[v_i] := v_lf[v_i] - v_dur[v_i];
  end loop;

  -- Working days 0 .. v_finish, by date.
  v_days := array(
    select g::date from generate_series(v_base, v_base + ((v_finish + 2) * 7 / cardinality(v_working) + cardinality(v_holidays) + 14), interval '1 day') g
    where extract(isodow from g)::integer = any (v_working) and not g::date = any (v_holidays)
    order by g
    limit v_finish + 1);

  return query
  select t.id, t.title, t.start_date, t.due_date, t.milestone, v_dur[x.i],
         v_days[v_es[x.i] + 1], v_days[greatest(v_ef[x.i], v_es[x.i] + 1)],
         v_days[v_ls[x.i] + 1], v_days[greatest(v_lf[x.i], v_ls[x.i] + 1)],
         v_ls[x.i] - v_es[x.i], v_ls[x.i] - v_es[x.i] <= 0,
         v_plan[x.i] >= 0 and v_from_links[x.i] > v_plan[x.i]
  from unnest(v_ids) with ordinality as x (id, i)
  join public.project_tasks t on t.id = x.id
  order by v_es[x.i], v_ef[x.i], t.title, t.id;
end;
$$;

revoke all on function private.refuse_dependency_cycle() from public, anon, authenticated;
revoke execute on function public.get_production_timeline(uuid) from public, anon;
grant execute on function public.get_production_timeline(uuid) to authenticated, service_role;
