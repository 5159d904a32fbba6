-- Show day: the run of show (an event's ordered cues and segments), its runtime (which cue is running since when,
-- paused or not, with how much time added), who calls the show, and incidents stamped to the cue that was running.
--
-- The runtime is state, not a module: one row per event, readable by every member, written only through the
-- functions below and only by the event's show caller (one at a time; taking over is explicit and logged). Every
-- change of the runtime and of the caller is also a row of show_runtime_log, the show's audit trail.

-- ---------------------------------------------------------------------------------------------------------------
-- run_of_show: one row per cue or segment of an event's rundown, in manual order (position, a fractional index).
-- ---------------------------------------------------------------------------------------------------------------
create table public.run_of_show (
  like private.module_row including all,
  event_id uuid not null references public.events (id) on delete cascade,
  position text collate "C",
  title text not null constraint run_of_show_title_not_blank check (length(btrim(title)) > 0),
  item_type text not null default 'cue' constraint run_of_show_item_type_check
    check (item_type in ('segment', 'cue', 'break')),
  departments text[] not null default '{}' constraint run_of_show_departments_check
    check (departments <@ array['stage_management', 'lighting', 'sound', 'video', 'flys', 'automation', 'stage', 'wardrobe', 'front_of_house']),
  planned_seconds integer not null default 0 constraint run_of_show_planned_seconds_check check (planned_seconds >= 0),
  -- A soft start follows the cue before; a hard start is a time the cue must begin (a broadcast, a curfew).
  start_type text not null default 'soft' constraint run_of_show_start_type_check check (start_type in ('soft', 'hard')),
  hard_start_at timestamptz,
  standby_note text,
  go_note text,
  script_ref text,
  lx_cue text,
  sound_cue text,
  video_cue text,
  flys_cue text,
  automation_cue text,
  notes text,
  constraint run_of_show_hard_start_has_time check (start_type = 'soft' or hard_start_at is not null)
);

create index run_of_show_event_id_position_idx on public.run_of_show (event_id, position);

create trigger event_in_same_workspace before insert or update of event_id, workspace_id on public.run_of_show
  for each row execute function private.ensure_same_workspace('event_id', 'public.events');

select private.attach_module_table('public.run_of_show');

-- ---------------------------------------------------------------------------------------------------------------
-- show_runtimes: where an event's show is. state: armed (ready, nothing running), play, pause, stop (over).
-- cue_started_at is when the current cue began; paused_at when a pause began (the clock stands still from then);
-- added_seconds is time added to the current cue. Times are the database's, so every screen counts from one clock.
-- ---------------------------------------------------------------------------------------------------------------
create table public.show_runtimes (
  event_id uuid primary key references public.events (id) on delete cascade,
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  caller_id uuid references public.profiles (id) on delete set null,
  state text not null default 'armed' constraint show_runtimes_state_check check (state in ('armed', 'play', 'pause', 'stop')),
  current_cue_id uuid references public.run_of_show (id) on delete set null,
  show_started_at timestamptz,
  cue_started_at timestamptz,
  paused_at timestamptz,
  added_seconds integer not null default 0,
  version bigint not null default 1,
  updated_at timestamptz not null default now()
);

create index show_runtimes_workspace_id_idx on public.show_runtimes (workspace_id);
create index show_runtimes_caller_id_idx on public.show_runtimes (caller_id);
create index show_runtimes_current_cue_id_idx on public.show_runtimes (current_cue_id);

alter table public.show_runtimes enable row level security;
create policy "members read" on public.show_runtimes for select to authenticated
  using (workspace_id in (select private.member_workspace_ids()));
grant select on public.show_runtimes to authenticated;
grant select, insert, update, delete on public.show_runtimes to service_role;

-- The show's audit trail: every GO, back, pause, added time and change of caller, by whom and when.
create table public.show_runtime_log (
  id bigint generated always as identity primary key,
  event_id uuid not null references public.events (id) on delete cascade,
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  actor_id uuid references public.profiles (id) on delete set null,
  action text not null,
  cue_id uuid references public.run_of_show (id) on delete set null,
  details jsonb not null default '{}'::jsonb,
  at timestamptz not null default now()
);

