import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../../../src/custom-fields/FieldDefinition.ts'
import { fieldTypes } from '../../../src/custom-fields/registry.ts'
import type { ModuleDefinition } from '../../../src/modules/ModuleDefinition.ts'
import { findModule, moduleRegistry } from '../../../src/modules/registry.ts'
import { rows, sqlState, type SqlSession } from './sqlSession.ts'

// Every ModuleDefinition (src/modules/*Module.ts) checked against the live catalog of the migrated database: the
// columns its table really has, their types, NOT NULL, CHECK and foreign key constraints. Nothing here names a module:
// a module added to src/modules/registry.ts is covered by its registry line alone.

const TEXT = ['text', 'character varying']
const INTEGERS = ['smallint', 'integer', 'bigint']

/**
 * The Postgres types (format_type of the column's base type, domains resolved) a field type's values fit. A field
 * type added to src/custom-fields/registry.ts needs a line here (a test of the contract says so).
 */
const columnTypes: Readonly<Record<string, readonly string[] | 'referenced key'>> = {
  text: TEXT,
  long_text: TEXT,
  email: TEXT,
  phone: TEXT,
  url: TEXT,
  single_select: TEXT,
  multi_select: ['text[]', 'character varying[]'],
  number: [...INTEGERS, 'numeric', 'real', 'double precision'],
  percent: [...INTEGERS, 'numeric', 'real', 'double precision'],
  // Binary floats cannot hold cents exactly.
  currency: [...INTEGERS, 'numeric'],
  // Whole numbers (their value schemas are ints): a numeric column would accept 3.5, which the field cannot show.
  rating: INTEGERS,
  // Whole minutes, not interval: PostgREST sends an interval as text ("01:30:00"), the field reads a number.
  duration: INTEGERS,
  date: ['date'],
  // Not timestamp without time zone: it drops the offset of the instants the field writes, and reads back zoneless.
  date_time: ['timestamp with time zone'],
  checkbox: ['boolean'],
  person: ['uuid'],
  // Whatever key the foreign key references (a module row's id, uuid); the foreign key check finds it.
  relation: 'referenced key',
}

const selectTypes = new Set(['single_select', 'multi_select'])
const personTables = new Set(['auth.users', 'public.profiles'])
/**
 * Values no option list holds, to tell a CHECK that lists values from one that only constrains their shape (a regex,
 * a length): a list refuses them all. One is a single character, so that varchar(n) or a "not blank" check does not
 * refuse it for another reason; the others look like the field's own values.
 */
function unlistedValues(options: readonly string[]): string[] {
  return ['\u2400', 'unlisted', ...options.map((o) => `${o}_unlisted`)]
}

interface Column {
  name: string
  /** format_type of the base type: 'text', 'numeric', 'text[]' (a domain's base type, not the domain). */
  type: string
  /** format_type with the modifier, to cast probe values exactly as the column would: 'character varying(20)'. */
  declaredType: string
  notNull: boolean
  hasDefault: boolean
}

interface ForeignKey {
  name: string
  columns: string[]
  /** schema.table */
  references: string
  refColumns: string[]
  refTypes: string[]
}

interface TableCatalog {
  exists: boolean
  attached: boolean
  /** The standard columns every module table has, as private.module_row defines them. */
  standard: string[]
  columns: Column[]
  /** The table's CHECK constraints on exactly one column, deparsed, by column (over the column's name). */
  checks: Map<string, string[]>
  /** The CHECK constraints of a column's domain, deparsed (over VALUE): the cast to the domain evaluates them. */
  domainChecks: Map<string, string[]>
  foreignKeys: ForeignKey[]
}

