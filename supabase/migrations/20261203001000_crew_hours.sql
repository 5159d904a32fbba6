-- Each person's hours for a range in one call, for the lanes of a crew schedule: confirmed and pencilled hours
-- against the capacity for the range, and what the confirmed hours cost under the workspace's overtime rules
-- (public.calculate_overtime, 20261203000300_scheduling_reports.sql). Only people with work in the range appear.
--
-- Capacity for a range of n days: the daily capacity for each day, but never more than the weekly capacity for each
-- started week (a day is 8 h, a week 40 h, a 31-day month 200 h with the defaults).
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
begin
  perform private.require_day_range('get_crew_hours', p_from, p_to);
  select w.settings into v_settings from public.workspaces w where w.id = p_workspace_id;
  if not found then
    return;
  end if;
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
  left join lateral (
    select sum(o.overtime_hours) as overtime, sum(o.double_time_hours) as double_time, sum(o.weighted_hours) as weighted,
           (count(*) filter (where o.seventh_day))::integer as seventh_days
    from public.calculate_overtime(pe.id, p_from, p_to) o
  ) ot on wk.confirmed > 0
  order by pe.full_name, pe.id;
end;
$$;

comment on function public.get_crew_hours(uuid, date, date) is
  'Per person with work from p_from to p_to: confirmed and pencilled hours, capacity for the range, and the hours '
  'paid as overtime and double time (and weighted) under the workspace''s rules.';

revoke execute on function public.get_crew_hours(uuid, date, date) from public, anon;
grant execute on function public.get_crew_hours(uuid, date, date) to authenticated, service_role;
