import { aggregatesNotAllowed, notEmbedded, notImplemented, RestError, undefinedColumn, undefinedType } from './errors'
import { findRelationship, isToOne, type Relationship } from './relationships'
import { ALL_ROWS, restrictRange } from './range'
import type { Column, SchemaCache } from './schemaCache'
import { ident } from './sqlFragments'
import type { Field, LogicTree, OrderTerm, QueryParams, Range, SelectFieldItem, SelectItem } from './types'

// The read plan (Plan.hs `readPlan`): one node per embedded resource, each with its validated select
// list, filters, order and range, the relationship to its parent, and the SQL names used to reference it.

export interface ReadNode {
  /** Name used in `select` (table name, constraint or column for disambiguation) and its alias. */
  relName: string
  relAlias?: string
  hint?: string
  joinType?: 'inner' | 'left'
  spread: boolean
  /** Name of the relation whose relationships this node can embed (table/view name, or the RPC's table). */
  originName?: string
  /** Columns to validate names against; undefined when unknown (functions returning `record`). */
  columns?: Map<string, Column>
  /** `FROM` target and optional alias, and the qualifier for this node's columns in SQL. */
  from: string
  fromAlias?: string
  ref: string
  /** Relation name Postgres would show in "column x.y does not exist". */
  errName: string
  rel?: Relationship
  aggAlias: string
  select: SelectFieldItem[]
  where: LogicTree[]
  order: OrderTerm[]
  range: Range
  children: ReadNode[]
  depth: number
}

export interface RootSpec {
  schema: string
  /** Relation name for relationship lookups and messages. */
  name: string
  columns?: Map<string, Column>
  /** True when the root reads the `pgrst_source` CTE (mutations and RPC) rather than the table. */
  fromSource: boolean
  /** Mutations apply root filters in the mutation itself, and ignore ranges. */
  isMutation: boolean
}

function checkAggregates(items: SelectItem[]): void {
  for (const it of items) {
    if (it.kind === 'field' && it.aggregate) throw aggregatesNotAllowed()
    if (it.kind === 'relation') checkAggregates(it.children)
  }
}

function buildNode(items: SelectItem[], node: ReadNode): ReadNode {
  for (const it of items) {
    if (it.kind === 'field') {
      node.select.push(it)
      continue
    }
    const child: ReadNode = {
      relName: it.name,
      spread: it.spread,
      from: '',
      ref: '',
      errName: it.name,
      aggAlias: '',
      select: [],
      where: [],
      order: [],
      range: ALL_ROWS,
      children: [],
      depth: node.depth + 1,
    }
    if (it.alias !== undefined) child.relAlias = it.alias
    if (it.hint !== undefined) child.hint = it.hint
    if (it.joinType !== undefined) child.joinType = it.joinType
    node.children.push(buildNode(it.children, child))
  }
  return node
}

/** Finds the node for an embed path; names match the alias or, as PostgREST's legacy rule allows, the name. */
function findNode(root: ReadNode, path: string[]): ReadNode {
  let node = root
  for (const name of path) {
    const next =
      node.children.find((c) => (c.relAlias ?? c.relName) === name) ?? node.children.find((c) => c.relName === name)
    if (!next) throw notEmbedded(name)
    node = next
  }
  return node
}

function resolveRelationships(cache: SchemaCache, schema: string, node: ReadNode): void {
  for (const child of node.children) {
    if (node.originName === undefined) {
      throw new RestError(
        400,
        'PGRST200',
        `Could not find a relationship between '${node.relName}' and '${child.relName}' in the schema cache`,
        null,
      )
    }
    const rel = findRelationship(cache.relationships, schema, node.originName, child.relName, child.hint)
    const target = rel.foreignTable
    child.rel = rel
    child.originName = target.name
    child.columns = target.readColumns
    child.aggAlias = `${rel.table.name}_${child.relAlias ?? child.relName}_${child.depth}`
    child.from = `${ident(target.schema)}.${ident(target.name)}`
    if (rel.cardinality === 'M2M') {
      child.ref = child.from
      child.errName = target.name
    } else {
      child.fromAlias = `${target.name}_${child.depth}`
      child.ref = ident(child.fromAlias)
      child.errName = child.fromAlias
    }
    resolveRelationships(cache, schema, child)
  }
}

function checkField(node: ReadNode, f: Field): void {
  if (f.name !== '*' && node.columns && !node.columns.has(f.name)) throw undefinedColumn(node.errName, f.name)
}

function checkCast(cache: SchemaCache, cast: string | undefined): void {
  if (cast !== undefined && !cache.typeNames.has(cast.toLowerCase().replace(/\s+/g, ' '))) throw undefinedType(cast)
}

