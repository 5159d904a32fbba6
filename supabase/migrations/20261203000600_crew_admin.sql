-- Crew, venues and gear: the people side of running a company. Teams (who leads which crew), timesheets (hours
-- worked, approved by a workspace admin, summed for payroll by get_payroll_summary), and hiring (job openings and
-- their applicants).

-- ---------------------------------------------------------------------------------------------------------------
-- teams: a standing crew (the lighting department) or a production's own (Hamlet's stage management), with a lead.
-- ---------------------------------------------------------------------------------------------------------------
create table public.teams (
  like private.module_row including all,
  name text not null constraint teams_name_not_blank check (length(btrim(name)) > 0),
  department text constraint teams_department_check
    check (department in ('production', 'stage_management', 'lighting', 'sound', 'rigging', 'wardrobe', 'scenic', 'video', 'other')),
  lead_id uuid references public.personnel (id) on delete set null,
  production_id uuid references public.productions (id) on delete set null,
  description text
);

create index teams_lead_id_idx on public.teams (lead_id);
create index teams_production_id_idx on public.teams (production_id);

create trigger lead_in_same_workspace before insert or update of lead_id, workspace_id on public.teams
  for each row execute function private.ensure_same_workspace('lead_id', 'public.personnel');
create trigger production_in_same_workspace before insert or update of production_id, workspace_id on public.teams
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');

select private.attach_module_table('public.teams');

-- ---------------------------------------------------------------------------------------------------------------
-- time_entries: one shift a person worked, clock-in to clock-out less breaks, optionally against the crew call it
-- was for. A draft becomes submitted (it needs a clock-out then), and a workspace admin approves or rejects it.
-- ---------------------------------------------------------------------------------------------------------------
create table public.time_entries (
  like private.module_row including all,
  title text not null constraint time_entries_title_not_blank check (length(btrim(title)) > 0),
  person_id uuid not null references public.personnel (id) on delete cascade,
  -- A call deleted after the work was done leaves the hours standing.
  assignment_id uuid references public.personnel_assignments (id) on delete set null,
  clock_in timestamptz not null,
  clock_out timestamptz,
  break_minutes integer not null default 0 constraint time_entries_break_minutes_check check (break_minutes >= 0),
  status text not null default 'draft' constraint time_entries_status_check
    check (status in ('draft', 'submitted', 'approved', 'rejected')),
  -- Who approved or rejected the entry, and when: stamped by the database (private.time_entry_rules).
  approved_by uuid references public.profiles (id) on delete set null,
  approved_at timestamptz,
  notes text,
  constraint time_entries_clock_out_after_clock_in check (clock_out is null or clock_out > clock_in),
  -- Only a draft may still be open: what is submitted (and so approved or rejected) has its end.
  constraint time_entries_clocked_out_when_submitted check (status = 'draft' or clock_out is not null),
  constraint time_entries_break_within_shift check (
    clock_out is null or break_minutes * 60 <= extract(epoch from clock_out - clock_in))
);

create index time_entries_workspace_id_clock_in_idx on public.time_entries (workspace_id, clock_in);
create index time_entries_person_id_clock_in_idx on public.time_entries (person_id, clock_in);
create index time_entries_assignment_id_idx on public.time_entries (assignment_id);
create index time_entries_approved_by_idx on public.time_entries (approved_by);

create trigger person_in_same_workspace before insert or update of person_id, workspace_id on public.time_entries
  for each row execute function private.ensure_same_workspace('person_id', 'public.personnel');
create trigger assignment_in_same_workspace before insert or update of assignment_id, workspace_id on public.time_entries
  for each row execute function private.ensure_same_workspace('assignment_id', 'public.personnel_assignments');

