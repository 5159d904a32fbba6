-- The conflict engine: one function that says what a booking or a crew call collides with, the triggers that
-- refuse what it blocks and keep hold ranks, for every client (REST, realtime, imports) alike.
--
-- Severity. A block is a conflict that makes the row impossible as it stands: it is refused on write unless an admin
-- overrides it with a reason. A pencilled row (a hold, a tentative booking, an invited or tentative call) cannot
-- block, so its collisions are warnings that say what confirming it would meet. Info is context, never a problem.
--
-- Windows are half-open [start, end) widened by their buffers (private.occupied_window): back-to-back rows touch and
-- do not collide. Rows that do not affect availability are ignored, cancelled bookings and declined calls too.
-- Workspace rules (workspaces.settings -> 'scheduling'): rest_hours between a wrap and the next call (default 10).

-- Whether the caller may read a workspace's rows, exactly as the module tables' "members read" policy says: a member
-- (through the API, role authenticated) may; roles that bypass row-level security (service_role, the owner) may;
-- anyone else may not. The role is the one the request set (PostgREST's SET ROLE), which SECURITY DEFINER keeps.
create or replace function private.may_read_workspace(p_workspace_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select case
    when r.rolname = 'authenticated' then p_workspace_id in (select private.member_workspace_ids())
    else r.rolsuper or r.rolbypassrls
  end
  from pg_catalog.pg_roles r
  where r.rolname = coalesce(nullif(pg_catalog.current_setting('role', true), 'none'), session_user)
$$;

-- A resource's time: every row that occupies one of p_resources (location, person or asset ids) during p_window,
-- from bookings and crew calls, with statuses in one vocabulary (invited reads as tentative). security definer with
-- the members-read rule applied once (private.may_read_workspace) instead of row by row: under row-level security the
-- planner may not put the window's && (not leakproof) into an index condition, and scans the table; here the GiST
-- indexes answer in a few page reads.
create or replace function private.resource_occupancy(p_workspace_id uuid, p_resources uuid[], p_window tstzrange)
returns table (
  source text, id uuid, resource_id uuid, title text, booking_type text, status text, hold_rank integer,
  production_id uuid, starts_at timestamptz, ends_at timestamptz, occupied tstzrange, overridden boolean
)
language sql
stable
security definer
set search_path = ''
as $$
  select 'bookings', b.id, r.id, b.title, b.booking_type, b.status, b.hold_rank, b.production_id, b.starts_at, b.ends_at,
         private.occupied_window(b.starts_at, b.ends_at, b.pre_buffer_minutes, b.post_buffer_minutes),
         b.conflict_override_reason is not null
  from pg_catalog.unnest(p_resources) as r (id)
  join public.bookings b
    on b.workspace_id = p_workspace_id and coalesce(b.location_id, b.person_id, b.asset_id) = r.id
   and private.occupied_window(b.starts_at, b.ends_at, b.pre_buffer_minutes, b.post_buffer_minutes) && p_window
   and b.status <> 'cancelled' and b.affects_availability and b.deleted_at is null
  where (select private.may_read_workspace(p_workspace_id))
  union all
  select 'personnel_assignments', a.id, r.id, coalesce(p.name || ': ', '') || a.role, 'booking',
         case a.status when 'invited' then 'tentative' else a.status end, null, a.production_id, a.call_at, a.wrap_at,
         private.occupied_window(a.call_at, a.wrap_at, a.pre_buffer_minutes, a.post_buffer_minutes),
         a.conflict_override_reason is not null
  from pg_catalog.unnest(p_resources) as r (id)
  join public.personnel_assignments a
    on a.workspace_id = p_workspace_id and a.person_id = r.id
   and private.occupied_window(a.call_at, a.wrap_at, a.pre_buffer_minutes, a.post_buffer_minutes) && p_window
   and a.status <> 'declined' and a.deleted_at is null
  left join public.productions p on p.id = a.production_id
  where (select private.may_read_workspace(p_workspace_id))
$$;

-- A location and every location it is part of or holds, however deep: a space is taken when its combined space (a
-- parent) or one of its parts (a child) is.
create or replace function private.location_family(p_location_id uuid)
returns uuid[]
language sql
stable
security invoker
set search_path = ''
as $$
  with recursive up (id, depth) as (
    select l.parent_id, 1 from public.locations l where l.id = p_location_id and l.parent_id is not null
    union all
    select l.parent_id, u.depth + 1 from public.locations l join up u on l.id = u.id
    where l.parent_id is not null and u.depth < 100
  ), down (id, depth) as (
    select l.id, 1 from public.locations l where l.parent_id = p_location_id
    union all
    select l.id, d.depth + 1 from public.locations l join down d on l.parent_id = d.id where d.depth < 100
  )
  select array[p_location_id] || coalesce(array(select id from up union select id from down), '{}')
$$;

-- "Fri 4 Dec 08:00-18:00" in the workspace's time zone (a second date when the window ends on another day).
create or replace function private.describe_window(p_starts_at timestamptz, p_ends_at timestamptz, p_time_zone text)
returns text
language sql
stable
set search_path = ''
as $$
  select pg_catalog.to_char(p_starts_at at time zone p_time_zone, 'Dy FMDD Mon HH24:MI') || '-' ||
    case when (p_starts_at at time zone p_time_zone)::date = (p_ends_at at time zone p_time_zone)::date
      then pg_catalog.to_char(p_ends_at at time zone p_time_zone, 'HH24:MI')
      else pg_catalog.to_char(p_ends_at at time zone p_time_zone, 'Dy FMDD Mon HH24:MI') end
$$;

-- What a booking or crew call (p_row: the row as a client would write it, its id when it exists, which is left out
-- of the comparison) collides with. p_table is 'bookings' or 'personnel_assignments'.
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
  v_id uuid := nullif(p_row ->> 'id', '')::uuid;
  v_workspace uuid := nullif(p_row ->> 'workspace_id', '')::uuid;
  v_kind text;
  v_resource uuid;
  v_starts timestamptz;
  v_ends timestamptz;
  v_pre integer := coalesce((p_row ->> 'pre_buffer_minutes')::integer, 0);
  v_post integer := coalesce((p_row ->> 'post_buffer_minutes')::integer, 0);
  v_status text;
  v_rank integer := (p_row ->> 'hold_rank')::integer;
  v_type text := coalesce(p_row ->> 'booking_type', 'booking');
  v_production uuid := nullif(p_row ->> 'production_id', '')::uuid;
  v_certifications text[] := '{}';
  v_window tstzrange;
  v_confirmed boolean;
  v_settings jsonb;
  v_zone text;
  v_rest interval;
  v_rest_hours numeric;
  v_name text;
  v_resources uuid[];
  o record;
  c record;
begin
  if p_table = 'bookings' then
    v_kind := case
      when p_row ->> 'location_id' is not null then 'location'
      when p_row ->> 'person_id' is not null then 'person'
      when p_row ->> 'asset_id' is not null then 'asset' end;
    v_resource := coalesce(p_row ->> 'location_id', p_row ->> 'person_id', p_row ->> 'asset_id')::uuid;
    v_starts := (p_row ->> 'starts_at')::timestamptz;
    v_ends := (p_row ->> 'ends_at')::timestamptz;
    v_status := coalesce(p_row ->> 'status', 'hold');
    if not coalesce((p_row ->> 'affects_availability')::boolean, true) then
      return;
    end if;
  elsif p_table = 'personnel_assignments' then
    v_kind := 'person';
    v_resource := (p_row ->> 'person_id')::uuid;
    v_starts := (p_row ->> 'call_at')::timestamptz;
    v_ends := (p_row ->> 'wrap_at')::timestamptz;
    v_status := case coalesce(p_row ->> 'status', 'invited') when 'invited' then 'tentative' else p_row ->> 'status' end;
    v_certifications := coalesce(
      array(select pg_catalog.jsonb_array_elements_text(p_row -> 'required_certifications')), '{}');
  else
    raise exception 'check_event_conflicts checks bookings or personnel_assignments, not %', p_table
      using errcode = '22023';
  end if;
  if v_resource is null or v_starts is null or v_ends is null then
    raise exception 'a % row needs its resource and both ends of its window', p_table using errcode = '22023';
  end if;
  if v_ends <= v_starts then
    raise exception 'the window ends before it starts' using errcode = '22023';
  end if;
  if v_status in ('cancelled', 'declined') then
    return;
  end if;

  -- The workspace is the resource's (the caller must see the resource to learn anything about it).
  if v_workspace is null then
    v_workspace := case v_kind
      when 'location' then (select l.workspace_id from public.locations l where l.id = v_resource)
      when 'person' then (select p.workspace_id from public.personnel p where p.id = v_resource)
      else (select a.workspace_id from public.assets a where a.id = v_resource) end;
  end if;
  select w.settings into v_settings from public.workspaces w where w.id = v_workspace;
  if not found then
    return;
  end if;
  v_zone := coalesce(v_settings ->> 'timezone', 'UTC');
  v_rest_hours := coalesce((v_settings #>> '{scheduling,rest_hours}')::numeric, 10);
  v_rest := pg_catalog.make_interval(mins => (v_rest_hours * 60)::integer);
  v_window := private.occupied_window(v_starts, v_ends, v_pre, v_post);
  v_confirmed := v_status = 'confirmed';

  v_resources := case when v_kind = 'location' then private.location_family(v_resource) else array[v_resource] end;

  for o in
    select x.*, coalesce(loc.name, '') as resource_name
    from private.resource_occupancy(v_workspace, v_resources, v_window) x
    left join public.locations loc on v_kind = 'location' and loc.id = x.resource_id
    where not (x.source = p_table and x.id is not distinct from v_id)
    order by lower(x.occupied), x.id
  loop
    other_table := o.source;
    other_id := o.id;
    other_starts_at := o.starts_at;
    other_ends_at := o.ends_at;
    reason := o.title || ', ' || private.describe_window(o.starts_at, o.ends_at, v_zone);

    if o.booking_type in ('leave', 'unavailable') or v_type in ('leave', 'unavailable') then
      if v_type in ('leave', 'unavailable') and o.booking_type in ('leave', 'unavailable') then
        continue;
      end if;
      conflict_type := 'leave';
      if v_type in ('leave', 'unavailable') then
        -- Leave over work: the work is what a manager must move; the leave itself can be approved.
        severity := 'warn';
        reason := 'Overlaps work: ' || reason || ' (' || o.status || ')';
      else
        severity := case when v_confirmed and o.status = 'confirmed' then 'block' else 'warn' end;
        reason := case when o.status = 'confirmed' then 'Approved ' else 'Requested ' end
          || case o.booking_type when 'leave' then 'leave: ' else 'unavailability: ' end || reason;
      end if;
    elsif o.resource_id <> v_resource then
      conflict_type := 'parent_space';
      severity := case
        when v_production is not null and o.production_id = v_production then 'info'
        when v_confirmed and o.status = 'confirmed' then 'block'
        else 'warn' end;
      reason := o.resource_name || ' is booked (' || o.status || '): ' || reason;
    elsif o.status = 'confirmed' then
      conflict_type := 'double_booking';
      severity := case
        when v_kind = 'location' and v_production is not null and o.production_id = v_production then 'info'
        when v_confirmed then 'block'
        else 'warn' end;
      reason := 'Already confirmed: ' || reason || case when o.overridden then ' (itself an overridden conflict)' else '' end;
    elsif o.status = 'hold' and (v_status = 'hold' or v_confirmed) then
      -- A hold not yet placed takes the next free rank, behind every hold it meets; a confirmation keeps the rank
      -- the row held, so confirming the first hold is no queue jump.
      conflict_type := 'hold_rank';
      if coalesce(o.hold_rank, 2147483647) < coalesce(v_rank, 2147483647) then
        severity := 'warn';
        reason := case when v_confirmed then 'Jumps the queue over hold ' else 'Hold ' end
          || coalesce(o.hold_rank::text, '?') || case when v_confirmed then ': ' else ' is ahead: ' end || reason;
      else
        severity := 'info';
        reason := 'Hold ' || coalesce(o.hold_rank::text, '?') || ' is behind: ' || reason;
      end if;
    else
      conflict_type := 'tentative_overlap';
      severity := 'warn';
      reason := 'Also pencilled (' || o.status || '): ' || reason;
    end if;
    return next;
  end loop;

  if v_kind <> 'person' or v_type <> 'booking' then
    return;
  end if;
  select p.full_name into v_name from public.personnel p where p.id = v_resource;

  -- Rest between a wrap and the next call, on the stated times (travel counts as work, not rest).
  for o in
    select x.* from private.resource_occupancy(
      v_workspace, array[v_resource], pg_catalog.tstzrange(v_starts - v_rest, v_ends + v_rest, '()')) x
    where not (x.source = p_table and x.id is not distinct from v_id)
      and x.booking_type = 'booking'
      and not x.occupied && v_window
    order by x.starts_at
  loop
    conflict_type := 'rest';
    severity := 'warn';
    other_table := o.source;
    other_id := o.id;
    other_starts_at := o.starts_at;
    other_ends_at := o.ends_at;
    if o.ends_at <= v_starts then
      reason := pg_catalog.format('%s h %s min of rest after %s (wrap %s); the rule is %s h',
        extract(hour from v_starts - o.ends_at)::int, extract(minute from v_starts - o.ends_at)::int, o.title,
        pg_catalog.to_char(o.ends_at at time zone v_zone, 'Dy HH24:MI'), v_rest_hours);
    else
      reason := pg_catalog.format('%s h %s min of rest before %s (call %s); the rule is %s h',
        extract(hour from o.starts_at - v_ends)::int, extract(minute from o.starts_at - v_ends)::int, o.title,
        pg_catalog.to_char(o.starts_at at time zone v_zone, 'Dy HH24:MI'), v_rest_hours);
    end if;
    -- Back-to-back calls (no gap) are one long day, which overtime weighs; rest is the gap between two days' work.
    if (o.ends_at < v_starts and v_starts - o.ends_at < v_rest) or (o.starts_at > v_ends and o.starts_at - v_ends < v_rest) then
      return next;
    end if;
  end loop;

  -- Each required certification must be valid on every date of the work (workspace time zone).
  for c in
    select req.certification,
      (select t from public.training_records t
       where t.person_id = v_resource and t.certification = req.certification and t.deleted_at is null
       order by (t.issued_on is null or t.issued_on <= (v_starts at time zone v_zone)::date) desc,
                t.expires_on desc nulls first
       limit 1) as best
    from pg_catalog.unnest(v_certifications) as req (certification)
  loop
    conflict_type := 'certification';
    severity := case when v_confirmed then 'block' else 'warn' end;
    other_table := 'training_records';
    other_id := (c.best).id;
    other_starts_at := null;
    other_ends_at := null;
    if c.best is null then
      reason := pg_catalog.format('%s has no %s certificate on record', v_name, replace(c.certification, '_', ' '));
    elsif (c.best).issued_on is not null and (c.best).issued_on > (v_starts at time zone v_zone)::date then
      reason := pg_catalog.format('%s''s %s is only valid from %s', v_name, (c.best).title, (c.best).issued_on);
    elsif (c.best).expires_on is not null and (c.best).expires_on < (v_ends at time zone v_zone)::date then
      reason := pg_catalog.format('%s''s %s expires on %s, before the work on %s', v_name, (c.best).title,
        (c.best).expires_on, (v_ends at time zone v_zone)::date);
    else
      continue;
    end if;
    return next;
  end loop;
end;
$$;

comment on function public.check_event_conflicts(text, jsonb) is
  'What a booking or crew call collides with: double bookings, holds ahead, parent/child spaces, leave, rest, certificates. '
  'p_table is bookings or personnel_assignments; p_row the row as the client would write it.';

-- Before a booking or crew call is written: refuse what the engine blocks, unless an admin overrides it with a
-- reason (kept on the row, so the audit log holds who overrode what and why).
create or replace function private.refuse_blocking_conflicts()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_blocks text;
begin
  if new.deleted_at is not null then
    return new;
  end if;
  new.conflict_override_reason := nullif(btrim(new.conflict_override_reason), '');
  if new.conflict_override_reason is not null
     and (tg_op = 'INSERT' or new.conflict_override_reason is distinct from old.conflict_override_reason)
     and v_uid is not null
     and new.workspace_id not in (select private.admin_workspace_ids()) then
    raise exception 'only workspace admins may override a scheduling conflict' using errcode = '42501';
  end if;
  if new.conflict_override_reason is not null then
    return new;
  end if;
  select string_agg(c.reason, '; ' order by c.other_starts_at nulls last) into v_blocks
  from public.check_event_conflicts(
    tg_table_name,
    -- A confirmation is judged with the rank the row held (rank_hold has already cleared it).
    case when tg_op = 'UPDATE' and to_jsonb(old) ->> 'status' = 'hold'
      then to_jsonb(new) || pg_catalog.jsonb_build_object('hold_rank', to_jsonb(old) -> 'hold_rank')
      else to_jsonb(new) end) c
  where c.severity = 'block';
  if v_blocks is not null then
    raise exception 'Scheduling conflict: %', v_blocks
      using errcode = '23P01',
            hint = 'Move or release the other booking, or ask a workspace admin to override with a reason (conflict_override_reason).';
  end if;
  return new;
end;
$$;

create trigger refuse_blocking_conflicts
  before insert or update of location_id, person_id, asset_id, starts_at, ends_at, pre_buffer_minutes, post_buffer_minutes,
    status, booking_type, affects_availability, conflict_override_reason, production_id, deleted_at
  on public.bookings
  for each row execute function private.refuse_blocking_conflicts();

create trigger refuse_blocking_conflicts
  before insert or update of person_id, call_at, wrap_at, pre_buffer_minutes, post_buffer_minutes, status,
    required_certifications, conflict_override_reason, deleted_at
  on public.personnel_assignments
  for each row execute function private.refuse_blocking_conflicts();

-- Hold ranks belong to the database: a new hold (or a booking becoming one, or a hold moved to another resource or
-- window) takes the next free rank among the holds it overlaps; whatever the client sends is ignored. Ranks of other
-- holds change only through private.move_holds_up below.
create or replace function private.rank_hold()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if coalesce(current_setting('callboard.moving_holds', true), '') = 'on' then
    return new;
  end if;
  if new.status <> 'hold' or new.deleted_at is not null then
    new.hold_rank := null;
  elsif tg_op = 'UPDATE' and old.status = 'hold' and old.deleted_at is null
     and coalesce(old.location_id, old.person_id, old.asset_id) = coalesce(new.location_id, new.person_id, new.asset_id)
     and private.occupied_window(old.starts_at, old.ends_at, old.pre_buffer_minutes, old.post_buffer_minutes)
       = private.occupied_window(new.starts_at, new.ends_at, new.pre_buffer_minutes, new.post_buffer_minutes) then
    new.hold_rank := old.hold_rank;
  else
    -- Counts every hold of the workspace: whoever may place a hold (a writer) sees them all.
    select coalesce(max(b.hold_rank), 0) + 1 into new.hold_rank
    from public.bookings b
    where b.workspace_id = new.workspace_id
      and coalesce(b.location_id, b.person_id, b.asset_id) = coalesce(new.location_id, new.person_id, new.asset_id)
      and b.status = 'hold' and b.deleted_at is null and b.id <> new.id
      and private.occupied_window(b.starts_at, b.ends_at, b.pre_buffer_minutes, b.post_buffer_minutes)
        && private.occupied_window(new.starts_at, new.ends_at, new.pre_buffer_minutes, new.post_buffer_minutes);
  end if;
  return new;
end;
$$;

create trigger rank_hold
  before insert or update on public.bookings
  for each row execute function private.rank_hold();

-- When a hold clears (confirmed, released, cancelled, moved or deleted), the holds behind it that it overlapped move
-- up one rank.
create or replace function private.move_holds_up()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.status <> 'hold' or old.hold_rank is null or old.deleted_at is not null then
    return null;
  end if;
  if tg_op = 'UPDATE' and new.status = 'hold' and new.hold_rank is not distinct from old.hold_rank
     and new.deleted_at is null then
    return null;
  end if;
  perform pg_catalog.set_config('callboard.moving_holds', 'on', true);
  update public.bookings b
  set hold_rank = b.hold_rank - 1
  where b.workspace_id = old.workspace_id
    and coalesce(b.location_id, b.person_id, b.asset_id) = coalesce(old.location_id, old.person_id, old.asset_id)
    and b.status = 'hold' and b.deleted_at is null and b.id <> old.id and b.hold_rank > old.hold_rank
    and private.occupied_window(b.starts_at, b.ends_at, b.pre_buffer_minutes, b.post_buffer_minutes)
      && private.occupied_window(old.starts_at, old.ends_at, old.pre_buffer_minutes, old.post_buffer_minutes);
  perform pg_catalog.set_config('callboard.moving_holds', '', true);
  return null;
end;
$$;

create trigger move_holds_up
  after update or delete on public.bookings
  for each row execute function private.move_holds_up();

revoke all on function private.resource_occupancy(uuid, uuid[], tstzrange), private.describe_window(timestamptz, timestamptz, text),
  private.location_family(uuid), private.may_read_workspace(uuid),
  private.refuse_blocking_conflicts(), private.rank_hold(), private.move_holds_up() from public;
grant execute on function private.resource_occupancy(uuid, uuid[], tstzrange), private.describe_window(timestamptz, timestamptz, text),
  private.location_family(uuid), private.may_read_workspace(uuid) to authenticated, service_role;
revoke execute on function public.check_event_conflicts(text, jsonb) from public, anon;
grant execute on function public.check_event_conflicts(text, jsonb) to authenticated, service_role;