function validateTree(cache: SchemaCache, node: ReadNode, tree: LogicTree): void {
  if (tree.kind === 'expr') tree.children.forEach((t) => validateTree(cache, node, t))
  else if (!isNullEmbedFilter(node, tree)) checkField(node, tree.filter.field)
}

/** `embed=is.null` / `embed=not.is.null` on an embedded resource filters the parent by the embed's presence. */
export function nullEmbedTarget(node: ReadNode, tree: LogicTree): ReadNode | undefined {
  if (tree.kind !== 'filter') return undefined
  const { field, expr } = tree.filter
  if (field.jsonPath.length || expr.operation.kind !== 'is' || expr.operation.value !== 'null') return undefined
  return node.children.find((c) => (c.relAlias ?? c.relName) === field.name)
}

const isNullEmbedFilter = (node: ReadNode, tree: LogicTree): boolean => nullEmbedTarget(node, tree) !== undefined

function validateNode(cache: SchemaCache, node: ReadNode): void {
  for (const s of node.select) {
    checkField(node, s.field)
    checkCast(cache, s.cast)
  }
  for (const w of node.where) validateTree(cache, node, w)
  for (const o of node.order) {
    if (o.relation === undefined) {
      checkField(node, o.field)
      continue
    }
    const target = node.children.find((c) => (c.relAlias ?? c.relName) === o.relation)
    if (!target) throw notEmbedded(o.relation)
    if (!target.rel || !isToOne(target.rel)) {
      throw new RestError(
        400,
        'PGRST118',
        `A related order on '${target.relAlias ?? target.relName}' is not possible`,
        `'${node.originName ?? node.relName}' and '${target.relName}' do not form a many-to-one or one-to-one relationship`,
      )
    }
    checkField(target, o.field)
  }
  for (const c of node.children) {
    if (c.spread && c.rel && !isToOne(c.rel)) {
      throw notImplemented('Spreading a to-many relationship is not supported by this server')
    }
    validateNode(cache, c)
  }
}

function restrictAll(node: ReadNode, maxRows: number | undefined): void {
  node.range = restrictRange(node.range, maxRows)
  node.children.forEach((c) => restrictAll(c, maxRows))
}

export function buildReadPlan(
  cache: SchemaCache,
  root: RootSpec,
  qp: QueryParams,
  topRange: Range,
  maxRows: number | undefined,
): ReadNode {
  checkAggregates(qp.select)
  const qualifiedName = `${ident(root.schema)}.${ident(root.name)}`
  const node: ReadNode = {
    relName: root.name,
    originName: root.name,
    spread: false,
    from: root.fromSource ? 'pgrst_source' : qualifiedName,
    ref: root.fromSource ? ident(root.name) : qualifiedName,
    errName: root.name,
    aggAlias: '',
    select: [],
    where: [],
    order: [],
    range: ALL_ROWS,
    children: [],
    depth: 0,
  }
  if (root.fromSource) node.fromAlias = root.name
  if (root.columns) node.columns = root.columns
  buildNode(qp.select, node)

  for (const { path, filter } of qp.filters) {
    if (root.isMutation && path.length === 0) continue
    findNode(node, path).where.push({ kind: 'filter', filter })
  }
  for (const { path, tree } of qp.logic) {
    if (root.isMutation && path.length === 0) continue
    findNode(node, path).where.push(tree)
  }
  for (const { path, terms } of qp.order) findNode(node, path).order = terms
  if (!root.isMutation) {
    for (const [key, range] of qp.ranges) {
      if (key !== '') findNode(node, key.split('.')).range = range
    }
    node.range = topRange
  }
  resolveRelationships(cache, root.schema, node)
  validateNode(cache, node)
  if (!root.isMutation) restrictAll(node, maxRows)
  return node
}

/** Columns the mutation must return so the response's select and embeds work (Plan.hs `inferColsEmbedNeeds`). */
export function returningColumns(node: ReadNode, pk: string[]): string[] | '*' {
  const names = new Set<string>()
  for (const s of node.select) {
    if (s.field.name === '*') return '*'
    names.add(s.field.name)
  }
  if (node.select.length === 0 && node.children.length === 0) return '*'
  for (const c of node.children) {
    const rel = c.rel
    if (!rel) continue
    if (rel.cardinality === 'M2M') rel.junction?.sourceColumns.forEach(([col]) => names.add(col))
    else rel.columns.forEach(([col]) => names.add(col))
  }
  pk.forEach((c) => names.add(c))
  return [...names]
}