async function readTableCatalog(db: SqlSession, table: string): Promise<TableCatalog> {
  const qualified = `public.${table}`
  const standard = await rows<{ name: string }>(
    db,
    `select attname as name from pg_catalog.pg_attribute
     where attrelid = 'private.module_row'::regclass and attnum > 0 and not attisdropped order by attnum`,
  )
  const [found] = await rows<{ exists: boolean; attached: boolean }>(
    db,
    `select to_regclass($1) is not null as exists,
            exists (select 1 from pg_catalog.pg_trigger
                    where tgrelid = to_regclass($1) and tgname = 'module_before_write') as attached`,
    [qualified],
  )
  const columns = await rows<Column>(
    db,
    `select a.attname as name,
            format_type(case when t.typtype = 'd' then t.typbasetype else a.atttypid end, null) as type,
            format_type(a.atttypid, a.atttypmod) as "declaredType",
            a.attnotnull or t.typnotnull as "notNull",
            a.atthasdef as "hasDefault"
     from pg_catalog.pg_attribute a join pg_catalog.pg_type t on t.oid = a.atttypid
     where a.attrelid = to_regclass($1) and a.attnum > 0 and not a.attisdropped
     order by a.attnum`,
    [qualified],
  )
  const checks = await rows<{ column: string; expr: string; domain: boolean }>(
    db,
    `select a.attname as column, pg_get_expr(c.conbin, c.conrelid) as expr, false as domain
     from pg_catalog.pg_constraint c
     join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.conrelid = to_regclass($1) and c.contype = 'c' and cardinality(c.conkey) = 1
     union all
     select a.attname, pg_get_constraintdef(c.oid), true
     from pg_catalog.pg_attribute a join pg_catalog.pg_constraint c on c.contypid = a.atttypid and c.contype = 'c'
     where a.attrelid = to_regclass($1) and a.attnum > 0 and not a.attisdropped`,
    [qualified],
  )
  const foreignKeys = await rows<ForeignKey>(
    db,
    `select c.conname as name,
            (select json_agg(a.attname order by k.i) from unnest(c.conkey) with ordinality k(attnum, i)
               join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) as columns,
            n.nspname || '.' || r.relname as "references",
            (select json_agg(a.attname order by k.i) from unnest(c.confkey) with ordinality k(attnum, i)
               join pg_catalog.pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum) as "refColumns",
            (select json_agg(format_type(a.atttypid, null) order by k.i) from unnest(c.confkey) with ordinality k(attnum, i)
               join pg_catalog.pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum) as "refTypes"
     from pg_catalog.pg_constraint c
     join pg_catalog.pg_class r on r.oid = c.confrelid
     join pg_catalog.pg_namespace n on n.oid = r.relnamespace
     where c.conrelid = to_regclass($1) and c.contype = 'f'
     order by c.conname`,
    [qualified],
  )
  const byColumn = new Map<string, string[]>()
  const domainByColumn = new Map<string, string[]>()
  for (const check of checks) {
    const map = check.domain ? domainByColumn : byColumn
    map.set(check.column, [...(map.get(check.column) ?? []), check.expr])
  }
  return {
    exists: found?.exists === true,
    attached: found?.attached === true,
    standard: standard.map((s) => s.name),
    columns,
    checks: byColumn,
    domainChecks: domainByColumn,
    foreignKeys,
  }
}

// One catalog read per table and engine, shared by the tests of a module.
const catalogs = new WeakMap<SqlSession, Map<string, Promise<TableCatalog>>>()

function tableCatalog(db: SqlSession, table: string): Promise<TableCatalog> {
  let byTable = catalogs.get(db)
  if (!byTable) catalogs.set(db, (byTable = new Map()))
  let catalog = byTable.get(table)
  if (!catalog) byTable.set(table, (catalog = readTableCatalog(db, table)))
  return catalog
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`
const list = (values: Iterable<string>) => [...values].map((v) => `'${v}'`).join(', ')

/**
 * Whether the column's checks accept `value` (for a multi select, a one-element array of it), by evaluating their
 * parsed expressions, as deparsed by pg_get_expr, over a row holding it. The cast to the column's declared type runs
 * its domain's checks and length too. A CHECK passes unless false, as in a table.
 */
async function accepts(db: SqlSession, column: Column, checks: readonly string[], value: string): Promise<boolean> {
  const probe = column.type.endsWith('[]') ? `array[$1]::${column.declaredType}` : `$1::${column.declaredType}`
  const condition = checks.map((expr) => `(${expr})`).join(' and ') || 'true'
  try {
    const [row] = await rows<{ ok: boolean }>(
      db,
      `select (${condition}) is not false as ok from (select ${probe} as ${quoteIdent(column.name)}) as probe`,
      [value],
    )
    return row?.ok === true
  } catch (error) {
    // check_violation (a domain's check), string_data_right_truncation (too long for varchar(n)).
    if (sqlState(error) === '23514' || sqlState(error) === '22001') return false
    throw error
  }
}

/** The string literals of a deparsed expression: the candidates for the values a CHECK lists. */
function literals(expr: string): string[] {
  return [...expr.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replaceAll("''", "'"))
}

/** The foreign keys that make `column` a reference: on it, alone or with standard columns ((workspace_id, x)). */
function foreignKeysOf(catalog: TableCatalog, column: string): ForeignKey[] {
  return catalog.foreignKeys.filter(
    (fk) => fk.columns.includes(column) && fk.columns.every((c) => c === column || catalog.standard.includes(c)),
  )
}

function referencedKey(fk: ForeignKey, column: string): { column: string; type: string } {
  const i = fk.columns.indexOf(column)
  return { column: fk.refColumns[i]!, type: fk.refTypes[i]! }
}

type Check = (module: ModuleDefinition, catalog: TableCatalog, db: SqlSession) => Promise<string[]> | string[]

const columnFields = (module: ModuleDefinition) => module.fields.filter((f) => f.source === 'column')
const columnOf = (catalog: TableCatalog, field: FieldDefinition) => catalog.columns.find((c) => c.name === field.key)
const isReference = (field: FieldDefinition) => field.type === 'relation' || field.type === 'person'
/** How a failure names what drifted: module and field, then the column. */
const where = (module: ModuleDefinition, field: FieldDefinition) =>
  `${module.key}.${field.key} (public.${module.table}.${field.key})`

const checkColumns: Check = (module, catalog) => {
  const { table } = module
  const names = new Set(catalog.columns.map((c) => c.name))
  const described = new Set(columnFields(module).map((f) => f.key))
  return [
    ...catalog.standard
      .filter((c) => !names.has(c))
      .map((c) => `${module.key}: public.${table} lacks the standard column ${c}; create it (like private.module_row including all, ...)`),
    ...(catalog.attached
      ? []
      : [`${module.key}: public.${table} is not attached; its migration must select private.attach_module_table('public.${table}')`]),
    ...columnFields(module)
      .filter((f) => !names.has(f.key))
      .map((f) => `${where(module, f)}: the field has source 'column' but public.${table} has no column ${f.key}`),
    ...catalog.columns
      .filter((c) => !catalog.standard.includes(c.name) && !described.has(c.name))
      .map((c) => `${module.key}: public.${table}.${c.name} (${c.type}) is described by no field of the module's definition`),
  ]
}

