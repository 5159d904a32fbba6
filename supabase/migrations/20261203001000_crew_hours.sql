-- Each person's hours for a range in one call, for the lanes of a crew schedule: confirmed and pencilled hours
-- against the capacity for the range, and what the confirmed hours cost under the workspace's overtime rules
-- (public.calculate_overtime, 20261203000300_scheduling_reports.sql). Only people with work in the range appear.
-- Everyone's work is read once and priced person by person: calculate_overtime's pricing moves to
-- private.price_overtime for that, and calculate_overtime becomes a read and a price.
--
-- Capacity for a range of n days: the daily capacity for each day, but never more than the weekly capacity for each
-- started week (a day is 8 h, a week 40 h, a 31-day month 200 h with the defaults).
-- The pay of a person's work: p_work is {"2026-12-04": [hours worked, hours paid], ...} for every day of the whole
-- weeks p_from to p_to touch; the rules are private.overtime_rules's. One row per worked day in the range, as
-- calculate_overtime returns it (its pricing, unchanged, moved here so that get_crew_hours prices everyone from one
-- read of the work).
create or replace function private.price_overtime(p_work jsonb, p_rules jsonb, p_from date, p_to date)
returns table (
  day date, worked_hours numeric, paid_hours numeric, regular_hours numeric, overtime_hours numeric,
  double_time_hours numeric, weighted_hours numeric, seventh_day boolean, rules_applied text[]
)
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_rules jsonb := p_rules;
  v_work jsonb := p_work;
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
begin
  -- The weekly rule with the lowest threshold: regular hours past it are overtime at its multiplier.
  select (r ->> 'threshold')::numeric, (r ->> 'multiplier')::numeric into v_weekly_threshold, v_weekly_multiplier
  from pg_catalog.jsonb_array_elements(v_rules -> 'rules') r
  where r ->> 'type' = 'weekly' order by (r ->> 'threshold')::numeric limit 1;

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

-- Confirmed hours worked and paid per production day, per person, for the whole weeks p_from to p_to touch, in the
-- shape private.price_overtime reads. p_person_ids null means everyone in the workspace.
create or replace function private.paid_work(p_workspace_id uuid, p_person_ids uuid[], p_from date, p_to date, p_settings jsonb)
returns table (person_id uuid, work jsonb)
language sql
stable
set search_path = ''
as $$
  -- The minimum paid call read once, not per row.
  with rules as (
    select coalesce((private.overtime_rules(p_settings) ->> 'minimum_call_hours')::numeric, 0) as minimum
  ),
  days as (
    select w.person_id, w.day, sum(w.hours) as hours, sum(greatest(w.hours, r.minimum)) as paid
    from private.person_work(p_workspace_id, p_person_ids, date_trunc('week', p_from)::date,
                             date_trunc('week', p_to)::date + 6, p_settings) w
    cross join rules r
    where w.status = 'confirmed'
    group by w.person_id, w.day
  )
  select d.person_id, pg_catalog.jsonb_object_agg(d.day::text, pg_catalog.jsonb_build_array(d.hours, d.paid))
  from days d
  group by d.person_id
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
begin
  perform private.require_day_range('calculate_overtime', p_from, p_to);
  select p.workspace_id, w.settings into v_workspace, v_settings
  from public.personnel p join public.workspaces w on w.id = p.workspace_id
  where p.id = p_person_id;
  if v_workspace is null then
    return;
  end if;
  return query
  select o.* from private.price_overtime(
    coalesce((select pw.work from private.paid_work(v_workspace, array[p_person_id], p_from, p_to, v_settings) pw), '{}'),
    private.overtime_rules(v_settings), p_from, p_to) o;
end;
$$;

create or replace function public.get_crew_hours(p_workspace_id uuid, p_from date, p_to date)
returns table (
  person_id uuid, full_name text, confirmed_hours numeric, tentative_hours numeric, capacity_hours numeric,
  overtime_hours numeric, double_time_hours numeric, weighted_hours numeric, seventh_days integer
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_settings jsonb;
  v_days integer;
  v_capacity numeric;
  v_rules jsonb;
begin
  perform private.require_day_range('get_crew_hours', p_from, p_to);
  select w.settings into v_settings from public.workspaces w where w.id = p_workspace_id;
  if not found then
    return;
  end if;
  v_rules := private.overtime_rules(v_settings);
  v_days := p_to - p_from + 1;
  v_capacity := least(
    coalesce((v_settings #>> '{scheduling,capacity_hours_per_day}')::numeric, 8) * v_days,
    coalesce((v_settings #>> '{scheduling,capacity_hours_per_week}')::numeric, 40) * ceil(v_days / 7.0));

  return query
  with worked as (
    select w.person_id,
           coalesce(sum(w.hours) filter (where w.status = 'confirmed'), 0) as confirmed,
           coalesce(sum(w.hours) filter (where w.status <> 'confirmed'), 0) as tentative
    from private.person_work(p_workspace_id, null, p_from, p_to, v_settings) w
    group by w.person_id
  )
  select pe.id, pe.full_name, wk.confirmed, wk.tentative, v_capacity,
         coalesce(ot.overtime, 0), coalesce(ot.double_time, 0), coalesce(ot.weighted, 0), coalesce(ot.seventh_days, 0)
  from worked wk
  join public.personnel pe on pe.id = wk.person_id and pe.deleted_at is null
  -- Only confirmed work is paid, so only people with some are priced.
  left join private.paid_work(p_workspace_id, null, p_from, p_to, v_settings) pw on pw.person_id = wk.person_id
  left join lateral (
    select sum(o.overtime_hours) as overtime, sum(o.double_time_hours) as double_time, sum(o.weighted_hours) as weighted,
           (count(*) filter (where o.seventh_day))::integer as seventh_days
    from private.price_overtime(pw.work, v_rules, p_from, p_to) o
  ) ot on pw.work is not null
  order by pe.full_name, pe.id;
end;
$$;

comment on function public.get_crew_hours(uuid, date, date) is
  'Per person with work from p_from to p_to: confirmed and pencilled hours, capacity for the range, and the hours '
  'paid as overtime and double time (and weighted) under the workspace''s rules.';

revoke all on function private.price_overtime(jsonb, jsonb, date, date),
  private.paid_work(uuid, uuid[], date, date, jsonb) from public;
grant execute on function private.price_overtime(jsonb, jsonb, date, date),
  private.paid_work(uuid, uuid[], date, date, jsonb) to authenticated, service_role;
revoke execute on function public.get_crew_hours(uuid, date, date) from public, anon;
grant execute on function public.get_crew_hours(uuid, date, date) to authenticated, service_role;