create index show_runtime_log_event_id_at_idx on public.show_runtime_log (event_id, at);
create index show_runtime_log_workspace_id_idx on public.show_runtime_log (workspace_id);
create index show_runtime_log_actor_id_idx on public.show_runtime_log (actor_id);
create index show_runtime_log_cue_id_idx on public.show_runtime_log (cue_id);

alter table public.show_runtime_log enable row level security;
create policy "members read" on public.show_runtime_log for select to authenticated
  using (workspace_id in (select private.member_workspace_ids()));
grant select on public.show_runtime_log to authenticated;
grant select, insert, update, delete on public.show_runtime_log to service_role;

-- The runtime row of an event the caller may write to (a writer of its workspace), locked, created when missing.
-- security definer: the runtime is written only here; the caller's rights are checked against the workspace first.
create or replace function private.lock_show_runtime(p_event_id uuid)
returns public.show_runtimes
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_workspace uuid;
  v_runtime public.show_runtimes;
begin
  select e.workspace_id into v_workspace from public.events e where e.id = p_event_id and e.deleted_at is null;
  if v_workspace is null or v_workspace not in (select private.member_workspace_ids()) then
    raise exception 'no such event' using errcode = 'P0002';
  end if;
  if v_workspace not in (select private.writable_workspace_ids()) then
    raise exception 'only members who may edit the workspace can call a show' using errcode = '42501';
  end if;
  insert into public.show_runtimes (event_id, workspace_id) values (p_event_id, v_workspace) on conflict (event_id) do nothing;
  select r.* into v_runtime from public.show_runtimes r where r.event_id = p_event_id for update;
  return v_runtime;
end;
$$;

-- The event's cues in running order (cues and segments; breaks are cues too, they have a duration).
create or replace function private.show_cue_after(p_event_id uuid, p_cue_id uuid, p_step integer)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  with ordered as (
    select c.id, row_number() over (order by c.position nulls last, c.created_at, c.id) as n
    from public.run_of_show c
    where c.event_id = p_event_id and c.deleted_at is null
  )
  select o.id from ordered o
  where o.n = coalesce((select x.n from ordered x where x.id = p_cue_id), 0) + p_step
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- The show caller: claim_show_caller takes a vacant seat, or with p_take_over someone else's (an explicit hand-over,
-- logged with the previous holder); release_show_caller leaves it.
-- ---------------------------------------------------------------------------------------------------------------
create or replace function public.claim_show_caller(p_event_id uuid, p_take_over boolean default false)
returns public.show_runtimes
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_runtime public.show_runtimes;
  v_previous uuid;
begin
  if v_uid is null then
    raise exception 'sign in to call a show' using errcode = '42501';
  end if;
  v_runtime := private.lock_show_runtime(p_event_id);
  v_previous := v_runtime.caller_id;
  if v_previous = v_uid then
    return v_runtime;
  end if;
  if v_previous is not null and not coalesce(p_take_over, false) then
    raise exception 'the show already has a caller' using errcode = '55006',
      hint = 'Take over explicitly (p_take_over => true): the hand-over is logged.';
  end if;
  update public.show_runtimes set caller_id = v_uid, version = version + 1, updated_at = now()
  where event_id = p_event_id returning * into v_runtime;
  insert into public.show_runtime_log (event_id, workspace_id, actor_id, action, cue_id, details)
  values (p_event_id, v_runtime.workspace_id, v_uid, case when v_previous is null then 'claim' else 'take_over' end,
          v_runtime.current_cue_id, pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object('previous_caller_id', v_previous)));
  return v_runtime;
end;
$$;

create or replace function public.release_show_caller(p_event_id uuid)
returns public.show_runtimes
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_runtime public.show_runtimes;
begin
  v_runtime := private.lock_show_runtime(p_event_id);
  if v_runtime.caller_id is distinct from v_uid then
    raise exception 'only the show caller can hand the show back' using errcode = '42501';
  end if;
  update public.show_runtimes set caller_id = null, version = version + 1, updated_at = now()
  where event_id = p_event_id returning * into v_runtime;
  insert into public.show_runtime_log (event_id, workspace_id, actor_id, action, cue_id)
  values (p_event_id, v_runtime.workspace_id, v_uid, 'release', v_runtime.current_cue_id);
  return v_runtime;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- show_control: the caller's buttons. go (the next cue starts now; from armed, the first), back (the cue before,
