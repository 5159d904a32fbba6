-- Crew, venues and gear: where things happen (locations), who or what is held for a window (bookings), who works a
-- call (personnel_assignments) and what they are certified for (training_records). The rules that read them are in
-- the conflict engine (20261203000200_conflict_engine.sql).

-- Exclusion constraints over (uuid =, range &&) need GiST operator classes for uuid; Supabase ships btree_gist.
create extension if not exists btree_gist with schema extensions;

-- The window a row occupies: [start - pre, end + post), half-open so back-to-back windows do not meet. Buffers are
-- whole minutes, so the arithmetic never depends on the time zone (timestamptz +/- interval is only STABLE because
-- of day and month units); that is what makes IMMUTABLE true here, and lets exclusion constraints and indexes use it.
create or replace function private.occupied_window(
  p_starts_at timestamptz, p_ends_at timestamptz, p_pre_minutes integer, p_post_minutes integer)
returns tstzrange
language sql
immutable
parallel safe
set search_path = ''
as $$
  select pg_catalog.tstzrange(
    p_starts_at - pg_catalog.make_interval(mins => coalesce(p_pre_minutes, 0)),
    p_ends_at + pg_catalog.make_interval(mins => coalesce(p_post_minutes, 0)),
    '[)')
$$;
revoke all on function private.occupied_window(timestamptz, timestamptz, integer, integer) from public;
grant execute on function private.occupied_window(timestamptz, timestamptz, integer, integer) to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------------------
-- locations: venues, the spaces inside them, offices and warehouses. A space's parent is the venue or the combined
-- space it belongs to: booking the combined space takes its parts, and booking a part takes the whole.
-- ---------------------------------------------------------------------------------------------------------------
create table public.locations (
  like private.module_row including all,
  name text not null constraint locations_name_not_blank check (length(btrim(name)) > 0),
  location_type text not null default 'venue' constraint locations_location_type_check
    check (location_type in ('venue', 'space', 'office', 'warehouse', 'other')),
  parent_id uuid references public.locations (id) on delete set null,
  address text,
  city text,
  capacity integer constraint locations_capacity_check check (capacity is null or capacity >= 0),
  status text not null default 'active' constraint locations_status_check check (status in ('active', 'inactive')),
  notes text,
  constraint locations_parent_is_not_self check (parent_id is distinct from id)
);

create index locations_parent_id_idx on public.locations (parent_id);

create trigger parent_in_same_workspace
  before insert or update of parent_id, workspace_id on public.locations
  for each row execute function private.ensure_same_workspace('parent_id', 'public.locations');

-- A location cannot sit inside itself, however deep: the new parent's chain of parents must not reach the row.
create or replace function private.ensure_location_tree()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.parent_id is not null and exists (
    with recursive chain (id, depth) as (
      select new.parent_id, 1
      union all
      select l.parent_id, c.depth + 1 from public.locations l join chain c on l.id = c.id
      where l.parent_id is not null and c.depth < 100
    )
    select 1 from chain where id = new.id
  ) then
    raise exception 'a location cannot be inside itself' using errcode = '23514';
  end if;
  return new;
end;
$$;
revoke all on function private.ensure_location_tree() from public;

create trigger location_tree_has_no_cycle
  before insert or update of parent_id on public.locations
  for each row execute function private.ensure_location_tree();

select private.attach_module_table('public.locations');

-- ---------------------------------------------------------------------------------------------------------------
-- bookings: one resource (a location, a person or an asset) held for a window, with buffers around it (load-in,
-- strike, travel). Holds are ranked per resource: first hold first. Leave and "unavailable" are bookings too, so
-- every rule reads one table for a resource's time.
-- ---------------------------------------------------------------------------------------------------------------
create table public.bookings (
  like private.module_row including all,
  title text not null constraint bookings_title_not_blank check (length(btrim(title)) > 0),
  booking_type text not null default 'booking' constraint bookings_booking_type_check
    check (booking_type in ('booking', 'leave', 'unavailable')),
  location_id uuid references public.locations (id) on delete cascade,
  person_id uuid references public.personnel (id) on delete cascade,
  asset_id uuid references public.assets (id) on delete cascade,
  production_id uuid references public.productions (id) on delete set null,
  event_id uuid references public.events (id) on delete set null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  pre_buffer_minutes integer not null default 0 constraint bookings_pre_buffer_check check (pre_buffer_minutes >= 0),
  post_buffer_minutes integer not null default 0 constraint bookings_post_buffer_check check (post_buffer_minutes >= 0),
  status text not null default 'hold' constraint bookings_status_check
    check (status in ('hold', 'tentative', 'confirmed', 'cancelled')),
  hold_rank integer constraint bookings_hold_rank_check check (hold_rank is null or hold_rank >= 1),
  affects_availability boolean not null default true,
  conflict_override_reason text,
  notes text,
  constraint bookings_one_resource check (num_nonnulls(location_id, person_id, asset_id) = 1),
  constraint bookings_ends_after_start check (ends_at > starts_at),
  -- The race-proof floor under the conflict engine: two confirmed bookings of one resource never overlap, unless an
  -- admin overrode the conflict with a reason. Leave and "unavailable" are the engine's to weigh, not refused here.
  constraint bookings_no_double_booking exclude using gist (
    (coalesce(location_id, person_id, asset_id)) with =,
    private.occupied_window(starts_at, ends_at, pre_buffer_minutes, post_buffer_minutes) with &&
  ) where (status = 'confirmed' and booking_type = 'booking' and affects_availability and conflict_override_reason is null)
);

