-- Crew, venues and gear: bulk stock and what the gear is used for. A serialized asset (one console, one projector)
-- is booked whole; a bulk item (40 LED PARs, 24 Socapex runs) is booked by quantity, and it is short only when the
-- demand at one moment exceeds the stock: the peak of concurrent bookings (a sweep over their windows), not the sum
-- of every booking that touches the range. calculate_asset_utilization reports booked and checked-out time per
-- asset and per category.

-- ---------------------------------------------------------------------------------------------------------------
-- Tracking: serialized items are one unit each; bulk items say how many the workspace owns.
-- ---------------------------------------------------------------------------------------------------------------
alter table public.assets
  add column tracking text not null default 'serialized' constraint assets_tracking_check check (tracking in ('serialized', 'bulk')),
  add column stock_quantity integer not null default 1 constraint assets_stock_quantity_check check (stock_quantity >= 1),
  add constraint assets_serialized_is_one_unit check (tracking = 'bulk' or stock_quantity = 1);

-- A booking of bulk stock says how many units; a booking of anything else takes the whole resource (quantity null).
alter table public.bookings
  add column quantity integer constraint bookings_quantity_check check (quantity is null or quantity >= 1);

-- The exclusion floor keeps guarding whole resources; bulk bookings overlap by design and are judged by the peak.
alter table public.bookings drop constraint bookings_no_double_booking;
alter table public.bookings add constraint bookings_no_double_booking exclude using gist (
  (coalesce(location_id, person_id, asset_id)) with =,
  private.occupied_window(starts_at, ends_at, pre_buffer_minutes, post_buffer_minutes) with &&
) where (status = 'confirmed' and booking_type = 'booking' and affects_availability and conflict_override_reason is null
         and quantity is null);

