import type { SqlRunner } from '../../server/database/migrate.ts'
import type {
  CatalogColumn,
  CatalogForeignKey,
  CatalogFunction,
  CatalogRelation,
  CatalogType,
  CatalogUniqueKey,
  DatabaseCatalog,
} from './databaseCatalog.ts'

// Postgres's own schemas, as the Supabase CLI leaves them out (temporary schemas are skipped separately).
const systemSchemas = `('pg_catalog', 'information_schema', 'pg_toast')`
const userSchema = (n: string) =>
  `${n}.nspname not in ${systemSchemas} and not pg_is_other_temp_schema(${n}.oid) and ${n}.nspname not like 'pg_temp_%' and ${n}.nspname not like 'pg_toast_temp_%'`

const relationsSql = `
select n.nspname as schema, c.relname as name,
  case c.relkind when 'v' then 'view' when 'm' then 'materialized_view' when 'f' then 'foreign_table' else 'table' end as kind,
  -- insertable and updatable, as information_schema.views.is_insertable_into / is_updatable define them
  c.relkind = 'v' and (pg_relation_is_updatable(c.oid, false) & 20) = 20 as "isUpdatable"
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p', 'v', 'm', 'f') and ${userSchema('n')}
order by 1, 2`

const columnsSql = `
select n.nspname as schema, c.relname as table, a.attname as name,
  -- a domain is typed as its base type, and is not null when either says so
  coalesce(bt.typname, t.typname) as type,
  not (a.attnotnull or (t.typtype = 'd' and t.typnotnull)) as "isNullable",
  a.atthasdef as "hasDefault",
  case a.attidentity when 'a' then 'always' when 'd' then 'by_default' end as identity,
  c.relkind in ('r', 'p') or (c.relkind in ('v', 'f') and pg_column_is_updatable(c.oid, a.attnum, false)) as "isUpdatable"
from pg_attribute a
join pg_class c on c.oid = a.attrelid
join pg_namespace n on n.oid = c.relnamespace
join pg_type t on t.oid = a.atttypid
left join pg_type bt on t.typtype = 'd' and bt.oid = t.typbasetype
where c.relkind in ('r', 'p', 'v', 'm', 'f') and a.attnum > 0 and not a.attisdropped and n.nspname = any($1)
order by 1, 2, a.attnum`

const foreignKeysSql = `
select k.conname as name, n.nspname as schema, c.relname as table,
  array(select a.attname from unnest(k.conkey) with ordinality as u(attnum, i)
        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by u.i)::text[] as columns,
  rn.nspname as "referencedSchema", r.relname as "referencedTable",
  array(select a.attname from unnest(k.confkey) with ordinality as u(attnum, i)
        join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum order by u.i)::text[] as "referencedColumns"
from pg_constraint k
join pg_class c on c.oid = k.conrelid
join pg_namespace n on n.oid = c.relnamespace
join pg_class r on r.oid = k.confrelid
join pg_namespace rn on rn.oid = r.relnamespace
-- conparentid: a partition's copy of its parent's key is the parent's relationship, not another one
where k.contype = 'f' and k.conparentid = 0 and n.nspname = any($1)
order by 2, 3, 1`

const uniqueKeysSql = `
select n.nspname as schema, c.relname as table,
  array(select a.attname from unnest(k.conkey) as u(attnum)
        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by a.attnum)::text[] as columns
from pg_constraint k
join pg_class c on c.oid = k.conrelid
join pg_namespace n on n.oid = c.relnamespace
where k.contype in ('p', 'u') and n.nspname = any($1)
order by 1, 2, k.conname`

const functionsSql = `
select n.nspname as schema, p.proname as name,
  coalesce((
    select jsonb_agg(jsonb_build_object(
      'mode', case arg.mode when 'o' then 'out' when 'b' then 'inout' when 'v' then 'variadic' when 't' then 'table' else 'in' end,
      'name', arg.name,
      'type', t.typname,
      -- defaults belong to the last pronargdefaults input arguments
      'hasDefault', arg.mode in ('i', 'b', 'v') and arg.input > p.pronargs - p.pronargdefaults,
      'rowTypeOf', case when rc.relkind in ('c', 'r', 'v', 'm', 'p') then format_type(t.oid, null) end
    ) order by arg.i)
    from (
      select a.i, a.type, coalesce(p.proargmodes[a.i], 'i') as mode, coalesce(p.proargnames[a.i], '') as name,
        count(*) filter (where coalesce(p.proargmodes[a.i], 'i') in ('i', 'b', 'v')) over (order by a.i) as input
      from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality as a(type, i)
    ) arg
    join pg_type t on t.oid = arg.type
    left join pg_class rc on rc.oid = t.typrelid
  ), '[]'::jsonb) as args,
  pg_get_function_arguments(p.oid) as "argumentTypes",
  pg_get_function_result(p.oid) as result,
  rt.typname as "returnType",
  case when rt.typrelid <> 0 then jsonb_build_object('schema', rcn.nspname, 'name', rtc.relname) end as "returnRelation",
  p.proretset as "returnsSet",
  case when p.proretset then nullif(p.prorows, 0)::float8 end as rows
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
join pg_type rt on rt.oid = p.prorettype
left join pg_class rtc on rtc.oid = rt.typrelid
left join pg_namespace rcn on rcn.oid = rtc.relnamespace
where p.prokind = 'f' and n.nspname = any($1)
order by 1, 2, 4, 5`

const typesSql = `
select n.nspname as schema, t.typname as name,
  array(select e.enumlabel from pg_enum e where e.enumtypid = t.oid order by e.enumsortorder)::text[] as "enumValues",
  coalesce((
    select jsonb_agg(jsonb_build_object('name', a.attname, 'type', at.typname) order by a.attnum)
    from pg_attribute a join pg_type at on at.oid = a.atttypid
    where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped
  ), '[]'::jsonb) as attributes
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
left join pg_class c on c.oid = t.typrelid
where t.typtype = 'e' or (t.typtype = 'c' and c.relkind = 'c')
order by 1, 2`

/** Reads what renderDatabaseTypes needs from the live catalog, describing `schemas` (the app uses public only). */
export async function readDatabaseCatalog(db: SqlRunner, schemas: readonly string[] = ['public']): Promise<DatabaseCatalog> {
  const list = [[...schemas]]
  // One query at a time: PGlite runs them serially anyway, and a pg.Client warns about overlapping queries.
  const relations = await rows<CatalogRelation>(db, relationsSql)
  const columns = await rows<CatalogColumn>(db, columnsSql, list)
  const foreignKeys = await rows<CatalogForeignKey>(db, foreignKeysSql, list)
  const uniqueKeys = await rows<CatalogUniqueKey>(db, uniqueKeysSql, list)
  const functions = await rows<CatalogFunction>(db, functionsSql, list)
  const types = await rows<CatalogType>(db, typesSql)
  return { schemas: [...schemas], relations, columns, foreignKeys, uniqueKeys, functions, types }
}

async function rows<T>(db: SqlRunner, sql: string, params?: unknown[]): Promise<T[]> {
  return (await db.query<T>(sql, params)).rows
}
