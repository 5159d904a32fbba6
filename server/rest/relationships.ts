import { RestError } from './errors'
import { closest } from './fuzzy'
import type { Table } from './schemaCache'

// Relationships for resource embedding, derived like PostgREST's schema cache: many-to-one / one-to-one
// from foreign keys, the same through simple views, many-to-many through junction tables whose primary
// key covers both foreign keys, and the inverse one-to-many of each. `findRelationship` resolves
// `select=target!hint(...)` from an origin, with PostgREST's disambiguation rules.

export type Cardinality = 'M2O' | 'O2M' | 'O2O' | 'M2M'

export interface Junction {
  table: Table
  constraint1: string
  constraint2: string
  /** (origin column, junction column) */
  sourceColumns: Array<[string, string]>
  /** (target column, junction column) */
  targetColumns: Array<[string, string]>
}

export interface Relationship {
  table: Table
  foreignTable: Table
  isSelf: boolean
  cardinality: Cardinality
  constraint: string
  /** (origin column, target column); empty for M2M. */
  columns: Array<[string, string]>
  junction?: Junction
}

export interface ForeignKeyRow {
  table: number
  foreignTable: number
  constraint: string
  columns: Array<[string, string]>
  oneToOne: boolean
}

export interface ViewSourceRow {
  view: number
  table: number
  columns: string[]
}

export const isToOne = (rel: Relationship): boolean => rel.cardinality === 'M2O' || rel.cardinality === 'O2O'

const relKey = (t: Table): string => `${t.schema}.${t.name}`

/** View columns that expose a base table column under the same name. */
function viewColumnMap(view: Table, source: ViewSourceRow): Map<string, string> {
  const map = new Map<string, string>()
  for (const col of source.columns) if (view.columns.has(col)) map.set(col, col)
  return map
}

export function buildRelationships(
  byOid: Map<number, Table>,
  fks: ForeignKeyRow[],
  viewSources: ViewSourceRow[],
): Map<string, Relationship[]> {
  const viewsOf = new Map<number, Array<{ view: Table; cols: Map<string, string> }>>()
  for (const src of viewSources) {
    const view = byOid.get(src.view)
    const base = byOid.get(src.table)
    if (!view || !base) continue
    const cols = viewColumnMap(view, src)
    if (base.pk.length > 0 && base.pk.every((c) => cols.has(c))) view.pk = [...base.pk]
    viewsOf.set(src.table, [...(viewsOf.get(src.table) ?? []), { view, cols }])
  }

  const rels: Relationship[] = []
  for (const fk of fks) {
    const table = byOid.get(fk.table)
    const foreignTable = byOid.get(fk.foreignTable)
    if (!table || !foreignTable) continue
    const cardinality: Cardinality = fk.oneToOne ? 'O2O' : 'M2O'
    const base = { cardinality, constraint: fk.constraint }
    rels.push({ ...base, table, foreignTable, isSelf: fk.table === fk.foreignTable, columns: fk.columns })
    const covers = (cols: Map<string, string>, names: string[]) => names.every((n) => cols.has(n))
    const srcViews = (viewsOf.get(fk.table) ?? []).filter((v) => covers(v.cols, fk.columns.map((c) => c[0])))
    const dstViews = (viewsOf.get(fk.foreignTable) ?? []).filter((v) => covers(v.cols, fk.columns.map((c) => c[1])))
    for (const v of srcViews) rels.push({ ...base, table: v.view, foreignTable, isSelf: false, columns: fk.columns })
    for (const w of dstViews) rels.push({ ...base, table, foreignTable: w.view, isSelf: false, columns: fk.columns })
    for (const v of srcViews) {
      for (const w of dstViews) {
        rels.push({ ...base, table: v.view, foreignTable: w.view, isSelf: v.view === w.view, columns: fk.columns })
      }
    }
  }

  // Many-to-many: a junction table with two foreign keys whose columns are all in its primary key.
  const m2m: Relationship[] = []
  for (const r1 of rels) {
    if (r1.cardinality !== 'M2O' && r1.cardinality !== 'O2O') continue
    for (const r2 of rels) {
      if (r2.table !== r1.table || r2.constraint === r1.constraint) continue
      if (r2.cardinality !== 'M2O' && r2.cardinality !== 'O2O') continue
      const jt = r1.table
      const cols = [...r1.columns.map((c) => c[0]), ...r2.columns.map((c) => c[0])]
      if (!cols.every((c) => jt.pk.includes(c))) continue
      m2m.push({
        table: r1.foreignTable,
        foreignTable: r2.foreignTable,
        isSelf: r1.foreignTable === r2.foreignTable,
        cardinality: 'M2M',
        constraint: jt.name,
        columns: [],
        junction: {
          table: jt,
          constraint1: r1.constraint,
          constraint2: r2.constraint,
          sourceColumns: r1.columns.map(([jc, c]) => [c, jc]),
          targetColumns: r2.columns.map(([jc, c]) => [c, jc]),
        },
      })
    }
  }

  const all = [...rels, ...m2m]
  for (const r of rels) {
    all.push({
      table: r.foreignTable,
      foreignTable: r.table,
      isSelf: r.isSelf,
      cardinality: r.cardinality === 'M2O' ? 'O2M' : 'O2O',
      constraint: r.constraint,
      columns: r.columns.map(([a, b]) => [b, a]),
    })
  }
  const byOrigin = new Map<string, Relationship[]>()
  for (const r of all) byOrigin.set(relKey(r.table), [...(byOrigin.get(relKey(r.table)) ?? []), r])
  return byOrigin
}