-- Approval belongs to workspace admins, and the record of it to the database:
--   only an admin sets an entry approved or rejected (42501);
--   approved_by and approved_at are the admin who decided and the moment they did, whatever the client sends, kept
--   while the decision stands and cleared when the entry goes back to draft or submitted;
--   an approved entry is closed to everyone but admins (42501). Its custom field values stay open to writers: they
--   are the workspace's annotations (a cost code, "exported to payroll"), not the hours, person or status approved.
--   Deleting one (soft or hard) stays any writer's, as for every module row: it takes hours out of payroll, never
--   adds any, and the audit log keeps it.
-- The owner (auth.uid() is null: the seed, the server) is trusted, and may write a decision with its own stamps.
create or replace function private.time_entry_rules()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_admin boolean;
  v_unlocked constant text[] := array[
    'custom_fields', 'deleted_at', 'updated_at', 'updated_by', 'sync_version', 'created_by', 'approved_by', 'approved_at'];
  v_references constant text[] := array['assignment_id', 'approved_by', 'updated_at', 'updated_by', 'sync_version'];
begin
  -- A referential action (a crew call or a profile deleted, which the policies allowed) only clears a reference: it
  -- is not an edit of the entry, and the profile it clears must not be stamped back.
  if tg_op = 'UPDATE' and pg_catalog.pg_trigger_depth() > 1
     and (to_jsonb(new) - v_references) = (to_jsonb(old) - v_references)
     and (new.assignment_id is null or new.assignment_id = old.assignment_id)
     and (new.approved_by is null or new.approved_by = old.approved_by) then
    return new;
  end if;
  v_admin := v_uid is null or new.workspace_id in (select private.admin_workspace_ids());

  if tg_op = 'UPDATE' and old.status = 'approved' and not v_admin
     and (to_jsonb(new) - v_unlocked) is distinct from (to_jsonb(old) - v_unlocked) then
    raise exception 'an approved time entry can only be changed by a workspace admin' using errcode = '42501';
  end if;

  if new.status not in ('approved', 'rejected') then
    new.approved_by := null;
    new.approved_at := null;
  elsif tg_op = 'INSERT' or new.status is distinct from old.status then
    if not v_admin then
      raise exception 'only workspace admins may approve or reject time entries' using errcode = '42501';
    end if;
    if v_uid is not null then
      new.approved_by := v_uid;
      new.approved_at := now();
    else
      new.approved_at := coalesce(new.approved_at, now());
    end if;
  elsif v_uid is not null then
    -- The decision stands: so do its stamps.
    new.approved_by := old.approved_by;
    new.approved_at := old.approved_at;
  end if;
  return new;
end;
$$;
revoke all on function private.time_entry_rules() from public;

create trigger time_entry_rules before insert or update on public.time_entries
  for each row execute function private.time_entry_rules();

select private.attach_module_table('public.time_entries');

-- ---------------------------------------------------------------------------------------------------------------
-- job_openings: a post the company is hiring for, open for applications from opens_on through closes_on.
-- ---------------------------------------------------------------------------------------------------------------
create table public.job_openings (
  like private.module_row including all,
  title text not null constraint job_openings_title_not_blank check (length(btrim(title)) > 0),
  department text constraint job_openings_department_check
    check (department in ('production', 'stage_management', 'lighting', 'sound', 'rigging', 'wardrobe', 'scenic', 'video', 'other')),
  production_id uuid references public.productions (id) on delete set null,
  employment_type text not null default 'freelance' constraint job_openings_employment_type_check
    check (employment_type in ('staff', 'crew', 'freelance', 'contractor')),
  status text not null default 'draft' constraint job_openings_status_check
    check (status in ('draft', 'open', 'closed', 'filled')),
  opens_on date,
  closes_on date,
  day_rate numeric(10, 2) constraint job_openings_day_rate_check check (day_rate is null or day_rate >= 0),
  description text,
  constraint job_openings_closes_after_opening check (closes_on is null or opens_on is null or closes_on >= opens_on)
);

create index job_openings_production_id_idx on public.job_openings (production_id);
create index job_openings_workspace_id_status_idx on public.job_openings (workspace_id, status);

create trigger production_in_same_workspace before insert or update of production_id, workspace_id on public.job_openings
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');

select private.attach_module_table('public.job_openings');

