-- The crew and staff directory. A person may or may not have a Callboard login (profile_id).

create table public.personnel (
  like private.module_row including all,
  full_name text not null constraint personnel_full_name_not_blank check (length(btrim(full_name)) > 0),
  email text,
  phone text,
  role_title text,
  department text,
  employment_type text not null default 'crew' constraint personnel_employment_type_check
    check (employment_type in ('staff', 'crew', 'freelance', 'contractor')),
  day_rate numeric(10, 2) constraint personnel_day_rate_check check (day_rate is null or day_rate >= 0),
  profile_id uuid references public.profiles (id) on delete set null,
  status text not null default 'active' constraint personnel_status_check check (status in ('active', 'inactive'))
);

create index personnel_workspace_id_department_idx on public.personnel (workspace_id, department);
create index personnel_profile_id_idx on public.personnel (profile_id);

select private.attach_module_table('public.personnel');
