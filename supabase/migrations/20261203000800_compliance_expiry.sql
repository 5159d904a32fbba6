-- check_compliance_expiry: what runs out, or is not in order, before the work that needs it, from p_from to p_to:
--   certificates (training_records) that expire in the range, or expired before it, with the crew calls that require
--   them on a later date and have no other valid certificate of the person;
--   permits, licences and insurance (project_compliance, approved or expired) that lapse in the range, or lapsed before
--   it, with the production's events after they lapse;
--   risk assessments and safety plans (project_safety) not signed off, or due for review in the range, with the
--   production's events in the range they do not cover.
-- One row per document and endangered call or event (a document that endangers nothing yet but runs out in the range
-- has one row without). A document renewed by a later one (a certificate of the same kind for the person; a
-- permit of the same type and title for the production) is left out. security invoker: row-level
-- security decides what is seen.

create or replace function public.check_compliance_expiry(p_workspace_id uuid, p_from date, p_to date)
returns table (
  source_table text, source_id uuid, title text, kind text, holder text, expires_on date, state text,
  endangered_table text, endangered_id uuid, endangered_title text, endangered_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_settings jsonb;
  v_zone text;
begin
  perform private.require_day_range('check_compliance_expiry', p_from, p_to);
  select w.settings into v_settings from public.workspaces w where w.id = p_workspace_id;
  if not found then
    return;
  end if;
  v_zone := coalesce(v_settings ->> 'timezone', 'UTC');

  return query
  with certificates as (
    select t.* from public.training_records t
    where t.workspace_id = p_workspace_id and t.deleted_at is null and t.expires_on is not null and t.expires_on <= p_to
      and not exists (
        select 1 from public.training_records later
        where later.person_id = t.person_id and later.certification = t.certification and later.id <> t.id
          and later.deleted_at is null and (later.expires_on is null or later.expires_on > t.expires_on))
  ),
  uncovered_calls as (
    select c.id as document_id, a.id, a.role, a.call_at
    from certificates c
    join public.personnel_assignments a
      on a.person_id = c.person_id and c.certification = any (a.required_certifications)
     and a.status <> 'declined' and a.deleted_at is null
    where (a.wrap_at at time zone v_zone)::date > c.expires_on
      and private.production_day(a.call_at, v_settings) between p_from and p_to
  ),
  permits as (
    select c.* from public.project_compliance c
    where c.workspace_id = p_workspace_id and c.deleted_at is null and c.status in ('approved', 'expired')
      and (c.status = 'expired' or (c.valid_until is not null and c.valid_until <= p_to))
      and not exists (
        select 1 from public.project_compliance later
        where later.production_id = c.production_id and later.compliance_type = c.compliance_type
          and lower(later.title) = lower(c.title) and later.id <> c.id
          and later.deleted_at is null and later.status = 'approved'
          and (later.valid_until is null or later.valid_until > coalesce(c.valid_until, p_from)))
  ),
  safety as (
    select s.* from public.project_safety s
    where s.workspace_id = p_workspace_id and s.deleted_at is null
      and (s.status <> 'signed_off' or (s.review_due is not null and s.review_due <= p_to))
  ),
  events_in_range as (
    select e.id, e.production_id, e.title, e.starts_at, (e.starts_at at time zone v_zone)::date as day
    from public.events e
    where e.workspace_id = p_workspace_id and e.deleted_at is null and e.status <> 'cancelled' and e.production_id is not null
      and (e.starts_at at time zone v_zone)::date between p_from and p_to
  ),
  documents as (
    select 'training_records'::text as source_table, c.id, c.title, c.certification as kind, p.full_name as holder,
           c.expires_on, case when c.expires_on < current_date then 'expired' else 'expiring' end as state,
           'personnel_assignments'::text as endangered_table, u.id as endangered_id, u.role as endangered_title,
           u.call_at as endangered_at, (c.expires_on >= p_from or u.id is not null) as keep
    from certificates c
    join public.personnel p on p.id = c.person_id
    left join uncovered_calls u on u.document_id = c.id
    union all
    select 'project_compliance', c.id, c.title, c.compliance_type, pr.name, c.valid_until,
           case when c.status = 'expired' or c.valid_until < current_date then 'expired' else 'expiring' end,
           'events', e.id, e.title, e.starts_at,
           (coalesce(c.valid_until >= p_from, false) or e.id is not null)
    from permits c
    join public.productions pr on pr.id = c.production_id
    left join events_in_range e on e.production_id = c.production_id and (c.status = 'expired' or e.day > c.valid_until)
    union all
    select 'project_safety', s.id, s.title, s.document_type, pr.name, s.review_due,
           case when s.status <> 'signed_off' then 'unsigned'
                when s.review_due < current_date then 'expired' else 'expiring' end,
           'events', e.id, e.title, e.starts_at,
           (coalesce(s.review_due >= p_from, false) or e.id is not null)
    from safety s
    join public.productions pr on pr.id = s.production_id
    left join events_in_range e on e.production_id = s.production_id
      and (s.status <> 'signed_off' or e.day > s.review_due)
  )
  select d.source_table, d.id, d.title, d.kind, d.holder, d.expires_on, d.state,
         case when d.endangered_id is null then null else d.endangered_table end, d.endangered_id, d.endangered_title, d.endangered_at
  from documents d
  where d.keep
  order by d.expires_on nulls first, d.holder, d.title, d.endangered_at nulls first;
end;
$$;

revoke execute on function public.check_compliance_expiry(uuid, date, date) from public, anon;
grant execute on function public.check_compliance_expiry(uuid, date, date) to authenticated, service_role;