-- ---------------------------------------------------------------------------------------------------------------
-- job_applicants: a candidate for an opening, moving through the stages of hiring. Hiring someone does nothing else
-- (no personnel row appears): who joins the crew list, and how, is a person's decision.
-- ---------------------------------------------------------------------------------------------------------------
create table public.job_applicants (
  like private.module_row including all,
  opening_id uuid not null references public.job_openings (id) on delete cascade,
  full_name text not null constraint job_applicants_full_name_not_blank check (length(btrim(full_name)) > 0),
  email text,
  phone text,
  stage text not null default 'applied' constraint job_applicants_stage_check
    check (stage in ('applied', 'screening', 'interview', 'offer', 'hired', 'rejected')),
  rating integer constraint job_applicants_rating_check check (rating is null or rating between 1 and 5),
  notes text
);

create index job_applicants_opening_id_stage_idx on public.job_applicants (opening_id, stage);

create trigger opening_in_same_workspace before insert or update of opening_id, workspace_id on public.job_applicants
  for each row execute function private.ensure_same_workspace('opening_id', 'public.job_openings');

-- Someone is hired into an opening that is open (or already filled, for a post of several people), never one still
-- in draft or closed (23514). Checked when an applicant becomes hired or a hired one moves to another opening; an
-- opening closed after its hires keeps them. An opening the caller cannot see is ensure_same_workspace's to refuse.
create or replace function private.ensure_hired_into_open_opening()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_status text;
begin
  if new.stage <> 'hired'
     or (tg_op = 'UPDATE' and old.stage = 'hired' and new.opening_id is not distinct from old.opening_id) then
    return new;
  end if;
  select o.status into v_status from public.job_openings o where o.id = new.opening_id;
  if v_status in ('draft', 'closed') then
    raise exception 'cannot hire into a % job opening; open it first', v_status using errcode = '23514';
  end if;
  return new;
end;
$$;
revoke all on function private.ensure_hired_into_open_opening() from public;

create trigger hired_into_open_opening before insert or update of stage, opening_id on public.job_applicants
  for each row execute function private.ensure_hired_into_open_opening();

select private.attach_module_table('public.job_applicants');

-- ---------------------------------------------------------------------------------------------------------------
-- get_payroll_summary: per person, the hours of their approved time entries from p_from to p_to (clock-out less
-- clock-in less breaks) and how many entries that is, and the hours still awaiting approval (submitted). Drafts and
-- rejected entries count for nothing. An entry belongs to the production day it was clocked in on (the workspace's
-- time zone and day start, as the scheduling reports count days), so a night's load-out stays on its day. security
-- invoker: row-level security decides what is counted.
-- ---------------------------------------------------------------------------------------------------------------
create or replace function public.get_payroll_summary(p_workspace_id uuid, p_from date, p_to date)
returns table (
  person_id uuid, full_name text, approved_hours numeric, approved_entries integer, pending_hours numeric,
  pending_entries integer
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_settings jsonb;
begin
  perform private.require_day_range('get_payroll_summary', p_from, p_to);
  select w.settings into v_settings from public.workspaces w where w.id = p_workspace_id;
  if not found then
    return;
  end if;

  return query
  with worked as (
    select t.person_id as who, t.status,
           (extract(epoch from t.clock_out - t.clock_in) - t.break_minutes * 60) / 3600 as hours
    from public.time_entries t
    where t.workspace_id = p_workspace_id and t.deleted_at is null and t.status in ('approved', 'submitted')
      -- Two days either side: the production day of a clock-in is not the calendar day of its instant.
      and t.clock_in >= p_from::timestamptz - interval '2 days' and t.clock_in < p_to::timestamptz + interval '2 days'
      and private.production_day(t.clock_in, v_settings) between p_from and p_to
  )
  -- A person since removed from the crew list is still owed their approved hours: deleted people are kept.
  select pe.id, pe.full_name,
         coalesce(sum(w.hours) filter (where w.status = 'approved'), 0)::numeric(10, 2),
         (count(*) filter (where w.status = 'approved'))::integer,
         coalesce(sum(w.hours) filter (where w.status = 'submitted'), 0)::numeric(10, 2),
         (count(*) filter (where w.status = 'submitted'))::integer
  from worked w
  join public.personnel pe on pe.id = w.who
  group by pe.id, pe.full_name
  order by pe.full_name, pe.id;
end;
$$;

revoke execute on function public.get_payroll_summary(uuid, date, date) from public, anon;
grant execute on function public.get_payroll_summary(uuid, date, date) to authenticated, service_role;
