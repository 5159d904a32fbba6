import { compareNames } from './compareNames.ts'
import type { CatalogFunction, CatalogFunctionArg, DatabaseCatalog } from './databaseCatalog.ts'
import { nullable, pgTypeToTsType } from './pgTypeToTsType.ts'
import { rowType } from './rowType.ts'
import {
  arrayOf,
  intersection,
  member,
  objectType,
  propertyKey,
  stringLiteral,
  text,
  union,
  type TypeMember,
  type TypeNode,
} from './typeLayout.ts'

// PostgREST passes a request body whole to a function's single unnamed argument of these types.
const unnamedArgTypes = new Set(['json', 'jsonb', 'text'])
const inputModes = new Set(['in', 'inout', 'variadic'])

export interface Callable {
  fn: CatalogFunction
  /** The arguments a caller passes, by name. */
  inArgs: CatalogFunctionArg[]
}

/**
 * The functions of `schema` PostgREST can call, as the Supabase CLI picks them: trigger functions are left out, and
 * so are functions with unnamed arguments, unless those all have defaults and are json/jsonb/text, or the function
 * takes one unnamed json/jsonb/text or row-type argument. Arguments sorted by name; overloads in a stable order.
 */
export function callableFunctions(catalog: DatabaseCatalog, schema: string): Callable[] {
  return catalog.functions
    .filter((fn) => fn.schema === schema && fn.returnType !== 'trigger' && fn.returnType !== 'event_trigger')
    .map((fn) => {
      const sorted = { ...fn, args: [...fn.args].sort((a, b) => compareNames(a.name, b.name)) }
      return { fn: sorted, inArgs: sorted.args.filter((a) => inputModes.has(a.mode)) }
    })
    .filter(({ inArgs }) => {
      if (inArgs.every((a) => a.name !== '' || (a.hasDefault && unnamedArgTypes.has(a.type)))) return true
      const [only] = inArgs
      return inArgs.length === 1 && only!.name === '' && (unnamedArgTypes.has(only!.type) || only!.rowTypeOf !== null)
    })
    .sort(
      (a, b) =>
        compareNames(a.fn.name, b.fn.name) ||
        compareNames(a.fn.argumentTypes, b.fn.argumentTypes) ||
        compareNames(a.fn.result, b.fn.result),
    )
}

/** The `Functions` entries: one per name, a union of signatures for overloads. */
export function functionMembers(catalog: DatabaseCatalog, schema: string): TypeMember[] {
  const byName = new Map<string, Callable[]>()
  for (const callable of callableFunctions(catalog, schema)) {
    byName.set(callable.fn.name, [...(byName.get(callable.fn.name) ?? []), callable])
  }
  return [...byName].map(([name, overloads]) =>
    member(propertyKey(name), union(overloads.map((o) => signature(catalog, schema, overloads, o)))),
  )
}

/**
 * Functions taking one row of `table` (`select=*,fn`), listed after the columns as PostgREST's computed columns,
 * nullable because an embedded call can yield nothing.
 */
export function computedColumnMembers(catalog: DatabaseCatalog, schema: string, table: string): TypeMember[] {
  return callableFunctions(catalog, schema)
    .filter(({ fn }) => fn.argumentTypes === table)
    .map(({ fn }) => member(propertyKey(fn.name), nullable(returnType(catalog, schema, fn), true)))
}

function signature(catalog: DatabaseCatalog, schema: string, overloads: Callable[], callable: Callable): TypeNode {
  const { fn, inArgs } = callable
  const args =
    inArgs.length === 0
      ? text('never')
      : objectType(
          inArgs.map((a) =>
            member(propertyKey(a.name), pgTypeToTsType(catalog, schema, a.type), { optional: a.hasDefault }),
          ),
        )
  const error = conflictError(schema, overloads, callable) ?? rowArgumentError(schema, callable)
  const returns = error === null ? returnType(catalog, schema, fn) : errorType(error)
  const returnsTable = fn.returnRelation?.name ?? null
  const manyRows = fn.rows !== null && fn.rows > 1
  // `rows 1` collapses the array only when SetofOptions tells postgrest-js to restore it for a direct call.
  const collapses = !manyRows && returnsTable !== null
  const members = [
    member('Args', args),
    member('Returns', fn.returnsSet && !collapses ? arrayOf(returns) : returns),
  ]
  const setof = setofOptions(fn, returnsTable, manyRows)
  if (setof) members.push(member('SetofOptions', setof))
  return objectType(members)
}

