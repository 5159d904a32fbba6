-- Productions: the shows, tours and concerts everything else hangs off.

create table public.productions (
  like private.module_row including all,
  name text not null constraint productions_name_not_blank check (length(btrim(name)) > 0),
  code text,
  status text not null default 'planning' constraint productions_status_check
    check (status in ('planning', 'pre_production', 'in_production', 'post_production', 'completed', 'cancelled')),
  venue text,
  start_date date,
  end_date date,
  budget numeric(12, 2),
  description text,
  constraint productions_dates_check check (end_date is null or start_date is null or end_date >= start_date)
);

create index productions_workspace_id_status_idx on public.productions (workspace_id, status);
create index productions_workspace_id_start_date_idx on public.productions (workspace_id, start_date);

select private.attach_module_table('public.productions');
