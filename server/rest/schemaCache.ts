import type { PGlite } from '@electric-sql/pglite'
import { buildRelationships, type ForeignKeyRow, type Relationship, type ViewSourceRow } from './relationships'
import { FOREIGN_KEYS_SQL, FUNCTIONS_SQL, TABLES_SQL, TYPE_NAMES_SQL, VIEW_SOURCES_SQL } from './schemaQueries'

// What PostgREST keeps in its schema cache, read from pg_catalog once per reload: relations with their
// columns and keys, relationships (foreign keys, also through simple views, and many-to-many through
// junction tables), functions with their parameters and return shape, and the type names casts may use.

export interface Column {
  name: string
  /** format_type(), e.g. `integer`, `text[]`, `timestamp with time zone`, `character varying(20)`. */
  type: string
  /** typname of the base type (domains resolved), e.g. `int4`, `jsonb`, `tsvector`. */
  baseType: string
  nullable: boolean
  default: string | null
}

export interface Table {
  oid: number
  schema: string
  name: string
  isView: boolean
  insertable: boolean
  updatable: boolean
  deletable: boolean
  /** Primary key columns sorted by name, as PostgREST lists them (Location header order). */
  pk: string[]
  columns: Map<string, Column>
  columnList: Column[]
  /** Columns plus computed fields (functions taking this table's row), the names select/filter/order may use. */
  readColumns: Map<string, Column>
}

export interface RoutineParam {
  name: string
  type: string
  required: boolean
  variadic: boolean
}

export interface Routine {
  schema: string
  name: string
  params: RoutineParam[]
  volatility: 'immutable' | 'stable' | 'volatile'
  setof: boolean
  /** Returns a row (a table type, a composite type, OUT/TABLE parameters or `record`). */
  composite: boolean
  void: boolean
  returnType: string
  /** The table whose row type the function returns, so its result can embed that table's relationships. */
  returnTable?: Table
  /** Known result columns of a composite result (OUT/TABLE parameters or the returned table's columns). */
  returnColumns?: Map<string, Column>
}

export interface SchemaCache {
  schemas: string[]
  tables: Map<string, Table>
  /** Keyed by `schema.table`; the relationships whose origin is that relation. */
  relationships: Map<string, Relationship[]>
  routines: Map<string, Routine[]>
  typeNames: Set<string>
}

export const qualified = (schema: string, name: string): string => `${schema}\u0000${name}`

interface TableRow extends Omit<Table, 'columns' | 'columnList' | 'readColumns'> {
  columns: Column[]
}

interface FunctionRow {
  schema: string
  name: string
  volatility: 'i' | 's' | 'v'
  setof: boolean
  returnType: string
  returnTypeKind: string
  returnRelation: number
  nargs: number
  nargDefaults: number
  args: Array<{ name: string; type: string; mode: string }>
}

async function jsonQuery<T>(db: PGlite, sql: string, schemas: string[]): Promise<T> {
  const res = await db.query<[string]>(sql, [schemas], { rowMode: 'array' })
  return JSON.parse(res.rows[0]?.[0] ?? '[]') as T
}

const SQL_TYPE_ALIASES = ['int', 'integer', 'float', 'decimal', 'dec', 'char', 'character', 'varchar', 'timestamptz', 'timetz']

export async function loadSchemaCache(db: PGlite, schemas: string[]): Promise<SchemaCache> {
  const tableRows = await jsonQuery<TableRow[]>(db, TABLES_SQL, schemas)
  const fkRows = await jsonQuery<ForeignKeyRow[]>(db, FOREIGN_KEYS_SQL, schemas)
  const viewRows = await jsonQuery<ViewSourceRow[]>(db, VIEW_SOURCES_SQL, schemas)
  const fnRows = await jsonQuery<FunctionRow[]>(db, FUNCTIONS_SQL, schemas)
  const typeNames = await jsonQuery<string[]>(db, TYPE_NAMES_SQL, schemas)

  const tables = new Map<string, Table>()
  const byOid = new Map<number, Table>()
  for (const row of tableRows) {
    const columns = new Map(row.columns.map((c): [string, Column] => [c.name, c]))
    const table: Table = { ...row, columns, columnList: row.columns, readColumns: new Map(columns) }
    tables.set(qualified(table.schema, table.name), table)
    byOid.set(table.oid, table)
  }
  const relationships = buildRelationships(byOid, fkRows, viewRows)

  const routines = new Map<string, Routine[]>()
  for (const fn of fnRows) {
    const routine = toRoutine(fn, byOid)
    const key = qualified(fn.schema, fn.name)
    routines.set(key, [...(routines.get(key) ?? []), routine])
    addComputedField(routine, tables)
  }
  return {
    schemas,
    tables,
    relationships,
    routines,
    typeNames: new Set([...typeNames, ...SQL_TYPE_ALIASES]),
  }
}

function toRoutine(fn: FunctionRow, byOid: Map<number, Table>): Routine {
  const inputs = fn.args.filter((a) => a.mode === 'i' || a.mode === 'b' || a.mode === 'v')
  const outputs = fn.args.filter((a) => a.mode === 'o' || a.mode === 'b' || a.mode === 't')
  const requiredCount = fn.nargs - fn.nargDefaults
  const returnTable = fn.returnRelation ? byOid.get(fn.returnRelation) : undefined
  const routine: Routine = {
    schema: fn.schema,
    name: fn.name,
    params: inputs.map((a, i) => ({ name: a.name, type: a.type, required: i < requiredCount, variadic: a.mode === 'v' })),
    volatility: fn.volatility === 'i' ? 'immutable' : fn.volatility === 's' ? 'stable' : 'volatile',
    setof: fn.setof,
    composite: fn.returnTypeKind === 'c' || outputs.length > 0 || fn.returnType === 'record',
    void: fn.returnType === 'void',
    returnType: fn.returnType,
  }
  if (outputs.length > 0) {
    routine.returnColumns = new Map(
      outputs.map((a) => [a.name, { name: a.name, type: a.type, baseType: a.type, nullable: true, default: null }]),
    )
  } else if (returnTable) {
    routine.returnTable = returnTable
    routine.returnColumns = returnTable.readColumns
  }
  return routine
}

/** `full_name(tasks)` makes `full_name` selectable on tasks: Postgres reads `tasks.full_name` as that call. */
function addComputedField(r: Routine, tables: Map<string, Table>): void {
  const [param] = r.params
  if (r.params.length !== 1 || !param || r.setof || r.void) return
  for (const t of tables.values()) {
    if (param.type !== t.name && param.type !== `${t.schema}.${t.name}`) continue
    if (!t.readColumns.has(r.name)) {
      t.readColumns.set(r.name, { name: r.name, type: r.returnType, baseType: r.returnType, nullable: true, default: null })
    }
  }
}
