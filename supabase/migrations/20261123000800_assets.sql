-- Equipment inventory: consoles, fixtures, microphones, truss, power.

create table public.assets (
  like private.module_row including all,
  name text not null constraint assets_name_not_blank check (length(btrim(name)) > 0),
  asset_tag text,
  category text not null default 'other' constraint assets_category_check
    check (category in ('audio', 'lighting', 'video', 'rigging', 'staging', 'power', 'backline', 'other')),
  status text not null default 'available' constraint assets_status_check
    check (status in ('available', 'in_use', 'maintenance', 'retired')),
  location text,
  purchase_date date,
  value numeric(12, 2) constraint assets_value_check check (value is null or value >= 0),
  notes text,
  constraint assets_workspace_id_asset_tag_key unique (workspace_id, asset_tag)
);

create index assets_workspace_id_category_idx on public.assets (workspace_id, category);
create index assets_workspace_id_status_idx on public.assets (workspace_id, status);

select private.attach_module_table('public.assets');