-- Before a booking is written (ahead of the conflict engine's trigger, which runs later by name): the quantity
-- follows the asset's tracking, and a bulk item's row is locked, so two people booking the last units at once are
-- judged one after the other (the second sees the first's booking once it commits). security invoker, as
-- private.validate_asset_movement: the caller locks the asset through row-level security.
create or replace function private.fit_booking_quantity()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_tracking text;
  v_name text;
begin
  if new.asset_id is not null then
    select a.tracking, a.name into v_tracking, v_name from public.assets a where a.id = new.asset_id for update;
  end if;
  if v_tracking = 'bulk' then
    new.quantity := coalesce(new.quantity, 1);
  elsif new.quantity is not null and new.quantity <> 1 then
    raise exception '% is booked whole: only bulk stock is booked by quantity', coalesce(v_name, 'This resource')
      using errcode = '23514', hint = 'Leave quantity empty, or set the asset''s tracking to bulk with its stock.';
  else
    new.quantity := null;
  end if;
  return new;
end;
$$;

-- Every write, not only one naming the asset or quantity: confirming a hold of bulk stock needs the lock as much.
create trigger booking_quantity_fits_asset
  before insert or update on public.bookings
  for each row execute function private.fit_booking_quantity();

-- The conflict engine's trigger also weighs a changed quantity.
drop trigger refuse_blocking_conflicts on public.bookings;
create trigger refuse_blocking_conflicts
  before insert or update of location_id, person_id, asset_id, quantity, starts_at, ends_at, pre_buffer_minutes,
    post_buffer_minutes, status, booking_type, affects_availability, conflict_override_reason, production_id, deleted_at
  on public.bookings
  for each row execute function private.refuse_blocking_conflicts();

-- Switching tracking under live bookings would change what they mean (a booking of 12 becoming a booking of one).
create or replace function private.keep_tracking_under_bookings()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.tracking is distinct from old.tracking and exists (
    select 1 from public.bookings b
    where b.asset_id = new.id and b.status <> 'cancelled' and b.deleted_at is null
  ) then
    raise exception '% has bookings: its tracking cannot change from % to %', new.name, old.tracking, new.tracking
      using errcode = '23514', hint = 'Cancel or move its bookings first.';
  end if;
  return new;
end;
$$;

create trigger tracking_kept_under_bookings
  before update of tracking on public.assets
  for each row execute function private.keep_tracking_under_bookings();

-- ---------------------------------------------------------------------------------------------------------------
-- Demand on assets: every live booking of p_assets (all the workspace's assets when null) whose window meets
-- p_window, with its quantity (1 for a whole asset). security definer with the members-read rule applied once, as
-- private.resource_occupancy and for the same reason (the GiST index answers the window).
-- ---------------------------------------------------------------------------------------------------------------
create or replace function private.asset_demand(p_workspace_id uuid, p_assets uuid[], p_window tstzrange)
returns table (asset_id uuid, id uuid, title text, status text, quantity integer, occupied tstzrange)
language sql
stable
security definer
set search_path = ''
as $$
  select b.asset_id, b.id, b.title, b.status, coalesce(b.quantity, 1),
         private.occupied_window(b.starts_at, b.ends_at, b.pre_buffer_minutes, b.post_buffer_minutes)
  from public.bookings b
  where b.workspace_id = p_workspace_id
    and b.asset_id is not null
    and (p_assets is null or coalesce(b.location_id, b.person_id, b.asset_id) = any (p_assets))
    and private.occupied_window(b.starts_at, b.ends_at, b.pre_buffer_minutes, b.post_buffer_minutes) && p_window
    and b.status <> 'cancelled' and b.affects_availability and b.deleted_at is null
    and (select private.may_read_workspace(p_workspace_id))
$$;

-- The peak of concurrent demand per asset inside p_window (bookings cut to it; p_without, the booking being judged,
-- left out): a sweep over the bookings' starts and ends in time order, ends before starts at one instant (windows
-- are half-open, so a booking ending at 18:00 frees its units for one starting then). confirmed_peak counts confirmed
-- bookings only; peak every live one; each *_at is when it is first reached. Assets without demand are absent.
create or replace function private.demand_peaks(p_workspace_id uuid, p_assets uuid[], p_window tstzrange, p_without uuid)
returns table (asset_id uuid, peak integer, peak_at timestamptz, confirmed_peak integer, confirmed_peak_at timestamptz)
language sql
stable
set search_path = ''
as $$
  with d as (
    select x.asset_id, x.quantity, x.status = 'confirmed' as confirmed, x.occupied * p_window as inside
    from private.asset_demand(p_workspace_id, p_assets, p_window) x
    where x.id is distinct from p_without
  ),
  moves as (
    select d.asset_id, lower(d.inside) as at, d.quantity as delta, d.confirmed from d
    union all
    select d.asset_id, upper(d.inside), -d.quantity, d.confirmed from d
  ),
  running as (
    select m.asset_id, m.at,
           sum(m.delta) over w as level,
           sum(case when m.confirmed then m.delta else 0 end) over w as confirmed_level
    from moves m
    window w as (partition by m.asset_id order by m.at, m.delta rows between unbounded preceding and current row)
  )
  select r.asset_id,
         max(r.level)::integer,
         (array_agg(r.at order by r.level desc, r.at))[1],
         max(r.confirmed_level)::integer,
         (array_agg(r.at order by r.confirmed_level desc, r.at))[1]
  from running r
  group by r.asset_id
$$;

-- What a booking of bulk stock runs short of: the peak of the other bookings' demand inside its window, plus its own
-- quantity, against the stock. A confirmed booking that the confirmed peak cannot hold is blocked; a booking the
-- pencilled demand (holds and tentative bookings too) would overrun is a warning.
create or replace function private.stock_shortage(p_row jsonb, p_asset public.assets)
returns table (
  severity text, conflict_type text, reason text, other_table text, other_id uuid,
  other_starts_at timestamptz, other_ends_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_id uuid := nullif(p_row ->> 'id', '')::uuid;
  v_status text := coalesce(p_row ->> 'status', 'hold');
  v_quantity integer := greatest(coalesce((p_row ->> 'quantity')::integer, 1), 1);
  v_window tstzrange;
  v_zone text;
  v_peak record;
  v_level integer;
  v_at timestamptz;
  v_others text;
  v_biggest uuid;
begin
  if v_status = 'cancelled' or not coalesce((p_row ->> 'affects_availability')::boolean, true) then
    return;
  end if;
  v_window := private.occupied_window((p_row ->> 'starts_at')::timestamptz, (p_row ->> 'ends_at')::timestamptz,
    coalesce((p_row ->> 'pre_buffer_minutes')::integer, 0), coalesce((p_row ->> 'post_buffer_minutes')::integer, 0));
  select coalesce(w.settings ->> 'timezone', 'UTC') into v_zone from public.workspaces w where w.id = p_asset.workspace_id;

  select * into v_peak from private.demand_peaks(p_asset.workspace_id, array[p_asset.id], v_window, v_id);
  v_peak.peak := coalesce(v_peak.peak, 0);
  v_peak.confirmed_peak := coalesce(v_peak.confirmed_peak, 0);

  if v_status = 'confirmed' and v_peak.confirmed_peak + v_quantity > p_asset.stock_quantity then
    severity := 'block';
    v_level := v_peak.confirmed_peak;
    v_at := coalesce(v_peak.confirmed_peak_at, lower(v_window));
  elsif v_peak.peak + v_quantity > p_asset.stock_quantity then
    severity := 'warn';
    v_level := v_peak.peak;
    v_at := coalesce(v_peak.peak_at, lower(v_window));
  else
    return;
  end if;

  -- The bookings holding units at that moment, the biggest first (it is the one named as "the other").
  select string_agg(d.title || ' ' || d.quantity || case when d.status = 'confirmed' then '' else ' (' || d.status || ')' end,
                    ', ' order by d.quantity desc, d.title),
         (array_agg(d.id order by d.quantity desc, d.title))[1]
    into v_others, v_biggest
  from private.asset_demand(p_asset.workspace_id, array[p_asset.id], v_window) d
  where d.id is distinct from v_id and d.occupied @> v_at and (severity = 'warn' or d.status = 'confirmed');

  conflict_type := 'stock_shortage';
  reason := pg_catalog.format('%s short by %s at %s: %s wanted at once, %s in stock (%s here%s)',
    p_asset.name, v_level + v_quantity - p_asset.stock_quantity,
    pg_catalog.to_char(v_at at time zone v_zone, 'Dy FMDD Mon HH24:MI'),
    v_level + v_quantity, p_asset.stock_quantity, v_quantity,
    coalesce(case when severity = 'block' then '; confirmed: ' else '; also booked: ' end || v_others, ''));
  other_table := case when v_biggest is not null then 'bookings' end;
  other_id := v_biggest;
  select b.starts_at, b.ends_at into other_starts_at, other_ends_at from public.bookings b where b.id = v_biggest;
  return next;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- check_event_conflicts dispatches: a booking of bulk stock is judged by the stock it needs; everything else by the
-- window engine of 20261203000200_conflict_engine.sql, which keeps its body and moves to private.window_conflicts.
-- ---------------------------------------------------------------------------------------------------------------
alter function public.check_event_conflicts(text, jsonb) rename to window_conflicts;
alter function public.window_conflicts(text, jsonb) set schema private;
revoke all on function private.window_conflicts(text, jsonb) from public;
grant execute on function private.window_conflicts(text, jsonb) to authenticated, service_role;

create or replace function public.check_event_conflicts(p_table text, p_row jsonb)
returns table (
  severity text, conflict_type text, reason text, other_table text, other_id uuid,
  other_starts_at timestamptz, other_ends_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_asset public.assets;
begin
  if p_table = 'bookings' and nullif(p_row ->> 'asset_id', '') is not null then
    select a.* into v_asset from public.assets a where a.id = (p_row ->> 'asset_id')::uuid;
    if v_asset.tracking = 'bulk' then
      if (p_row ->> 'starts_at') is null or (p_row ->> 'ends_at') is null then
        raise exception 'a bookings row needs its resource and both ends of its window' using errcode = '22023';
      end if;
      if (p_row ->> 'ends_at')::timestamptz <= (p_row ->> 'starts_at')::timestamptz then
        raise exception 'the window ends before it starts' using errcode = '22023';
      end if;
      return query select * from private.stock_shortage(p_row, v_asset);
      return;
    end if;
  end if;
  return query select * from private.window_conflicts(p_table, p_row);
end;
$$;

comment on function public.check_event_conflicts(text, jsonb) is
  'What a booking or crew call collides with: double bookings, holds ahead, parent/child spaces, leave, rest, '
  'certificates, and bulk stock short at the peak. p_table is bookings or personnel_assignments; p_row the row as the '
  'client would write it.';

-- Hours covered by a multirange (0 for none).
create or replace function private.multirange_hours(p_ranges tstzmultirange)
returns numeric
language sql
immutable
set search_path = ''
as $$
  select coalesce(sum(extract(epoch from upper(r) - lower(r))), 0) / 3600 from pg_catalog.unnest(p_ranges) r
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- calculate_asset_utilization: per asset, from p_from to p_to (whole days in the workspace's time zone), the hours
-- it is booked (confirmed; windows with their buffers, as they take the gear) and pencilled (holds and tentative),
-- the hours it is checked out (the ledger of asset_transactions), how much of its capacity that uses, and for every
-- asset the peak concurrent demand against its stock. A bulk item's hours are unit-hours (12 units for 2 hours are
-- 24) and its utilization is those over stock x hours. Category rows (asset_id null) add up their assets.
-- ---------------------------------------------------------------------------------------------------------------
create or replace function public.calculate_asset_utilization(p_workspace_id uuid, p_from date, p_to date)
returns table (
  asset_id uuid, asset_name text, category text, tracking text, stock_quantity integer,
  booked_hours numeric, tentative_hours numeric, checked_out_hours numeric, utilization numeric,
  peak_demand integer, peak_confirmed integer, shortage integer, peak_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_zone text;
  v_range tstzrange;
  v_hours numeric;
begin
  perform private.require_day_range('calculate_asset_utilization', p_from, p_to);
  select coalesce(w.settings ->> 'timezone', 'UTC') into v_zone from public.workspaces w where w.id = p_workspace_id;
  if not found then
    return;
  end if;
  v_range := pg_catalog.tstzrange(p_from::timestamp at time zone v_zone, (p_to + 1)::timestamp at time zone v_zone, '[)');
  v_hours := extract(epoch from upper(v_range) - lower(v_range)) / 3600;

  return query
  with assets as (
    select a.id, a.name, a.category, a.tracking, a.stock_quantity
    from public.assets a
    where a.workspace_id = p_workspace_id and a.deleted_at is null
  ),
  demand as (
    select d.asset_id, d.quantity, d.status = 'confirmed' as confirmed, d.occupied * v_range as inside
    from private.asset_demand(p_workspace_id, null, v_range) d
  ),
  booked as (
    select d.asset_id,
           sum(d.quantity * extract(epoch from upper(d.inside) - lower(d.inside))) filter (where d.confirmed) / 3600 as unit_hours,
           sum(d.quantity * extract(epoch from upper(d.inside) - lower(d.inside))) filter (where not d.confirmed) / 3600 as pencilled_unit_hours,
           range_agg(d.inside) filter (where d.confirmed) as confirmed_ranges,
           range_agg(d.inside) filter (where not d.confirmed) as pencilled_ranges
    from demand d
    group by d.asset_id
  ),
  -- Check-out periods from the ledger: each check-out before the range ends lasts until the asset's next movement
  -- (wherever that falls), or is still out now.
  checked_out as (
    select t.asset_id, range_agg(pg_catalog.tstzrange(t.happened_at, coalesce(
             (select min(n.happened_at) from public.asset_transactions n
              where n.asset_id = t.asset_id and n.happened_at > t.happened_at and n.deleted_at is null),
             greatest(now(), t.happened_at)), '[)') * v_range) as out_ranges
    from public.asset_transactions t
    where t.workspace_id = p_workspace_id and t.deleted_at is null and t.transaction_type = 'check_out'
      and t.happened_at < upper(v_range)
    group by t.asset_id
  ),
  judged as (
    select a.id, a.name, a.category, a.tracking, a.stock_quantity,
           case when a.tracking = 'bulk' then coalesce(b.unit_hours, 0) else private.multirange_hours(b.confirmed_ranges) end as booked,
           case when a.tracking = 'bulk' then coalesce(b.pencilled_unit_hours, 0) else private.multirange_hours(b.pencilled_ranges) end as pencilled,
           private.multirange_hours(o.out_ranges) as out_hours,
           case when a.tracking = 'bulk' then coalesce(b.unit_hours, 0)
             else private.multirange_hours(coalesce(b.confirmed_ranges, '{}') + coalesce(o.out_ranges, '{}')) end as used,
           a.stock_quantity * v_hours as capacity,
           coalesce(pk.peak, 0) as peak, coalesce(pk.confirmed_peak, 0) as confirmed_peak, pk.peak_at
    from assets a
    left join booked b on b.asset_id = a.id
    left join checked_out o on o.asset_id = a.id
    left join private.demand_peaks(p_workspace_id, null, v_range, null) pk on pk.asset_id = a.id
  )
  select j.id, j.name, j.category, j.tracking, j.stock_quantity,
         round(j.booked, 2), round(j.pencilled, 2), round(j.out_hours, 2), round(j.used / nullif(j.capacity, 0), 4),
         j.peak, j.confirmed_peak, greatest(j.peak - j.stock_quantity, 0), case when j.peak > j.stock_quantity then j.peak_at end
  from judged j
  union all
  select null, null, j.category, null, sum(j.stock_quantity)::integer,
         round(sum(j.booked), 2), round(sum(j.pencilled), 2), round(sum(j.out_hours), 2),
         round(sum(j.used) / nullif(sum(j.capacity), 0), 4),
         null, null, sum(greatest(j.peak - j.stock_quantity, 0))::integer, null
  from judged j
  group by j.category
  order by 3, 1 nulls first, 2;
end;
$$;

comment on function public.calculate_asset_utilization(uuid, date, date) is
  'Booked, pencilled and checked-out hours per asset and category from p_from to p_to, utilization against capacity, '
  'and each asset''s peak concurrent demand against its stock (shortage when the peak exceeds it).';

revoke all on function private.fit_booking_quantity(), private.keep_tracking_under_bookings(),
  private.asset_demand(uuid, uuid[], tstzrange), private.demand_peaks(uuid, uuid[], tstzrange, uuid), private.stock_shortage(jsonb, public.assets),
  private.multirange_hours(tstzmultirange) from public;
grant execute on function private.asset_demand(uuid, uuid[], tstzrange), private.demand_peaks(uuid, uuid[], tstzrange, uuid),
  private.stock_shortage(jsonb, public.assets), private.multirange_hours(tstzmultirange) to authenticated, service_role;
revoke execute on function public.check_event_conflicts(text, jsonb), public.calculate_asset_utilization(uuid, date, date)
  from public, anon;
grant execute on function public.check_event_conflicts(text, jsonb), public.calculate_asset_utilization(uuid, date, date)
  to authenticated, service_role;
