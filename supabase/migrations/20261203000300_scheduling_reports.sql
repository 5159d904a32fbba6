-- What the schedule adds up to: a resource's availability, everyone's hours against capacity, and overtime by rules
-- that are data. (What runs out before the work that needs it: 20261203000800_compliance_expiry.sql.) The public
-- functions are security invoker: row-level security decides what is counted.
--
-- Workspace rules (workspaces.settings -> 'scheduling', each optional):
--   rest_hours                  10     rest between a wrap and the next call (the conflict engine)
--   day_starts_at               '00:00' when a production day begins, so a load-out past midnight stays on its day
--   capacity_hours_per_day      8      a person's capacity for get_user_workload
--   capacity_hours_per_week     40
--   overtime                    {"preset": "california"} or {"rules": [...], "minimum_call_hours": n}
-- Days are the workspace's (settings.timezone), weeks start on Monday.

-- The production day a moment belongs to, in the workspace's time zone and day start.
create or replace function private.production_day(p_at timestamptz, p_settings jsonb)
returns date
language sql
stable
set search_path = ''
as $$
  select ((p_at at time zone coalesce(p_settings ->> 'timezone', 'UTC'))
          - coalesce(nullif(p_settings #>> '{scheduling,day_starts_at}', '')::time, time '00:00'))::date
$$;

-- The reports take a range of days: both ends given, the end not before the start, at most 400 days.
create or replace function private.require_day_range(p_function text, p_from date, p_to date)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_from is null or p_to is null or p_to < p_from or p_to - p_from > 400 then
    raise exception '% needs a range of at most 400 days whose end is not before its start', p_function
      using errcode = '22023';
  end if;
end;
$$;

-- What the reports read by workspace and time.
create index personnel_assignments_workspace_id_call_at_idx on public.personnel_assignments (workspace_id, call_at);
create index bookings_workspace_id_person_starts_at_idx on public.bookings (workspace_id, starts_at) where person_id is not null;

-- People's work (not leave), one row per call or person booking, with its production day and hours on the stated
-- times (travel buffers are not hours worked here); p_person_ids null means everyone in the workspace. security
-- definer with the members-read rule applied once, as private.resource_occupancy and for the same reason.
create or replace function private.person_work(p_workspace_id uuid, p_person_ids uuid[], p_from date, p_to date, p_settings jsonb)
returns table (person_id uuid, source text, id uuid, title text, status text, day date, hours numeric)
language sql
stable
security definer
set search_path = ''
as $$
  -- The zone and day start read once, not per row (private.production_day, written out).
  with rules as (
    select coalesce(p_settings ->> 'timezone', 'UTC') as zone,
           coalesce(nullif(p_settings #>> '{scheduling,day_starts_at}', '')::time, time '00:00') - time '00:00' as day_start
  ),
  work as (
    select a.person_id, 'personnel_assignments' as source, a.id, a.role as title,
           case a.status when 'invited' then 'tentative' else a.status end as status, a.call_at as starts_at, a.wrap_at as ends_at
    from public.personnel_assignments a
    where a.workspace_id = p_workspace_id and (p_person_ids is null or a.person_id = any (p_person_ids))
      and a.status <> 'declined' and a.deleted_at is null
      -- Two days either side: the production day of a call is not the calendar day of its start.
      and a.call_at >= p_from::timestamptz - interval '2 days' and a.call_at < p_to::timestamptz + interval '2 days'
    union all
    select b.person_id, 'bookings', b.id, b.title, case b.status when 'hold' then 'tentative' else b.status end, b.starts_at, b.ends_at
    from public.bookings b
    where b.workspace_id = p_workspace_id and b.person_id is not null and (p_person_ids is null or b.person_id = any (p_person_ids))
      and b.booking_type = 'booking' and b.status <> 'cancelled' and b.deleted_at is null
      and b.starts_at >= p_from::timestamptz - interval '2 days' and b.starts_at < p_to::timestamptz + interval '2 days'
  ),
  dated as (
    select w.*, ((w.starts_at at time zone r.zone) - r.day_start)::date as day from work w cross join rules r
  )
  select d.person_id, d.source, d.id, d.title, d.status, d.day, (extract(epoch from d.ends_at - d.starts_at) / 3600)::numeric(10, 2)
  from dated d
  where d.day between p_from and p_to and (select private.may_read_workspace(p_workspace_id))
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- get_availability: a resource's time from p_from to p_to as segments, each available, tentative, unavailable or
-- unknown, with the reason (the bookings, calls or leave behind it). A freelancer's or contractor's free time is
-- unknown (they have not declared it); an inactive person or location, or an asset in maintenance or retired, is
-- unavailable throughout.
-- ---------------------------------------------------------------------------------------------------------------
create or replace function public.get_availability(p_resource_type text, p_resource_id uuid, p_from timestamptz, p_to timestamptz)
returns table (state text, starts_at timestamptz, ends_at timestamptz, reason text)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_workspace uuid;
  v_free text := 'available';
  v_free_reason text;
  v_resources uuid[] := array[p_resource_id];
begin
  if p_from is null or p_to is null or p_to <= p_from then
    raise exception 'get_availability needs a range whose end is after its start' using errcode = '22023';
  end if;
  if p_to - p_from > interval '400 days' then
    raise exception 'get_availability covers at most 400 days at a time' using errcode = '22023';
  end if;
  if p_resource_type = 'person' then
    select p.workspace_id,
           case when p.status = 'inactive' then 'unavailable' when p.employment_type in ('freelance', 'contractor') then 'unknown' else 'available' end,
           case when p.status = 'inactive' then 'Inactive' when p.employment_type in ('freelance', 'contractor')
             then initcap(p.employment_type) || ': availability not declared' end
      into v_workspace, v_free, v_free_reason
    from public.personnel p where p.id = p_resource_id;
  elsif p_resource_type = 'location' then
    select l.workspace_id, case when l.status = 'inactive' then 'unavailable' else 'available' end,
           case when l.status = 'inactive' then 'Inactive' end
      into v_workspace, v_free, v_free_reason
    from public.locations l where l.id = p_resource_id;
    v_resources := private.location_family(p_resource_id);
  elsif p_resource_type = 'asset' then
    select a.workspace_id, case when a.status in ('maintenance', 'retired') then 'unavailable' else 'available' end,
           case a.status when 'maintenance' then 'In maintenance' when 'retired' then 'Retired' end
      into v_workspace, v_free, v_free_reason
    from public.assets a where a.id = p_resource_id;
  else
    raise exception 'get_availability knows person, location and asset resources, not %', p_resource_type
      using errcode = '22023';
  end if;
  if v_workspace is null then
    return;
  end if;

  return query
  with occupied as (
    select greatest(lower(o.occupied), p_from) as s, least(upper(o.occupied), p_to) as e,
           case when o.status = 'confirmed' then 2 else 1 end as level,
           case o.booking_type when 'leave' then 'Leave: ' when 'unavailable' then 'Unavailable: ' else '' end
             || o.title || ' (' || o.status || ')' as label
    from private.resource_occupancy(v_workspace, v_resources, pg_catalog.tstzrange(p_from, p_to, '[)')) o
  ),
  points as (
    select p_from as at union select p_to union select s from occupied union select e from occupied
  ),
  pieces as (
    select at as s, lead(at) over (order by at) as e from points
  ),
  judged as (
    select pc.s, pc.e,
           case top.level when 2 then 'unavailable' when 1 then 'tentative' else v_free end as state,
           coalesce(top.reason, v_free_reason) as reason
    from pieces pc
    cross join lateral (
      select max(o.level) as level from occupied o where o.s < pc.e and o.e > pc.s
    ) m
    cross join lateral (
      select m.level as level, string_agg(o.label, '; ' order by o.label) as reason
      from occupied o where o.s < pc.e and o.e > pc.s and o.level = m.level
    ) top
    where pc.e is not null and pc.e > pc.s
  ),
  marked as (
    select j.*, (j.state, j.reason) is distinct from (lag(j.state) over w, lag(j.reason) over w) as starts_island
    from judged j
    window w as (order by j.s)
  ),
  islands as (
    select m.*, sum(case when m.starts_island then 1 else 0 end) over (order by m.s) as island from marked m
  )
  select i.state, min(i.s), max(i.e), i.reason
  from islands i
  group by i.island, i.state, i.reason
  order by min(i.s);
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- get_user_workload: hours per person and production day from p_from to p_to (confirmed and pencilled apart), with
-- the totals of each day's week (the whole week, even where it runs outside the range) and the capacities.
-- ---------------------------------------------------------------------------------------------------------------
create or replace function public.get_user_workload(p_workspace_id uuid, p_from date, p_to date)
returns table (
  person_id uuid, full_name text, day date, confirmed_hours numeric, tentative_hours numeric, capacity_hours numeric,
  week_start date, week_confirmed_hours numeric, week_tentative_hours numeric, week_capacity_hours numeric
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_settings jsonb;
  v_day_capacity numeric;
  v_week_capacity numeric;
begin
  perform private.require_day_range('get_user_workload', p_from, p_to);
  select w.settings into v_settings from public.workspaces w where w.id = p_workspace_id;
  if not found then
    return;
  end if;
  v_day_capacity := coalesce((v_settings #>> '{scheduling,capacity_hours_per_day}')::numeric, 8);
  v_week_capacity := coalesce((v_settings #>> '{scheduling,capacity_hours_per_week}')::numeric, 40);

  return query
  with daily as (
    select w.person_id, w.day, w.day - (extract(isodow from w.day)::integer - 1) as week,
           coalesce(sum(w.hours) filter (where w.status = 'confirmed'), 0) as confirmed,
           coalesce(sum(w.hours) filter (where w.status <> 'confirmed'), 0) as tentative
    from private.person_work(p_workspace_id, null, p_from - (extract(isodow from p_from)::integer - 1),
                             p_to + (7 - extract(isodow from p_to)::integer), v_settings) w
    group by w.person_id, w.day
  ),
  weekly as (
    select d.person_id, d.week, sum(d.confirmed) as confirmed, sum(d.tentative) as tentative
    from daily d group by d.person_id, d.week
  )
  select pe.id, pe.full_name, d.day, d.confirmed, d.tentative, v_day_capacity,
         d.week, wk.confirmed, wk.tentative, v_week_capacity
  from daily d
  join weekly wk on wk.person_id = d.person_id and wk.week = d.week
  join public.personnel pe on pe.id = d.person_id and pe.deleted_at is null
  where d.day between p_from and p_to
  order by pe.full_name, pe.id, d.day;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- calculate_overtime: a person's confirmed work per production day from p_from to p_to, split by pay multiplier
-- under the workspace's rules. A rule is {"type": "daily" | "weekly" | "seventh_day", "threshold": hours,
-- "multiplier": m}: daily and seventh-day rules price the hours of a day beyond their threshold (the seventh day is
-- the seventh consecutive day worked in a Monday-to-Sunday week); weekly rules price the regular hours of a week
-- beyond their threshold (hours already paid as daily overtime do not count again, as in California). The highest
-- multiplier that applies to an hour wins. minimum_call_hours pays a shorter call as that long.
-- ---------------------------------------------------------------------------------------------------------------
create or replace function private.overtime_rules(p_settings jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case
    when p_settings #> '{scheduling,overtime,rules}' is not null then
      pg_catalog.jsonb_build_object(
        'rules', p_settings #> '{scheduling,overtime,rules}',
        'minimum_call_hours', coalesce(p_settings #> '{scheduling,overtime,minimum_call_hours}', '0'::jsonb))
    else
      -- California: 1.5x over 8 h a day and 40 h a week, 2x over 12 h a day; the seventh day 1.5x for the first 8 h
      -- and 2x after (Labor Code 510).
      pg_catalog.jsonb_build_object(
        'rules', '[{"type": "daily", "threshold": 8, "multiplier": 1.5},
                   {"type": "daily", "threshold": 12, "multiplier": 2},
                   {"type": "weekly", "threshold": 40, "multiplier": 1.5},
                   {"type": "seventh_day", "threshold": 0, "multiplier": 1.5},
                   {"type": "seventh_day", "threshold": 8, "multiplier": 2}]'::jsonb,
        'minimum_call_hours', coalesce(p_settings #> '{scheduling,overtime,minimum_call_hours}', '0'::jsonb))
  end
$$;

create or replace function public.calculate_overtime(p_person_id uuid, p_from date, p_to date)
returns table (
  day date, worked_hours numeric, paid_hours numeric, regular_hours numeric, overtime_hours numeric,
  double_time_hours numeric, weighted_hours numeric, seventh_day boolean, rules_applied text[]
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_workspace uuid;
  v_settings jsonb;
  v_rules jsonb;
  v_minimum numeric;
  v_week date;
  v_day date;
  v_hours numeric;
  v_paid numeric;
  v_week_regular numeric;
  v_consecutive integer;
  v_cuts numeric[];
  v_from numeric;
  v_to numeric;
  v_multiplier numeric;
  v_piece numeric;
  v_room numeric;
  v_weekly_threshold numeric;
  v_weekly_multiplier numeric;
  v_rule_type text;
  v_rule_threshold numeric;
  v_work jsonb;
begin
  perform private.require_day_range('calculate_overtime', p_from, p_to);
  select p.workspace_id, w.settings into v_workspace, v_settings
  from public.personnel p join public.workspaces w on w.id = p.workspace_id
  where p.id = p_person_id;
  if v_workspace is null then
    return;
  end if;
  v_rules := private.overtime_rules(v_settings);
  v_minimum := coalesce((v_rules ->> 'minimum_call_hours')::numeric, 0);
  -- The weekly rule with the lowest threshold: regular hours past it are overtime at its multiplier.
  select (r ->> 'threshold')::numeric, (r ->> 'multiplier')::numeric into v_weekly_threshold, v_weekly_multiplier
  from pg_catalog.jsonb_array_elements(v_rules -> 'rules') r
  where r ->> 'type' = 'weekly' order by (r ->> 'threshold')::numeric limit 1;

  -- Hours worked and paid per day of the whole weeks the range touches: {"2026-12-04": [10, 10], ...}.
  select coalesce(pg_catalog.jsonb_object_agg(d.day::text, pg_catalog.jsonb_build_array(d.hours, d.paid)), '{}')
    into v_work
  from (
    select w.day, sum(w.hours) as hours, sum(greatest(w.hours, v_minimum)) as paid
    from private.person_work(v_workspace, array[p_person_id], date_trunc('week', p_from)::date,
                             date_trunc('week', p_to)::date + 6, v_settings) w
    where w.status = 'confirmed'
    group by w.day
  ) d;

  v_week := date_trunc('week', p_from)::date;
  while v_week <= p_to loop
    v_week_regular := 0;
    v_consecutive := 0;
    for i in 0..6 loop
      v_day := v_week + i;
      v_hours := (v_work -> v_day::text ->> 0)::numeric;
      v_paid := (v_work -> v_day::text ->> 1)::numeric;
      if coalesce(v_paid, 0) = 0 then
        v_consecutive := 0;
        continue;
      end if;
      v_consecutive := v_consecutive + 1;
      day := v_day;
      worked_hours := v_hours;
      paid_hours := v_paid;
      seventh_day := v_consecutive = 7;
      regular_hours := 0;
      overtime_hours := 0;
      double_time_hours := 0;
      weighted_hours := 0;
      rules_applied := '{}';
      -- The day's hours cut at every threshold of the day rules that apply; each piece takes the highest multiplier
      -- whose threshold it has passed.
      select array_agg(distinct t order by t) into v_cuts from (
        select 0::numeric as t union
        select (r ->> 'threshold')::numeric from pg_catalog.jsonb_array_elements(v_rules -> 'rules') r
        where (r ->> 'type' = 'daily' or (r ->> 'type' = 'seventh_day' and seventh_day))
          and (r ->> 'threshold')::numeric < v_paid
      ) cuts;
      for k in 1..array_length(v_cuts, 1) loop
        v_from := v_cuts[k];
        v_to := coalesce(v_cuts[k + 1], v_paid);
        -- The rule that prices this piece: the highest multiplier among those whose threshold it has passed.
        v_rule_type := null;
        v_multiplier := null;
        select r ->> 'type', (r ->> 'threshold')::numeric, (r ->> 'multiplier')::numeric
          into v_rule_type, v_rule_threshold, v_multiplier
        from pg_catalog.jsonb_array_elements(v_rules -> 'rules') r
        where (r ->> 'type' = 'daily' or (r ->> 'type' = 'seventh_day' and seventh_day))
          and (r ->> 'threshold')::numeric <= v_from
        order by (r ->> 'multiplier')::numeric desc, (r ->> 'threshold')::numeric
        limit 1;
        v_multiplier := greatest(coalesce(v_multiplier, 1), 1);
        v_piece := v_to - v_from;
        if v_multiplier > 1 then
          rules_applied := rules_applied || case when v_rule_type = 'seventh_day' then 'seventh consecutive day'
            else pg_catalog.format('daily over %s h', v_rule_threshold) end;
        else
          -- Regular hours: past the weekly threshold they are weekly overtime.
          v_room := case when v_weekly_threshold is null then v_piece else greatest(v_weekly_threshold - v_week_regular, 0) end;
          if v_piece > v_room then
            rules_applied := rules_applied || pg_catalog.format('weekly over %s h', v_weekly_threshold);
            overtime_hours := overtime_hours + case when v_weekly_multiplier < 2 then v_piece - v_room else 0 end;
            double_time_hours := double_time_hours + case when v_weekly_multiplier >= 2 then v_piece - v_room else 0 end;
            weighted_hours := weighted_hours + (v_piece - v_room) * v_weekly_multiplier;
            v_piece := v_room;
          end if;
          v_week_regular := v_week_regular + v_piece;
        end if;
        regular_hours := regular_hours + case when v_multiplier = 1 then v_piece else 0 end;
        overtime_hours := overtime_hours + case when v_multiplier > 1 and v_multiplier < 2 then v_piece else 0 end;
        double_time_hours := double_time_hours + case when v_multiplier >= 2 then v_piece else 0 end;
        weighted_hours := weighted_hours + v_piece * v_multiplier;
      end loop;
      if v_day between p_from and p_to then
        rules_applied := array(select distinct x from pg_catalog.unnest(rules_applied) x order by 1);
        return next;
      end if;
    end loop;
    v_week := v_week + 7;
  end loop;
end;
$$;

revoke all on function private.production_day(timestamptz, jsonb), private.require_day_range(text, date, date),
  private.person_work(uuid, uuid[], date, date, jsonb), private.overtime_rules(jsonb) from public;
grant execute on function private.production_day(timestamptz, jsonb), private.require_day_range(text, date, date),
  private.person_work(uuid, uuid[], date, date, jsonb), private.overtime_rules(jsonb) to authenticated, service_role;
revoke execute on function public.get_availability(text, uuid, timestamptz, timestamptz),
  public.get_user_workload(uuid, date, date), public.calculate_overtime(uuid, date, date) from public, anon;
grant execute on function public.get_availability(text, uuid, timestamptz, timestamptz),
  public.get_user_workload(uuid, date, date), public.calculate_overtime(uuid, date, date) to authenticated, service_role;