-- What the conflict engine asks: this resource's rows whose window meets this range.
create index bookings_resource_window_idx on public.bookings using gist (
  workspace_id, (coalesce(location_id, person_id, asset_id)),
  private.occupied_window(starts_at, ends_at, pre_buffer_minutes, post_buffer_minutes)
) where status <> 'cancelled';
create index bookings_location_id_idx on public.bookings (location_id);
create index bookings_person_id_idx on public.bookings (person_id);
create index bookings_asset_id_idx on public.bookings (asset_id);
create index bookings_production_id_idx on public.bookings (production_id);
create index bookings_event_id_idx on public.bookings (event_id);

create trigger location_in_same_workspace before insert or update of location_id, workspace_id on public.bookings
  for each row execute function private.ensure_same_workspace('location_id', 'public.locations');
create trigger person_in_same_workspace before insert or update of person_id, workspace_id on public.bookings
  for each row execute function private.ensure_same_workspace('person_id', 'public.personnel');
create trigger asset_in_same_workspace before insert or update of asset_id, workspace_id on public.bookings
  for each row execute function private.ensure_same_workspace('asset_id', 'public.assets');
create trigger production_in_same_workspace before insert or update of production_id, workspace_id on public.bookings
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');
create trigger event_in_same_workspace before insert or update of event_id, workspace_id on public.bookings
  for each row execute function private.ensure_same_workspace('event_id', 'public.events');

select private.attach_module_table('public.bookings');

-- ---------------------------------------------------------------------------------------------------------------
-- personnel_assignments: a person on a production or an event, in a role, from call to wrap (plus travel either
-- side), and the certification the work needs.
-- ---------------------------------------------------------------------------------------------------------------
create table public.personnel_assignments (
  like private.module_row including all,
  person_id uuid not null references public.personnel (id) on delete cascade,
  production_id uuid references public.productions (id) on delete cascade,
  event_id uuid references public.events (id) on delete cascade,
  role text not null constraint personnel_assignments_role_not_blank check (length(btrim(role)) > 0),
  call_at timestamptz not null,
  wrap_at timestamptz not null,
  pre_buffer_minutes integer not null default 0
    constraint personnel_assignments_pre_buffer_check check (pre_buffer_minutes >= 0),
  post_buffer_minutes integer not null default 0
    constraint personnel_assignments_post_buffer_check check (post_buffer_minutes >= 0),
  status text not null default 'invited' constraint personnel_assignments_status_check
    check (status in ('invited', 'tentative', 'confirmed', 'declined')),
  required_certifications text[] not null default '{}' constraint personnel_assignments_required_certifications_check
    check (required_certifications <@ array['rigging', 'working_at_height', 'electrical', 'pyrotechnics', 'forklift', 'mewp', 'first_aid']),
  conflict_override_reason text,
  notes text,
  constraint personnel_assignments_on_production_or_event check (num_nonnulls(production_id, event_id) >= 1),
  constraint personnel_assignments_wrap_after_call check (wrap_at > call_at),
  constraint personnel_assignments_no_double_booking exclude using gist (
    person_id with =,
    private.occupied_window(call_at, wrap_at, pre_buffer_minutes, post_buffer_minutes) with &&
  ) where (status = 'confirmed' and conflict_override_reason is null)
);

create index personnel_assignments_person_window_idx on public.personnel_assignments using gist (
  workspace_id, person_id, private.occupied_window(call_at, wrap_at, pre_buffer_minutes, post_buffer_minutes)
) where status <> 'declined';
create index personnel_assignments_person_id_idx on public.personnel_assignments (person_id);
create index personnel_assignments_production_id_idx on public.personnel_assignments (production_id);
create index personnel_assignments_event_id_idx on public.personnel_assignments (event_id);

create trigger person_in_same_workspace before insert or update of person_id, workspace_id on public.personnel_assignments
  for each row execute function private.ensure_same_workspace('person_id', 'public.personnel');
create trigger production_in_same_workspace before insert or update of production_id, workspace_id on public.personnel_assignments
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');
create trigger event_in_same_workspace before insert or update of event_id, workspace_id on public.personnel_assignments
  for each row execute function private.ensure_same_workspace('event_id', 'public.events');

select private.attach_module_table('public.personnel_assignments');

-- ---------------------------------------------------------------------------------------------------------------
-- training_records: a person's certifications. Valid from issued_on through expires_on (both days included; no
-- expiry date means it does not expire), in the workspace's time zone.
-- ---------------------------------------------------------------------------------------------------------------
create table public.training_records (
  like private.module_row including all,
  person_id uuid not null references public.personnel (id) on delete cascade,
  title text not null constraint training_records_title_not_blank check (length(btrim(title)) > 0),
  certification text not null constraint training_records_certification_check
    check (certification in ('rigging', 'working_at_height', 'electrical', 'pyrotechnics', 'forklift', 'mewp', 'first_aid')),
  issued_on date,
  expires_on date,
  issuer text,
  reference text,
  notes text,
  constraint training_records_expires_after_issue check (expires_on is null or issued_on is null or expires_on >= issued_on)
);

create index training_records_person_id_certification_idx on public.training_records (person_id, certification);
create index training_records_workspace_id_expires_on_idx on public.training_records (workspace_id, expires_on);

create trigger person_in_same_workspace before insert or update of person_id, workspace_id on public.training_records
  for each row execute function private.ensure_same_workspace('person_id', 'public.personnel');

select private.attach_module_table('public.training_records');