/**
 * What postgrest-js needs to type `select()` after `rpc()` and embedded function calls: the relation the rows come
 * from (`*` for a direct call, the row type's relation for a function of one row) and whether one row comes back.
 */
function setofOptions(fn: CatalogFunction, returnsTable: string | null, manyRows: boolean): TypeNode | null {
  if (returnsTable === null) return null
  const options = (from: string, isOneToOne: boolean, isSetofReturn: boolean) =>
    objectType(
      [
        member('from', stringLiteral(from)),
        member('to', stringLiteral(returnsTable)),
        member('isOneToOne', text(String(isOneToOne))),
        member('isSetofReturn', text(String(isSetofReturn))),
      ],
      true,
    )
  const [only] = fn.args
  if (fn.args.length === 1 && only!.rowTypeOf !== null) {
    return fn.returnsSet ? options(only!.rowTypeOf, !manyRows, true) : options(only!.rowTypeOf, true, false)
  }
  return options('*', !manyRows, fn.returnsSet)
}

/** The row shape a function returns: its TABLE columns, a row of a relation of the schema, or a plain type. */
function returnType(catalog: DatabaseCatalog, schema: string, fn: CatalogFunction): TypeNode {
  const tableColumns = fn.args.filter((a) => a.mode === 'table')
  if (tableColumns.length > 0) {
    return objectType(
      tableColumns.map((a) => member(propertyKey(a.name), pgTypeToTsType(catalog, schema, a.type))),
      true,
    )
  }
  const returned = fn.returnRelation
  const relation =
    returned && returned.schema === schema
      ? catalog.relations.find((r) => r.schema === schema && r.name === returned.name)
      : undefined
  return relation ? rowType(catalog, relation) : pgTypeToTsType(catalog, schema, fn.returnType)
}

function errorType(message: string): TypeNode {
  return intersection([objectType([member('error', text('true'))]), stringLiteral(message)])
}

/** Overloads PostgREST cannot tell apart from the arguments of a call, as the CLI reports them. */
function conflictError(schema: string, overloads: Callable[], { fn, inArgs }: Callable): string | null {
  if (overloads.length <= 1) return null
  const advice = 'Try renaming the parameters or the function itself in the database so function overloading can be resolved'
  if (inArgs.length === 0) {
    const other = overloads.find(
      (o) => o.fn !== fn && o.inArgs.length === 1 && o.inArgs[0]!.name === '' && o.inArgs[0]!.hasDefault,
    )
    if (other) {
      return `Could not choose the best candidate function between: ${schema}.${fn.name}(), ${schema}.${fn.name}( => ${other.fn.returnType}). ${advice}`
    }
  }
  const [only] = inArgs
  if (inArgs.length === 1 && only!.name !== '') {
    const others = overloads.filter(
      (o) => o.fn !== fn && o.inArgs.length === 1 && o.inArgs[0]!.name === only!.name && o.inArgs[0]!.type !== only!.type,
    )
    if (others.length > 0) {
      const candidates = [{ fn, inArgs }, ...others]
        .sort((a, b) => compareNames(a.inArgs[0]!.type, b.inArgs[0]!.type))
        .map((o) => `${schema}.${fn.name}(${o.inArgs.map((a) => `${a.name} => ${a.type}`).join(', ')})`)
      return `Could not choose the best candidate function between: ${candidates.join(', ')}. ${advice}`
    }
  }
  return null
}

/** A function of one unnamed row argument that returns no relation cannot be embedded or called by PostgREST. */
function rowArgumentError(schema: string, { fn, inArgs }: Callable): string | null {
  const [only] = inArgs
  if (inArgs.length !== 1 || only!.name !== '' || only!.rowTypeOf === null || fn.returnRelation !== null) return null
  return `the function ${schema}.${fn.name} with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache`
}
