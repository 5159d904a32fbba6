-- Crew, venues and gear: the paperwork a production cannot open without. Permits, licences, certificates and
-- insurance (project_compliance), and the risk assessments, method statements and safety plans a workspace admin
-- signs off (project_safety).

-- ---------------------------------------------------------------------------------------------------------------
-- project_compliance: a permit, licence, certificate or policy a production holds or has applied for, valid from
-- valid_from through valid_until (both days included; no end date means it does not lapse).
-- ---------------------------------------------------------------------------------------------------------------
create table public.project_compliance (
  like private.module_row including all,
  production_id uuid not null references public.productions (id) on delete cascade,
  title text not null constraint project_compliance_title_not_blank check (length(btrim(title)) > 0),
  compliance_type text not null constraint project_compliance_compliance_type_check
    check (compliance_type in ('licence', 'permit', 'certificate', 'insurance', 'other')),
  issuer text,
  reference text,
  status text not null default 'pending' constraint project_compliance_status_check
    check (status in ('pending', 'approved', 'rejected', 'expired')),
  valid_from date,
  valid_until date,
  notes text,
  constraint project_compliance_valid_until_after_valid_from
    check (valid_until is null or valid_from is null or valid_until >= valid_from)
);

create index project_compliance_production_id_idx on public.project_compliance (production_id);
-- What an expiry report asks: this workspace's documents that lapse by a day.
create index project_compliance_workspace_id_valid_until_idx on public.project_compliance (workspace_id, valid_until);

create trigger production_in_same_workspace before insert or update of production_id, workspace_id on public.project_compliance
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');

select private.attach_module_table('public.project_compliance');

-- ---------------------------------------------------------------------------------------------------------------
-- project_safety: a production's risk assessments, method statements and safety plans, drafted, reviewed and signed
-- off by a workspace admin, and due for review again by review_due.
-- ---------------------------------------------------------------------------------------------------------------
create table public.project_safety (
  like private.module_row including all,
  production_id uuid not null references public.productions (id) on delete cascade,
  title text not null constraint project_safety_title_not_blank check (length(btrim(title)) > 0),
  document_type text not null default 'risk_assessment' constraint project_safety_document_type_check
    check (document_type in ('risk_assessment', 'method_statement', 'safety_plan')),
  risk_level text not null default 'medium' constraint project_safety_risk_level_check
    check (risk_level in ('low', 'medium', 'high')),
  status text not null default 'draft' constraint project_safety_status_check
    check (status in ('draft', 'review', 'signed_off')),
  -- Who signed the document off, and when: stamped by the database (private.safety_sign_off).
  signed_off_by uuid references public.profiles (id) on delete set null,
  signed_off_at timestamptz,
  review_due date,
  notes text
);

create index project_safety_production_id_idx on public.project_safety (production_id);
create index project_safety_signed_off_by_idx on public.project_safety (signed_off_by);
create index project_safety_workspace_id_review_due_idx on public.project_safety (workspace_id, review_due);

create trigger production_in_same_workspace before insert or update of production_id, workspace_id on public.project_safety
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');

-- Signing off belongs to workspace admins, and the record of it to the database: only an admin makes a document
-- signed_off (42501); signed_off_by and signed_off_at are that admin and that moment, whatever the client sends,
-- kept while it stays signed off and cleared when it goes back to draft or review. The owner (auth.uid() is null:
-- the seed, the server) is trusted, and may write a sign-off with its own stamps.
create or replace function private.safety_sign_off()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
begin
  -- A referential action (the signer's profile deleted) clears the signer: it must not be stamped back.
  if tg_op = 'UPDATE' and pg_catalog.pg_trigger_depth() > 1 and new.signed_off_by is null
     and (to_jsonb(new) - array['signed_off_by', 'updated_at', 'updated_by', 'sync_version'])
       = (to_jsonb(old) - array['signed_off_by', 'updated_at', 'updated_by', 'sync_version']) then
    return new;
  end if;
  if new.status <> 'signed_off' then
    new.signed_off_by := null;
    new.signed_off_at := null;
  elsif tg_op = 'INSERT' or old.status <> 'signed_off' then
    if v_uid is not null and new.workspace_id not in (select private.admin_workspace_ids()) then
      raise exception 'only workspace admins may sign off safety documents' using errcode = '42501';
    end if;
    if v_uid is not null then
      new.signed_off_by := v_uid;
      new.signed_off_at := now();
    else
      new.signed_off_at := coalesce(new.signed_off_at, now());
    end if;
  elsif v_uid is not null then
    -- The sign-off stands: so do its stamps.
    new.signed_off_by := old.signed_off_by;
    new.signed_off_at := old.signed_off_at;
  end if;
  return new;
end;
$$;
revoke all on function private.safety_sign_off() from public;

create trigger safety_sign_off before insert or update on public.project_safety
  for each row execute function private.safety_sign_off();

select private.attach_module_table('public.project_safety');
