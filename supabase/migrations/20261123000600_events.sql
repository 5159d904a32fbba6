-- Calendar events: performances, rehearsals, load-ins and -outs, tech, meetings.

create table public.events (
  like private.module_row including all,
  production_id uuid references public.productions (id) on delete set null,
  title text not null constraint events_title_not_blank check (length(btrim(title)) > 0),
  event_type text not null default 'other' constraint events_event_type_check
    check (event_type in ('performance', 'rehearsal', 'load_in', 'load_out', 'tech', 'meeting', 'other')),
  starts_at timestamptz not null,
  ends_at timestamptz,
  all_day boolean not null default false,
  location text,
  status text not null default 'tentative' constraint events_status_check
    check (status in ('tentative', 'confirmed', 'cancelled')),
  description text,
  constraint events_ends_after_start check (ends_at is null or ends_at >= starts_at)
);

-- calendar windows: where workspace_id = $1 and starts_at between $2 and $3
create index events_workspace_id_starts_at_idx on public.events (workspace_id, starts_at);
create index events_production_id_idx on public.events (production_id);

create trigger production_in_same_workspace
  before insert or update of production_id, workspace_id on public.events
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');

select private.attach_module_table('public.events');
