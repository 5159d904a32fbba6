-- Tasks of a production (or of the workspace at large), ordered by hand within a status column.

create table public.project_tasks (
  like private.module_row including all,
  production_id uuid references public.productions (id) on delete cascade,
  title text not null constraint project_tasks_title_not_blank check (length(btrim(title)) > 0),
  description text,
  status text not null default 'todo' constraint project_tasks_status_check
    check (status in ('todo', 'in_progress', 'review', 'done')),
  priority text not null default 'medium' constraint project_tasks_priority_check
    check (priority in ('low', 'medium', 'high', 'urgent')),
  assignee_id uuid references public.profiles (id) on delete set null,
  start_date date,
  due_date date,
  -- Fractional-index string: a drag rewrites one row, and byte order ("C" collation, the same on every server
  -- whatever its locale) is display order within a status.
  position text collate "C",
  estimate_hours numeric(7, 2) constraint project_tasks_estimate_hours_check check (estimate_hours is null or estimate_hours >= 0),
  constraint project_tasks_dates_check check (due_date is null or start_date is null or due_date >= start_date)
);

create index project_tasks_workspace_id_status_idx on public.project_tasks (workspace_id, status, position);
create index project_tasks_workspace_id_due_date_idx on public.project_tasks (workspace_id, due_date);
create index project_tasks_assignee_id_idx on public.project_tasks (assignee_id);
create index project_tasks_production_id_idx on public.project_tasks (production_id);

create trigger production_in_same_workspace
  before insert or update of production_id, workspace_id on public.project_tasks
  for each row execute function private.ensure_same_workspace('production_id', 'public.productions');

select private.attach_module_table('public.project_tasks');