const checkTypes: Check = (module, catalog) =>
  columnFields(module).flatMap((field) => {
    const column = columnOf(catalog, field)
    if (!column) return []
    const allowed = columnTypes[field.type]
    if (allowed === undefined) {
      return [`${where(module, field)}: field type '${field.type}' has no entry in columnTypes (moduleCatalogContract.ts)`]
    }
    const types =
      allowed === 'referenced key'
        ? foreignKeysOf(catalog, column.name).map((fk) => referencedKey(fk, column.name).type)
        : allowed
    // A relation without a foreign key has no referenced type; checkForeignKeys reports it.
    if (types.length === 0 || types.includes(column.type)) return []
    return [`${where(module, field)}: a ${field.type} field cannot live in a ${column.type} column (expected ${types.join(' or ')})`]
  })

// `required: true` exactly when the column is NOT NULL, default or not. To the app, required means "never empty":
// editors drop the empty choice and boards the "No <field>" column. A NOT NULL column is never empty, with a default
// or without, so a not-required field over it would offer a value the database refuses and an always-empty group.
// Nothing in the app reads required as "must be typed when creating", which is the only sense in which a column with
// a default could be optional. A required field over a nullable column lets rows without a value reach a field
// promising there are none.
const checkNullability: Check = (module, catalog) =>
  columnFields(module).flatMap((field) => {
    const column = columnOf(catalog, field)
    if (!column || field.required === column.notNull) return []
    const is = column.notNull ? `NOT NULL${column.hasDefault ? ' (with a default)' : ''}` : 'nullable'
    const fix = column.notNull ? 'set required: true' : 'set required: false, or make the column NOT NULL in a migration'
    return [`${where(module, field)}: required is ${field.required} but the column is ${is}; ${fix}`]
  })

// A select column must have a CHECK listing its values, and they must be the field's options exactly: the database
// must refuse a value the UI does not know, and the UI must offer every value the database holds.
const checkSelectOptions: Check = async (module, catalog, db) => {
  const failures: string[] = []
  for (const field of columnFields(module).filter((f) => selectTypes.has(f.type))) {
    const column = columnOf(catalog, field)
    if (!column) continue
    const options = ((field.config as { options?: readonly { value: string }[] }).options ?? []).map((o) => o.value)
    const fix = `check (${field.key} in (${list(options)}))`
    const checks = catalog.checks.get(column.name) ?? []
    const domainChecks = catalog.domainChecks.get(column.name) ?? []
    if (checks.length === 0 && domainChecks.length === 0) {
      failures.push(`${where(module, field)}: the column has no CHECK listing its values; add ${fix}`)
      continue
    }
    const candidates = [...new Set([...checks, ...domainChecks].flatMap(literals))]
    const strays: string[] = []
    for (const value of unlistedValues(options).filter((v) => !candidates.includes(v))) {
      if (await accepts(db, column, checks, value)) strays.push(value)
    }
    if (strays.length > 0) {
      failures.push(`${where(module, field)}: the column's CHECK accepts values outside a list (${list(strays)}); make it ${fix}`)
      continue
    }
    const allowed: string[] = []
    for (const value of candidates) if (await accepts(db, column, checks, value)) allowed.push(value)
    const refused: string[] = []
    for (const value of options) if (!(await accepts(db, column, checks, value))) refused.push(value)
    const unoffered = allowed.filter((v) => !options.includes(v))
    if (refused.length > 0) {
      failures.push(`${where(module, field)}: option(s) ${list(refused)} are refused by the column's CHECK`)
    }
    if (unoffered.length > 0) {
      failures.push(`${where(module, field)}: the column's CHECK allows ${list(unoffered)}, which no option offers`)
    }
  }
  return failures
}

