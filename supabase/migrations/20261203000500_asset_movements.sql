-- Crew, venues and gear: where the kit goes and what it needs. Check-outs and check-ins (asset_transactions) keep
-- assets.status true to what happened, maintenance (asset_maintenance) takes gear out of service and puts it back,
-- and a production's advance (production_advances) asks for what it needs, which only an admin approves.

-- ---------------------------------------------------------------------------------------------------------------
-- asset_transactions: a ledger of check-outs and check-ins. Per asset the movements alternate, out then in, each
-- later than the one before, so "checked out" is simply "its latest movement is a check-out". A movement is what
-- happened: its asset, kind, time and condition cannot be rewritten, nor the row soft-deleted (a correction is a new
-- movement). Notes, who, what for and the date due back stay editable.
-- ---------------------------------------------------------------------------------------------------------------
create table public.asset_transactions (
  like private.module_row including all,
  -- Filled in when left empty ("Check-out: DiGiCo SD12 mixing console"), so cards and the drawer have a title.
  title text not null constraint asset_transactions_title_not_blank check (length(btrim(title)) > 0),
  asset_id uuid not null references public.assets (id) on delete cascade,
  transaction_type text not null constraint asset_transactions_transaction_type_check
    check (transaction_type in ('check_out', 'check_in')),
  person_id uuid references public.personnel (id) on delete set null,
  production_id uuid references public.productions (id) on delete set null,
  event_id uuid references public.events (id) on delete set null,
  happened_at timestamptz not null default now(),
  due_back_at timestamptz,
  condition text constraint asset_transactions_condition_check check (condition in ('good', 'worn', 'damaged', 'lost')),
  notes text,
  constraint asset_transactions_due_back_after_check_out
    check (due_back_at is null or (transaction_type = 'check_out' and due_back_at > happened_at))
);

-- An asset's latest movement (the rules below), and the foreign key.
create index asset_transactions_asset_id_happened_at_idx on public.asset_transactions (asset_id, happened_at desc);
create index asset_transactions_person_id_idx on public.asset_transactions (person_id);
create index asset_transactions_production_id_idx on public.asset_transactions (production_id);
create index asset_transactions_event_id_idx on public.asset_transactions (event_id);
create index asset_transactions_workspace_id_happened_at_idx on public.asset_transactions (workspace_id, happened_at);

create trigger asset_in_same_workspace before insert or update of asset_id, workspace_id on public.asset_transactions
  for each row execute function private.ensure_same_workspace('asset_id', 'public.assets');
create trigger person_in_same_workspace before insert or update of person_id, workspace_id on public.asset_transactions
  for each row execute function private.ensure_same_workspace('person_id', 'public.personnel');
create trigger production_in_same_workspace before insert or update of production_id, workspace_id on public.asset_transactions
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');
create trigger event_in_same_workspace before insert or update of event_id, workspace_id on public.asset_transactions
  for each row execute function private.ensure_same_workspace('event_id', 'public.events');

-- Before a movement is recorded: it must make sense after the asset's latest one. The asset row is locked first, so
-- two people checking out the same console at once are judged one after the other. security invoker: the caller
-- reads and locks the asset through row-level security; one who may not change it finds nothing here and is refused
-- by the references and the policies instead.
create or replace function private.validate_asset_movement()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_asset_name text;
  v_asset_status text;
  v_latest_type text;
  v_latest_at timestamptz;
