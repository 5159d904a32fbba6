-- Milestones of a production: design sign-off, first rehearsal, opening night...

create table public.project_milestones (
  like private.module_row including all,
  production_id uuid references public.productions (id) on delete cascade,
  name text not null constraint project_milestones_name_not_blank check (length(btrim(name)) > 0),
  due_date date,
  status text not null default 'upcoming' constraint project_milestones_status_check
    check (status in ('upcoming', 'achieved', 'missed')),
  description text
);

create index project_milestones_workspace_id_due_date_idx on public.project_milestones (workspace_id, due_date);
create index project_milestones_production_id_idx on public.project_milestones (production_id);

create trigger production_in_same_workspace
  before insert or update of production_id, workspace_id on public.project_milestones
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');

select private.attach_module_table('public.project_milestones');