-- restarted), pause / resume (a resume moves the cue's start on by the pause, so the countdown continues where it
-- stood), add_time (p_seconds onto the current cue, negative to take time off), stop (the show is over), arm (back
-- to the top, nothing running). p_version, when given, must be the runtime's version: a GO pressed on a stale screen
-- is refused (40001) instead of skipping a cue.
-- ---------------------------------------------------------------------------------------------------------------
create or replace function public.show_control(p_event_id uuid, p_action text, p_seconds integer default null, p_version bigint default null)
returns public.show_runtimes
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_now timestamptz := pg_catalog.clock_timestamp();
  v_runtime public.show_runtimes;
  v_cue uuid;
begin
  if p_action is null or p_action not in ('go', 'back', 'pause', 'resume', 'add_time', 'stop', 'arm') then
    raise exception 'show_control knows go, back, pause, resume, add_time, stop and arm, not %', coalesce(p_action, 'null')
      using errcode = '22023';
  end if;
  v_runtime := private.lock_show_runtime(p_event_id);
  if v_runtime.caller_id is distinct from v_uid then
    raise exception 'only the show caller can %', replace(p_action, '_', ' ') using errcode = '42501',
      hint = 'Claim the show (claim_show_caller) first.';
  end if;
  if p_version is not null and p_version <> v_runtime.version then
    raise exception 'the show has moved on (version % is now %)', p_version, v_runtime.version using errcode = '40001';
  end if;

  if p_action in ('go', 'back') then
    if v_runtime.state = 'stop' then
      raise exception 'the show is over: arm it to run it again' using errcode = '55000';
    end if;
    v_cue := private.show_cue_after(p_event_id, v_runtime.current_cue_id, case p_action when 'go' then 1 else -1 end);
    if v_cue is null then
      raise exception '%', case p_action when 'go' then 'there is no next cue' else 'there is no cue before this one' end
        using errcode = '55000';
    end if;
    update public.show_runtimes
    set current_cue_id = v_cue, state = 'play', cue_started_at = v_now, paused_at = null, added_seconds = 0,
        show_started_at = coalesce(show_started_at, v_now)
    where event_id = p_event_id;
  elsif p_action = 'pause' then
    if v_runtime.state <> 'play' then
      raise exception 'only a running show can be paused' using errcode = '55000';
    end if;
    update public.show_runtimes set state = 'pause', paused_at = v_now where event_id = p_event_id;
  elsif p_action = 'resume' then
    if v_runtime.state <> 'pause' then
      raise exception 'only a paused show can resume' using errcode = '55000';
    end if;
    update public.show_runtimes
    set state = 'play', cue_started_at = cue_started_at + (v_now - paused_at), paused_at = null
    where event_id = p_event_id;
  elsif p_action = 'add_time' then
    if p_seconds is null or p_seconds = 0 or v_runtime.current_cue_id is null then
      raise exception 'add_time needs a running cue and a number of seconds (p_seconds)' using errcode = '22023';
    end if;
    update public.show_runtimes set added_seconds = added_seconds + p_seconds where event_id = p_event_id;
  elsif p_action = 'stop' then
    update public.show_runtimes set state = 'stop', paused_at = null where event_id = p_event_id;
  else
    update public.show_runtimes
    set state = 'armed', current_cue_id = null, show_started_at = null, cue_started_at = null, paused_at = null, added_seconds = 0
    where event_id = p_event_id;
  end if;

  update public.show_runtimes set version = version + 1, updated_at = v_now where event_id = p_event_id
  returning * into v_runtime;
  insert into public.show_runtime_log (event_id, workspace_id, actor_id, action, cue_id, details, at)
  values (p_event_id, v_runtime.workspace_id, v_uid, p_action, v_runtime.current_cue_id,
          pg_catalog.jsonb_strip_nulls(pg_catalog.jsonb_build_object('seconds', p_seconds, 'version', v_runtime.version)), v_now);
  return v_runtime;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- incidents: what happened during a show, stamped with the cue running at that moment (the runtime's current cue,
-- when the reporter leaves it empty) and the time. An incident that damaged an asset opens a repair for it and puts
-- it in quarantine (maintenance) until the repair is done.
-- ---------------------------------------------------------------------------------------------------------------
create table public.incidents (
  like private.module_row including all,
  title text not null constraint incidents_title_not_blank check (length(btrim(title)) > 0),
  event_id uuid references public.events (id) on delete set null,
  run_of_show_id uuid references public.run_of_show (id) on delete set null,
  occurred_at timestamptz not null default now(),
  severity text not null default 'minor' constraint incidents_severity_check
    check (severity in ('minor', 'moderate', 'major', 'critical')),
  department text constraint incidents_department_check
    check (department in ('stage_management', 'lighting', 'sound', 'video', 'flys', 'automation', 'stage', 'wardrobe', 'front_of_house')),
  person_id uuid references public.personnel (id) on delete set null,
  asset_id uuid references public.assets (id) on delete set null,
  asset_damaged boolean not null default false,
  status text not null default 'open' constraint incidents_status_check check (status in ('open', 'resolved')),
  report text,
  constraint incidents_damage_names_asset check (not asset_damaged or asset_id is not null)
);