// A relation or person field is a foreign key, and every foreign key of a domain column is such a field. Those of
// the standard columns (workspace_id, created_by, updated_by) are attach_module_table's.
const checkForeignKeys: Check = (module, catalog) => {
  const failures: string[] = []
  const references = columnFields(module).filter(isReference)
  for (const field of references.filter((f) => columnOf(catalog, f) !== undefined)) {
    const targets = foreignKeysOf(catalog, field.key).map((fk) => ({
      table: fk.references,
      key: referencedKey(fk, field.key).column,
    }))
    const found = `found ${targets.map((t) => `${t.table}(${t.key})`).join(', ') || 'none'}`
    if (field.type === 'person') {
      if (!targets.some((t) => personTables.has(t.table) && t.key === 'id')) {
        failures.push(`${where(module, field)}: a person field needs a foreign key to public.profiles(id) or auth.users(id); ${found}`)
      }
      continue
    }
    const key = (field.config as { module?: string }).module ?? ''
    const target = findModule(key)
    if (!target) {
      failures.push(`${where(module, field)}: config.module '${key}' is not a module of src/modules/registry.ts`)
    } else if (!targets.some((t) => t.table === `public.${target.table}` && t.key === 'id')) {
      failures.push(`${where(module, field)}: a relation to ${target.key} needs a foreign key to public.${target.table}(id); ${found}`)
    }
  }
  const described = new Set(references.map((f) => f.key))
  for (const fk of catalog.foreignKeys) {
    for (const column of fk.columns.filter((c) => !catalog.standard.includes(c) && !described.has(c))) {
      failures.push(
        `${module.key}: public.${module.table}.${column} references ${fk.references} (${fk.name}) ` +
          'but is described by no relation or person field',
      )
    }
  }
  return failures
}

// A module with conflictChecks is judged by the database too: its table has the refuse_blocking_conflicts trigger, and
// every field the app asks the engine about is a column whose change fires it (else the server would let a write
// through that the app refuses, or the reverse). A module without conflictChecks has no such trigger.
const checkConflictTrigger: Check = async (module, _catalog, db) => {
  const [trigger] = await rows<{ columns: string[] | null }>(
    db,
    `select array(select a.attname::text from pg_catalog.unnest(t.tgattr) as k (attnum)
                  join pg_catalog.pg_attribute a on a.attrelid = t.tgrelid and a.attnum = k.attnum) as columns
     from pg_catalog.pg_trigger t where t.tgrelid = $1::regclass and t.tgname = 'refuse_blocking_conflicts'`,
    [`public.${module.table}`],
  )
  if (!module.conflictChecks) {
    return trigger ? [`${module.key}: public.${module.table} refuses scheduling conflicts, but its definition has no conflictChecks`] : []
  }
  if (!trigger) return [`${module.key}: conflictChecks is set, but public.${module.table} has no refuse_blocking_conflicts trigger`]
  return module.conflictChecks.fields
    .filter((key) => !(trigger.columns ?? []).includes(key))
    .map((key) => `${module.key}: conflictChecks field ${key} is not a column the refuse_blocking_conflicts trigger fires on`)
}

const checks: readonly [string, Check][] = [
  ['has a column for each column field, and a field for each domain column', checkColumns],
  ['stores each field in a column of a Postgres type its field type can hold', checkTypes],
  ['marks a field required exactly when its column is NOT NULL', checkNullability],
  ['offers as options exactly the values the CHECK of each select column allows', checkSelectOptions],
  ['links relation and person fields by foreign keys, and describes each domain foreign key by one', checkForeignKeys],
  ['is judged by the conflict engine on write exactly when its definition has conflictChecks', checkConflictTrigger],
]

/**
 * Each registered ModuleDefinition against its table in a migrated database, one test per check and module. A test
 * fails with every drift it found, each naming module, field and column. Shared by the PGlite and PostgreSQL 15 suites.
 */
export function describeModuleCatalogContract(getDb: () => SqlSession): void {
  describe('module definitions against the catalog', () => {
    it('knows the Postgres types of every registered field type', () => {
      expect(Object.keys(fieldTypes).filter((id) => columnTypes[id] === undefined)).toEqual([])
    })

    for (const module of moduleRegistry) {
      describe(`${module.key} (public.${module.table})`, () => {
        for (const [name, check] of checks) {
          it(name, async () => {
            const db = getDb()
            const catalog = await tableCatalog(db, module.table)
            const failures = catalog.exists
              ? await check(module, catalog, db)
              : [`${module.key}: there is no table public.${module.table}; did its migration run?`]
            expect(failures).toEqual([])
          })
        }
      })
    }
  })
}