const singleCol = (r: Relationship): [string, string] | undefined =>
  r.cardinality !== 'M2M' && r.columns.length === 1 ? r.columns[0] : undefined

function matches(r: Relationship, target: string, hint: string | undefined): boolean {
  const col = singleCol(r)
  if (r.isSelf) {
    if (hint === undefined) {
      return (target === r.foreignTable.name && r.cardinality === 'O2M') || (col?.[0] === target && r.cardinality === 'M2O')
    }
    return target === r.foreignTable.name && r.cardinality === 'O2M' && col?.[1] === hint
  }
  if (hint === undefined) {
    return (
      target === r.foreignTable.name ||
      (!r.foreignTable.isView && r.cardinality !== 'M2M' && r.constraint === target) ||
      (!r.foreignTable.isView && col?.[0] === target)
    )
  }
  return (
    target === r.foreignTable.name &&
    ((r.cardinality !== 'M2M' && r.constraint === hint) ||
      col?.[0] === hint ||
      col?.[1] === hint ||
      (r.cardinality === 'M2M' && r.junction?.table.name === hint))
  )
}

function describe(r: Relationship): Record<string, string> {
  const cols = (xs: string[]) => `(${xs.join(', ')})`
  const names: Record<Cardinality, string> = {
    M2O: 'many-to-one',
    O2M: 'one-to-many',
    O2O: 'one-to-one',
    M2M: 'many-to-many',
  }
  const relationship =
    r.cardinality === 'M2M' && r.junction
      ? `${r.junction.table.name} using ${r.junction.constraint1}${cols(r.junction.sourceColumns.map((c) => c[1]))} and ${r.junction.constraint2}${cols(r.junction.targetColumns.map((c) => c[1]))}`
      : `${r.constraint} using ${r.table.name}${cols(r.columns.map((c) => c[0]))} and ${r.foreignTable.name}${cols(r.columns.map((c) => c[1]))}`
  return { embedding: `${r.table.name} with ${r.foreignTable.name}`, cardinality: names[r.cardinality], relationship }
}

export function findRelationship(
  all: Map<string, Relationship[]>,
  schema: string,
  origin: string,
  target: string,
  hint: string | undefined,
): Relationship {
  const candidates = all.get(`${schema}.${origin}`) ?? []
  const found = candidates.filter((r) => matches(r, target, hint))
  if (found.length === 1) return found[0] as Relationship
  if (found.length === 0) {
    const origins = [...all.keys()].filter((k) => k.startsWith(`${schema}.`)).map((k) => k.slice(schema.length + 1))
    const suggestion =
      candidates.length === 0
        ? closest(origin, origins, 0.33).map((p) => `Perhaps you meant '${p}' instead of '${origin}'.`)
        : closest(target, [...new Set(candidates.map((r) => r.foreignTable.name))], 0.33, true).map(
            (c) => `Perhaps you meant '${c}' instead of '${target}'.`,
          )
    throw new RestError(
      400,
      'PGRST200',
      `Could not find a relationship between '${origin}' and '${target}' in the schema cache`,
      `Searched for a foreign key relationship between '${origin}' and '${target}${hint === undefined ? '' : `' using the hint '${hint}`}' in the schema '${schema}', but no matches were found.`,
      suggestion[0] ?? null,
    )
  }
  const hints = found
    .map((r) => `'${r.foreignTable.name}!${r.cardinality === 'M2M' ? r.junction?.table.name : r.constraint}'`)
    .join(', ')
  throw new RestError(
    300,
    'PGRST201',
    `Could not embed because more than one relationship was found for '${origin}' and '${target}'`,
    found.map(describe),
    `Try changing '${target}' to one of the following: ${hints}. Find the desired relationship in the 'details' key.`,
  )
}