begin
  if tg_op = 'UPDATE' then
    if (new.asset_id, new.transaction_type, new.happened_at, new.condition, new.deleted_at)
       is distinct from (old.asset_id, old.transaction_type, old.happened_at, old.condition, old.deleted_at) then
      raise exception 'a check-out or check-in records what happened: its asset, kind, time and condition cannot be changed, nor the record deleted'
        using errcode = '23514',
              hint = 'Record a new check-in or check-out to correct it; notes, who, what for and the date due back can still be edited.';
    end if;
    return new;
  end if;

  select a.name, a.status into v_asset_name, v_asset_status
  from public.assets a where a.id = new.asset_id
  for update;
  new.title := coalesce(
    nullif(btrim(new.title), ''),
    case new.transaction_type when 'check_out' then 'Check-out' when 'check_in' then 'Check-in' else 'Movement' end
      || coalesce(': ' || v_asset_name, ''));
  -- A row born deleted (an import of history) moves nothing.
  if v_asset_status is null or new.deleted_at is not null then
    return new;
  end if;

  select t.transaction_type, t.happened_at into v_latest_type, v_latest_at
  from public.asset_transactions t
  where t.asset_id = new.asset_id and t.deleted_at is null
  order by t.happened_at desc
  limit 1;

  if new.transaction_type = 'check_out' then
    if v_asset_status in ('maintenance', 'retired') then
      raise exception '% cannot be checked out: it is %', v_asset_name,
        case v_asset_status when 'maintenance' then 'in maintenance' else 'retired' end
        using errcode = '23514';
    end if;
    if v_latest_type = 'check_out' then
      raise exception '% is already checked out (since %)', v_asset_name, v_latest_at
        using errcode = '23514', hint = 'Check it in first.';
    end if;
  elsif v_latest_type is distinct from 'check_out' then
    raise exception '% cannot be checked in: it is not checked out', v_asset_name using errcode = '23514';
  end if;

  if new.happened_at <= v_latest_at then
    raise exception '% cannot be % at %: its latest movement (a %) was at %', v_asset_name,
      case new.transaction_type when 'check_out' then 'checked out' else 'checked in' end, new.happened_at,
      pg_catalog.replace(v_latest_type, '_', '-'), v_latest_at
      using errcode = '23514', hint = 'An asset''s movements are recorded in the order they happened.';
  end if;
  return new;
end;
$$;

-- After a movement is recorded, the asset's status says where it is: out is in use; back damaged or lost is in
-- quarantine (maintenance) until its maintenance is done; back in good or worn condition (or unstated) is available.
create or replace function private.apply_asset_movement()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_status text := case
    when new.transaction_type = 'check_out' then 'in_use'
    when new.condition in ('damaged', 'lost') then 'maintenance'
    else 'available' end;
begin
  if new.deleted_at is null then
    update public.assets a set status = v_status where a.id = new.asset_id and a.status is distinct from v_status;
  end if;
  return null;
end;
$$;

-- Named to run after the *_in_same_workspace triggers (before triggers fire in name order): a reference to another
-- workspace is refused as such before the rules read it.
create trigger validate_asset_movement
  before insert or update of asset_id, transaction_type, happened_at, condition, deleted_at on public.asset_transactions
  for each row execute function private.validate_asset_movement();

create trigger apply_asset_movement
  after insert on public.asset_transactions
  for each row execute function private.apply_asset_movement();

select private.attach_module_table('public.asset_transactions');

-- ---------------------------------------------------------------------------------------------------------------
-- asset_maintenance: inspections, repairs, services and PAT tests of an asset. Finishing the last open one puts an
-- asset that was out of service (maintenance) back into service.
-- ---------------------------------------------------------------------------------------------------------------
create table public.asset_maintenance (
  like private.module_row including all,
  asset_id uuid not null references public.assets (id) on delete cascade,
  title text not null constraint asset_maintenance_title_not_blank check (length(btrim(title)) > 0),
  maintenance_type text not null default 'other' constraint asset_maintenance_maintenance_type_check
    check (maintenance_type in ('inspection', 'repair', 'service', 'pat_test', 'other')),
  status text not null default 'scheduled' constraint asset_maintenance_status_check
    check (status in ('scheduled', 'in_progress', 'done', 'cancelled')),
  scheduled_on date,
  completed_on date,
  cost numeric(12, 2) constraint asset_maintenance_cost_check check (cost is null or cost >= 0),
  performed_by text,
  notes text
);

-- An asset's open maintenance (the rule below), and the foreign key.
create index asset_maintenance_asset_id_status_idx on public.asset_maintenance (asset_id, status);
create index asset_maintenance_workspace_id_scheduled_on_idx on public.asset_maintenance (workspace_id, scheduled_on);

create trigger asset_in_same_workspace before insert or update of asset_id, workspace_id on public.asset_maintenance
  for each row execute function private.ensure_same_workspace('asset_id', 'public.assets');

