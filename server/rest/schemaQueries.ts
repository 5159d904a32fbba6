// Catalog queries for the schema cache. Each returns one row with one JSON text column, so a reload is
// a handful of round trips and no per-type parsing. $1 is the text[] of exposed schemas.

export const TABLES_SQL = `
select coalesce(json_agg(json_build_object(
  'oid', c.oid, 'schema', n.nspname, 'name', c.relname,
  'isView', c.relkind in ('v', 'm'),
  'insertable', c.relkind in ('r', 'p') or (c.relkind in ('v', 'f') and (pg_relation_is_updatable(c.oid::regclass, true) & 8) = 8),
  'updatable', c.relkind in ('r', 'p') or (c.relkind in ('v', 'f') and (pg_relation_is_updatable(c.oid::regclass, true) & 4) = 4),
  'deletable', c.relkind in ('r', 'p') or (c.relkind in ('v', 'f') and (pg_relation_is_updatable(c.oid::regclass, true) & 16) = 16),
  'pk', coalesce((
    select array_agg(a.attname::text order by a.attname)
    from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
    where k.conrelid = c.oid and k.contype = 'p'), '{}'),
  'columns', coalesce((
    select json_agg(json_build_object(
      'name', a.attname,
      'type', format_type(a.atttypid, a.atttypmod),
      'baseType', bt.typname,
      'nullable', not (a.attnotnull or (t.typtype = 'd' and t.typnotnull)),
      'default', case
        when t.typbasetype <> 0 and ad.adbin is null then pg_get_expr(t.typdefaultbin, 0)
        when a.attidentity = 'd' then (select format('nextval(%L)', s.objid::regclass) from pg_depend s
          where s.refobjid = a.attrelid and s.refobjsubid = a.attnum and s.deptype = 'i' limit 1)
        when a.attgenerated <> '' then null
        else pg_get_expr(ad.adbin, ad.adrelid) end
    ) order by a.attnum)
    from pg_attribute a
    join pg_type t on t.oid = a.atttypid
    join pg_type bt on bt.oid = pg_basetype(a.atttypid)
    left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped), '[]')
)), '[]')::text
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'v', 'm', 'f', 'p') and n.nspname = any($1::text[]) and not c.relispartition`

/** Foreign keys whose two ends are both in exposed schemas, with whether the FK columns are unique (one-to-one). */
export const FOREIGN_KEYS_SQL = `
select coalesce(json_agg(json_build_object(
  'table', k.conrelid, 'foreignTable', k.confrelid, 'constraint', k.conname,
  'columns', (select json_agg(json_build_array(a.attname, f.attname) order by x.ord)
    from unnest(k.conkey, k.confkey) with ordinality as x(col, ref, ord)
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = x.col
    join pg_attribute f on f.attrelid = k.confrelid and f.attnum = x.ref),
  'oneToOne', exists (select 1 from pg_constraint u where u.conrelid = k.conrelid and u.contype in ('p', 'u')
    and (select array_agg(v order by v) from unnest(u.conkey) v) = (select array_agg(v order by v) from unnest(k.conkey) v))
) order by k.conrelid, k.conname), '[]')::text
from pg_constraint k
join pg_class t1 on t1.oid = k.conrelid join pg_namespace n1 on n1.oid = t1.relnamespace
join pg_class t2 on t2.oid = k.confrelid join pg_namespace n2 on n2.oid = t2.relnamespace
where k.contype = 'f' and k.conparentid = 0 and n1.nspname = any($1::text[]) and n2.nspname = any($1::text[])`

/** Views over exactly one relation, with the base columns each view reads (to follow foreign keys through views). */
export const VIEW_SOURCES_SQL = `
select coalesce(json_agg(json_build_object('view', v.view, 'table', v.tables[1], 'columns', v.columns)), '[]')::text
from (
  select c.oid as view, array_agg(distinct d.refobjid) as tables, array_agg(distinct a.attname::text) as columns
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  join pg_rewrite r on r.ev_class = c.oid
  join pg_depend d on d.objid = r.oid and d.classid = 'pg_rewrite'::regclass
    and d.refclassid = 'pg_class'::regclass and d.refobjid <> c.oid and d.refobjsubid > 0
  join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
  where c.relkind in ('v', 'm') and n.nspname = any($1::text[])
  group by c.oid
) v
where cardinality(v.tables) = 1`

export const FUNCTIONS_SQL = `
select coalesce(json_agg(json_build_object(
  'schema', n.nspname, 'name', p.proname, 'volatility', p.provolatile, 'setof', p.proretset,
  'returnType', format_type(p.prorettype, null), 'returnTypeKind', rt.typtype, 'returnRelation', rt.typrelid,
  'nargs', p.pronargs, 'nargDefaults', p.pronargdefaults,
  'args', coalesce((select json_agg(json_build_object('name', coalesce(x.name, ''), 'type', format_type(x.type, null),
      'mode', coalesce(x.mode, 'i')) order by x.idx)
    from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]), p.proargnames, p.proargmodes::text[])
      with ordinality as x(type, name, mode, idx)), '[]')
)), '[]')::text
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
join pg_type rt on rt.oid = p.prorettype
where n.nspname = any($1::text[]) and p.prokind = 'f' and p.prorettype <> 'trigger'::regtype`

/** Every type name a cast may use: catalog names (int4) and SQL names (integer, timestamp with time zone). */
export const TYPE_NAMES_SQL = `
select coalesce(json_agg(distinct lower(x)), '[]')::text from (
  select t.typname::text as x from pg_type t join pg_namespace n on n.oid = t.typnamespace
  where n.nspname = 'pg_catalog' or n.nspname = any($1::text[])
  union all
  select format_type(t.oid, null) from pg_type t join pg_namespace n on n.oid = t.typnamespace
  where n.nspname = 'pg_catalog' or n.nspname = any($1::text[])
) names where x not like '\\_%' and x not like '%[]'`
