-- Show day, live (the runtime itself: 20261203001100_run_of_show.sql). What every screen following a show needs from
-- the database:
--   - the runtime on the show's topic the moment it changes: `workspace:<id>:show:<event_id>`, event 'runtime', the
--     row as JSON, sent by the database in the transaction that wrote it (so a GO and its broadcast cannot disagree).
--     Members receive on it and nobody sends on it, so a GO cannot be forged. Presence and standby acknowledgements
--     travel on `workspace:<id>:show:<event_id>:crew`, which members may send on like other workspace topics.
--   - the database's clock (server_time), so each screen counts down from the clock that stamped the GO;
--   - what running late costs (show_running_late): each crew member's wrap moved by the delay, and their overtime.

-- ---------------------------------------------------------------------------------------------------------------
-- The runtime, broadcast
-- ---------------------------------------------------------------------------------------------------------------
create or replace function private.broadcast_show_runtime()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform realtime.send(pg_catalog.to_jsonb(new), 'runtime', 'workspace:' || new.workspace_id || ':show:' || new.event_id, true);
  return null;
end;
$$;

-- Every writer ends with the update that raises the version; the steps before it are not states anyone should see.
create trigger show_runtimes_broadcast_insert after insert on public.show_runtimes
  for each row execute function private.broadcast_show_runtime();
create trigger show_runtimes_broadcast_update after update on public.show_runtimes
  for each row when (old.version is distinct from new.version) execute function private.broadcast_show_runtime();

-- A stopped show's clock stands where it stopped: paused_at keeps the moment (or the pause it was stopped from), so
-- that later writes to the row (a new caller) do not move it. Arming clears it with the rest.
create or replace function private.hold_stopped_show_clock()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.paused_at := coalesce(old.paused_at, pg_catalog.clock_timestamp());
  return new;
end;
$$;

create trigger show_runtimes_hold_stopped_clock before update of state on public.show_runtimes
  for each row when (new.state = 'stop' and old.state <> 'stop') execute function private.hold_stopped_show_clock();

drop policy "workspace members send on workspace topics" on realtime.messages;
create policy "workspace members send on workspace topics" on realtime.messages
  for insert to authenticated
  with check (
    extension in ('broadcast', 'presence')
    and (select private.realtime_topic_workspace_id((select realtime.topic()))) in (select private.member_workspace_ids())
    and (select realtime.topic()) !~ '^workspace:[^:]+:(rows|comments|activity|show:[^:]+)$'
  );