-- Done without a completion date means done today, in the workspace's time zone.
create or replace function private.complete_maintenance()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.status = 'done' and (tg_op = 'INSERT' or old.status is distinct from 'done') and new.completed_on is null then
    new.completed_on := coalesce(
      (select (pg_catalog.now() at time zone coalesce(w.settings ->> 'timezone', 'UTC'))::date
       from public.workspaces w where w.id = new.workspace_id),
      current_date);
  end if;
  return new;
end;
$$;

-- When a record becomes done and it was the asset's last open (scheduled or in progress) maintenance, an asset in
-- maintenance is available again. The asset row is locked first, so two records finished at once cannot each see
-- the other still open and leave the asset out of service.
create or replace function private.return_asset_to_service()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_status text;
begin
  if new.status <> 'done' or new.deleted_at is not null or (tg_op = 'UPDATE' and old.status = 'done') then
    return null;
  end if;
  select a.status into v_status from public.assets a where a.id = new.asset_id for update;
  if v_status = 'maintenance' and not exists (
    select 1 from public.asset_maintenance m
    where m.asset_id = new.asset_id and m.id <> new.id and m.deleted_at is null and m.status in ('scheduled', 'in_progress')
  ) then
    update public.assets a set status = 'available' where a.id = new.asset_id;
  end if;
  return null;
end;
$$;

create trigger complete_maintenance
  before insert or update of status on public.asset_maintenance
  for each row execute function private.complete_maintenance();

create trigger return_asset_to_service
  after insert or update of status on public.asset_maintenance
  for each row execute function private.return_asset_to_service();

select private.attach_module_table('public.asset_maintenance');

-- ---------------------------------------------------------------------------------------------------------------
-- production_advances: what a production asks for ahead of its dates (a specific asset, or "6 x radio mics"), and
-- the answer. Approving and declining are a workspace admin's; anyone who may write moves it on from there.
-- ---------------------------------------------------------------------------------------------------------------
create table public.production_advances (
  like private.module_row including all,
  production_id uuid not null references public.productions (id) on delete cascade,
  item text not null constraint production_advances_item_not_blank check (length(btrim(item)) > 0),
  quantity integer not null default 1 constraint production_advances_quantity_check check (quantity >= 1),
  asset_id uuid references public.assets (id) on delete set null,
  needed_by date,
  status text not null default 'requested' constraint production_advances_status_check
    check (status in ('requested', 'approved', 'ordered', 'delivered', 'declined')),
  requested_by uuid default auth.uid() references public.profiles (id) on delete set null,
  notes text
);

create index production_advances_production_id_idx on public.production_advances (production_id);
create index production_advances_asset_id_idx on public.production_advances (asset_id);
create index production_advances_requested_by_idx on public.production_advances (requested_by);
create index production_advances_workspace_id_needed_by_idx on public.production_advances (workspace_id, needed_by);

create trigger production_in_same_workspace before insert or update of production_id, workspace_id on public.production_advances
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');
create trigger asset_in_same_workspace before insert or update of asset_id, workspace_id on public.production_advances
  for each row execute function private.ensure_same_workspace('asset_id', 'public.assets');

-- A request becomes approved or declined (inserted so, or moved there) only by a workspace admin. The server and the
-- seed (no caller) may too.
create or replace function private.require_admin_decision()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.status in ('approved', 'declined')
     and (tg_op = 'INSERT' or new.status is distinct from old.status)
     and (select auth.uid()) is not null
     and new.workspace_id not in (select private.admin_workspace_ids()) then
    raise exception 'only workspace admins may % an advance', case new.status when 'approved' then 'approve' else 'decline' end
      using errcode = '42501';
  end if;
  return new;
end;
$$;

create trigger require_admin_decision
  before insert or update of status on public.production_advances
  for each row execute function private.require_admin_decision();

select private.attach_module_table('public.production_advances');

revoke all on function private.validate_asset_movement(), private.apply_asset_movement(),
  private.complete_maintenance(), private.return_asset_to_service(), private.require_admin_decision() from public;
