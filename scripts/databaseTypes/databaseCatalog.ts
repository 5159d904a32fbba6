/**
 * What the types renderer needs to know about a database, as plain rows read from pg_catalog
 * (scripts/readDatabaseCatalog.ts), so that tests can hand-make a small catalog instead of a database.
 * Type names are pg_type's own (`int4`, `timestamptz`, `_text` for an array of text; a domain's base type).
 */
export interface DatabaseCatalog {
  /** The schemas the file describes; objects elsewhere are only used to resolve names. */
  schemas: readonly string[]
  /** Tables, views, materialized views and foreign tables of every non-system schema. */
  relations: readonly CatalogRelation[]
  /** The columns of the relations in `schemas`. */
  columns: readonly CatalogColumn[]
  /** Foreign keys declared on tables in `schemas` (partitions' inherited copies left out). */
  foreignKeys: readonly CatalogForeignKey[]
  /** Primary keys and unique constraints of tables in `schemas`: what makes a foreign key one-to-one. */
  uniqueKeys: readonly CatalogUniqueKey[]
  /** Plain functions (not procedures or aggregates) in `schemas`. */
  functions: readonly CatalogFunction[]
  /** Enums and composite types of every schema (pg_catalog included). */
  types: readonly CatalogType[]
}

export type RelationKind = 'table' | 'view' | 'materialized_view' | 'foreign_table'

export interface CatalogRelation {
  schema: string
  name: string
  kind: RelationKind
  /** Views only: Postgres can insert into and update through it (`pg_relation_is_updatable`). */
  isUpdatable: boolean
}

export interface CatalogColumn {
  schema: string
  table: string
  name: string
  type: string
  isNullable: boolean
  /** Has a default expression (a stored generated column's expression counts, as in the Supabase CLI). */
  hasDefault: boolean
  identity: 'always' | 'by_default' | null
  /** Writable through its relation (always for tables; per column for views and foreign tables). */
  isUpdatable: boolean
}

export interface CatalogForeignKey {
  name: string
  schema: string
  table: string
  /** In the constraint's order, paired with `referencedColumns`. */
  columns: readonly string[]
  referencedSchema: string
  referencedTable: string
  referencedColumns: readonly string[]
}

export interface CatalogUniqueKey {
  schema: string
  table: string
  columns: readonly string[]
}

export type FunctionArgMode = 'in' | 'out' | 'inout' | 'variadic' | 'table'

export interface CatalogFunctionArg {
  mode: FunctionArgMode
  /** '' for an unnamed argument. */
  name: string
  type: string
  hasDefault: boolean
  /** When the type is a relation's row type: that type as `format_type` prints it (the relation name). */
  rowTypeOf: string | null
}

export interface CatalogFunction {
  schema: string
  name: string
  /** Every argument in declaration order, OUT and TABLE columns included. */
  args: readonly CatalogFunctionArg[]
  /** `pg_get_function_arguments`: orders overloads, and names the table of a computed column. */
  argumentTypes: string
  /** `pg_get_function_result`: orders overloads with the same arguments. */
  result: string
  /** pg_type name of the declared return type (`record` for `returns table`, `void`, `trigger`...). */
  returnType: string
  /** The relation (or composite type) whose row type the function returns, if it returns one. */
  returnRelation: { schema: string; name: string } | null
  returnsSet: boolean
  /** The planner's row estimate of a set-returning function (`rows N`), null otherwise. */
  rows: number | null
}

export interface CatalogType {
  schema: string
  name: string
  /** An enum's labels in sort order; empty for other types. */
  enumValues: readonly string[]
  /** A composite type's attributes in order; empty for other types. */
  attributes: readonly { name: string; type: string }[]
}