-- GO after the current cue was deleted (soft) goes on from the deleted cue's place, not from the first cue: the next
-- or previous live cue is found by running-order key, which a deleted row still has.
create or replace function private.show_cue_after(p_event_id uuid, p_cue_id uuid, p_step integer)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  with keyed as (
    select c.id, c.deleted_at, (c.position is null) as unplaced, coalesce(c.position, '') as position, c.created_at
    from public.run_of_show c
    where c.event_id = p_event_id
  ),
  current_cue as (select k.* from keyed k where k.id = p_cue_id)
  (select k.id from keyed k left join current_cue cur on true
   where p_step > 0 and k.deleted_at is null
     and (cur.id is null or (k.unplaced, k.position, k.created_at, k.id) > (cur.unplaced, cur.position, cur.created_at, cur.id))
   order by k.unplaced, k.position, k.created_at, k.id
   limit 1)
  union all
  (select k.id from keyed k join current_cue cur on true
   where p_step < 0 and k.deleted_at is null
     and (k.unplaced, k.position, k.created_at, k.id) < (cur.unplaced, cur.position, cur.created_at, cur.id)
   order by k.unplaced desc, k.position desc, k.created_at desc, k.id desc
   limit 1)
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- The database's clock
-- ---------------------------------------------------------------------------------------------------------------
-- clock_timestamp(), not now(): the time of the call, not of its transaction's start.
create or replace function public.server_time()
returns timestamptz
language sql
volatile
set search_path = ''
as $$
  select pg_catalog.clock_timestamp()
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- show_running_late: the show's crew (the confirmed calls on the event itself: a production's day calls keep their own
-- wraps) with their wraps moved by p_late_seconds, and the overtime of the show's production day before and after,
-- under the workspace's overtime rules (private.paid_work and private.price_overtime, as calculate_overtime prices
-- them). A person with several calls on the show is moved once, by their last wrap. Hours are overtime plus double
-- time.
-- ---------------------------------------------------------------------------------------------------------------
create or replace function public.show_running_late(p_event_id uuid, p_late_seconds integer)
returns table (
  person_id uuid, full_name text, assignment_id uuid, role text, wrap_at timestamptz, projected_wrap_at timestamptz,
  overtime_hours numeric, projected_overtime_hours numeric
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_event public.events;
  v_settings jsonb;
  v_rules jsonb;
  v_minimum numeric;
  v_late numeric := greatest(coalesce(p_late_seconds, 0), 0) / 3600.0;
  v_crew record;
  v_day date;
  v_work jsonb;
  v_entry jsonb;
  v_call_hours numeric;
begin
  select e.* into v_event from public.events e where e.id = p_event_id and e.deleted_at is null;
  if v_event.id is null then
    return;
  end if;
  select w.settings into v_settings from public.workspaces w where w.id = v_event.workspace_id;
  v_rules := private.overtime_rules(v_settings);
  v_minimum := coalesce((v_rules ->> 'minimum_call_hours')::numeric, 0);

  for v_crew in
    select distinct on (a.person_id) a.person_id, pe.full_name, a.id, a.role, a.call_at, a.wrap_at
    from public.personnel_assignments a
    join public.personnel pe on pe.id = a.person_id and pe.deleted_at is null
    where a.workspace_id = v_event.workspace_id and a.status = 'confirmed' and a.deleted_at is null
      and a.event_id = p_event_id
    order by a.person_id, a.wrap_at desc
  loop
    v_day := private.production_day(v_crew.call_at, v_settings);
    v_work := coalesce((select pw.work from private.paid_work(v_event.workspace_id, array[v_crew.person_id], v_day, v_day, v_settings) pw), '{}');
    person_id := v_crew.person_id;
    full_name := v_crew.full_name;
    assignment_id := v_crew.id;
    role := v_crew.role;
    wrap_at := v_crew.wrap_at;
    projected_wrap_at := v_crew.wrap_at + pg_catalog.make_interval(secs => v_late * 3600);
    select coalesce(sum(o.overtime_hours + o.double_time_hours), 0) into overtime_hours
    from private.price_overtime(v_work, v_rules, v_day, v_day) o;
    -- The day's entry is [worked, paid]; the late call is paid at least its minimum, so it pays more only once its
    -- longer length passes what it was already paid.
    v_entry := coalesce(v_work -> v_day::text, '[0, 0]'::jsonb);
    v_call_hours := extract(epoch from v_crew.wrap_at - v_crew.call_at) / 3600;
    v_work := v_work || pg_catalog.jsonb_build_object(v_day::text, pg_catalog.jsonb_build_array(
      (v_entry ->> 0)::numeric + v_late,
      (v_entry ->> 1)::numeric + greatest(0, v_call_hours + v_late - greatest(v_call_hours, v_minimum))));
    select coalesce(sum(o.overtime_hours + o.double_time_hours), 0) into projected_overtime_hours
    from private.price_overtime(v_work, v_rules, v_day, v_day) o;
    return next;
  end loop;
end;
$$;

revoke all on function private.broadcast_show_runtime(), private.hold_stopped_show_clock() from public, anon, authenticated;
revoke execute on function public.show_running_late(uuid, integer) from public, anon;
grant execute on function public.show_running_late(uuid, integer) to authenticated, service_role;
grant execute on function public.server_time() to anon, authenticated, service_role;