create index incidents_event_id_occurred_at_idx on public.incidents (event_id, occurred_at);
create index incidents_run_of_show_id_idx on public.incidents (run_of_show_id);
create index incidents_person_id_idx on public.incidents (person_id);
create index incidents_asset_id_idx on public.incidents (asset_id);

create trigger event_in_same_workspace before insert or update of event_id, workspace_id on public.incidents
  for each row execute function private.ensure_same_workspace('event_id', 'public.events');
create trigger run_of_show_in_same_workspace before insert or update of run_of_show_id, workspace_id on public.incidents
  for each row execute function private.ensure_same_workspace('run_of_show_id', 'public.run_of_show');
create trigger person_in_same_workspace before insert or update of person_id, workspace_id on public.incidents
  for each row execute function private.ensure_same_workspace('person_id', 'public.personnel');
create trigger asset_in_same_workspace before insert or update of asset_id, workspace_id on public.incidents
  for each row execute function private.ensure_same_workspace('asset_id', 'public.assets');

-- Before an incident is recorded: the cue running at that moment, when the reporter did not name one (a show in
-- play or paused; the runtime is readable by every member).
create or replace function private.stamp_incident_cue()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.run_of_show_id is null and new.event_id is not null then
    select r.current_cue_id into new.run_of_show_id
    from public.show_runtimes r
    where r.event_id = new.event_id and r.state in ('play', 'pause');
  end if;
  return new;
end;
$$;

create trigger stamp_incident_cue
  before insert on public.incidents
  for each row execute function private.stamp_incident_cue();

-- After an incident that damaged an asset (on insert, or when it is marked so later): a repair is opened and the
-- asset quarantined, unless it is retired. security invoker: the reporter, a writer, writes both through RLS.
create or replace function private.quarantine_damaged_asset()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.asset_damaged and new.deleted_at is null and new.asset_id is not null
     and (tg_op = 'INSERT' or not old.asset_damaged or old.asset_id is distinct from new.asset_id) then
    insert into public.asset_maintenance (workspace_id, asset_id, title, maintenance_type, status, scheduled_on, notes)
    values (new.workspace_id, new.asset_id, 'Repair after incident: ' || new.title, 'repair', 'scheduled',
            (new.occurred_at at time zone 'UTC')::date, new.report);
    update public.assets set status = 'maintenance' where id = new.asset_id and status <> 'retired';
  end if;
  return null;
end;
$$;

create trigger quarantine_damaged_asset
  after insert or update of asset_damaged, asset_id on public.incidents
  for each row execute function private.quarantine_damaged_asset();

select private.attach_module_table('public.incidents');

revoke all on function private.lock_show_runtime(uuid), private.show_cue_after(uuid, uuid, integer),
  private.stamp_incident_cue(), private.quarantine_damaged_asset() from public;
revoke execute on function public.claim_show_caller(uuid, boolean), public.release_show_caller(uuid),
  public.show_control(uuid, text, integer, bigint) from public, anon;
grant execute on function public.claim_show_caller(uuid, boolean), public.release_show_caller(uuid),
  public.show_control(uuid, text, integer, bigint) to authenticated, service_role;
