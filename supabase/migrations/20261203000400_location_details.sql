-- Crew, venues and gear: what a crew needs to know about a location before the get-in. Its drawings (site_maps), the
-- ways in (location_access) and what it supplies (location_utilities). Each row belongs to one location and goes
-- with it.

-- ---------------------------------------------------------------------------------------------------------------
-- site_maps: floor plans, rigging plots, power and seating layouts, access routes; the drawing itself lives at
-- file_url (storage or a shared drive), the row says what it is and which revision.
-- ---------------------------------------------------------------------------------------------------------------
create table public.site_maps (
  like private.module_row including all,
  location_id uuid not null references public.locations (id) on delete cascade,
  title text not null constraint site_maps_title_not_blank check (length(btrim(title)) > 0),
  map_type text not null default 'floor_plan' constraint site_maps_map_type_check
    check (map_type in ('floor_plan', 'rigging_plot', 'power', 'seating', 'access', 'other')),
  -- Web addresses only: the app renders it as a link, and a javascript: URL in a shared workspace would be stored XSS.
  file_url text constraint site_maps_file_url_is_web_address
    check (file_url is null or (file_url ~* '^https?://[^\s/?#]+[^\s]*$' and length(file_url) <= 2048)),
  version text,
  drawn_on date,
  notes text
);

create index site_maps_location_id_idx on public.site_maps (location_id);

create trigger location_in_same_workspace before insert or update of location_id, workspace_id on public.site_maps
  for each row execute function private.ensure_same_workspace('location_id', 'public.locations');

select private.attach_module_table('public.site_maps');

-- ---------------------------------------------------------------------------------------------------------------
-- location_access: the ways in (stage door, dock, goods lift), when they are open and who opens them.
-- ---------------------------------------------------------------------------------------------------------------
create table public.location_access (
  like private.module_row including all,
  location_id uuid not null references public.locations (id) on delete cascade,
  name text not null constraint location_access_name_not_blank check (length(btrim(name)) > 0),
  access_type text not null default 'door' constraint location_access_access_type_check
    check (access_type in ('door', 'gate', 'loading_dock', 'lift', 'other')),
  hours text,
  instructions text,
  contact_name text,
  contact_phone text
);

create index location_access_location_id_idx on public.location_access (location_id);

create trigger location_in_same_workspace before insert or update of location_id, workspace_id on public.location_access
  for each row execute function private.ensure_same_workspace('location_id', 'public.locations');

select private.attach_module_table('public.location_access');

-- ---------------------------------------------------------------------------------------------------------------
-- location_utilities: what the building supplies (power, water, data, rigging points, gas), how much, and when it
-- was last inspected. Capacity stays text: "Powerlock 400 A", "12 x 1 t points on the grid" do not reduce to a number.
-- ---------------------------------------------------------------------------------------------------------------
create table public.location_utilities (
  like private.module_row including all,
  location_id uuid not null references public.locations (id) on delete cascade,
  name text not null constraint location_utilities_name_not_blank check (length(btrim(name)) > 0),
  utility_type text not null default 'other' constraint location_utilities_utility_type_check
    check (utility_type in ('power', 'water', 'data', 'rigging', 'gas', 'other')),
  capacity text,
  details text,
  last_inspected_on date
);

create index location_utilities_location_id_idx on public.location_utilities (location_id);
create index location_utilities_workspace_id_last_inspected_on_idx on public.location_utilities (workspace_id, last_inspected_on);

create trigger location_in_same_workspace before insert or update of location_id, workspace_id on public.location_utilities
  for each row execute function private.ensure_same_workspace('location_id', 'public.locations');

select private.attach_module_table('public.location_utilities');
