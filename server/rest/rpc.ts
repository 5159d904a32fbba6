import { RestError } from './errors'
import { closest } from './fuzzy'
import type { Routine, RoutineParam, SchemaCache } from './schemaCache'
import { qualified } from './schemaCache'
import { ident, type Params } from './sqlFragments'

// /rpc/fn: choosing the overload from the argument names (Plan.hs `findProc`) and calling it with named
// arguments, from the JSON body (json_to_record) or from the query string (`name := $n::type`).

export type RpcArgs =
  | { kind: 'json'; body: string; isArray: boolean; keys: string[] }
  | { kind: 'direct'; args: Array<[string, string]> }

function isSingleUnnamedJson(r: Routine): boolean {
  const p = r.params
  return p.length === 1 && p[0]?.name === '' && (p[0].type === 'json' || p[0].type === 'jsonb')
}

function matchesParams(r: Routine, keys: Set<string>): boolean {
  if (r.params.length === 0) return keys.size === 0
  const required = r.params.filter((p) => p.required).map((p) => p.name)
  const optional = new Set(r.params.filter((p) => !p.required).map((p) => p.name))
  if (!required.every((n) => keys.has(n))) return false
  return [...keys].every((k) => optional.has(k) || required.includes(k))
}

export function findRoutine(cache: SchemaCache, schema: string, name: string, keys: string[], isPost: boolean): Routine {
  const candidates = cache.routines.get(qualified(schema, name)) ?? []
  const keySet = new Set(keys)
  const matched = candidates.filter((r) => matchesParams(r, keySet))
  const fallback = isPost ? candidates.filter((r) => !matched.includes(r) && isSingleUnnamedJson(r)) : []
  if (matched.length === 1) return matched[0] as Routine
  if (matched.length === 0 && fallback.length === 1) return fallback[0] as Routine
  const ambiguous = matched.length > 1 ? matched : fallback
  if (ambiguous.length > 1) {
    const sigs = ambiguous.map((r) => `${r.schema}.${r.name}(${r.params.map((p) => `${p.name} => ${p.type}`).join(', ')})`)
    throw new RestError(
      300,
      'PGRST203',
      `Could not choose the best candidate function between: ${sigs.join(', ')}`,
      null,
      'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
    )
  }
  const sorted = [...keySet].sort()
  const fn = `${schema}.${name}`
  const prms = sorted.length === 0 ? ' without parameters' : `(${sorted.join(', ')})`
  const det =
    sorted.length === 0 ? ' without parameters' : ` with parameter${sorted.length > 1 ? 's' : ''} ${sorted.join(', ')}`
  let hint: string | null = null
  if (candidates.length === 0) {
    const names = [...cache.routines.keys()].filter((k) => k.startsWith(`${schema}\u0000`)).map((k) => k.split('\u0000')[1] as string)
    hint = closest(name, names, 0.75).map((n) => `Perhaps you meant to call the function ${schema}.${n}`)[0] ?? null
  } else {
    const fmt = (xs: string[]) => `(${[...xs].sort().join(', ')})`
    const options = candidates.map((r) => fmt(r.params.map((p) => p.name)))
    hint = closest(fmt(sorted), options, 0.33).map((o) => `Perhaps you meant to call the function ${fn}${o}`)[0] ?? null
  }
  throw new RestError(
    404,
    'PGRST202',
    `Could not find the function ${fn}${prms} in the schema cache`,
    `Searched for the function ${fn}${det}${isPost ? ' or with a single unnamed json/jsonb parameter' : ''}, but no matches were found in the schema cache.`,
    hint,
  )
}

function callArgs(params: RoutineParam[], values: (p: RoutineParam) => string): string {
  return params.map((p) => `${p.variadic ? 'VARIADIC ' : ''}${ident(p.name)} := ${values(p)}`).join(', ')
}

/** The CTE body that calls the function: one row per result row, scalars in a `pgrst_scalar` column. */
export function callSource(r: Routine, args: RpcArgs, params: Params): string {
  const fn = `${ident(r.schema)}.${ident(r.name)}`
  const scalar = !r.composite
  const call = (argSql: string, from = '') => {
    const prefix = from ? `${from}, LATERAL ` : ''
    return scalar
      ? `SELECT pgrst_call.pgrst_scalar FROM ${prefix}(SELECT ${fn}(${argSql}) pgrst_scalar) pgrst_call`
      : `SELECT pgrst_call.* FROM ${prefix}${fn}(${argSql}) pgrst_call`
  }
  if (r.params.length === 1 && r.params[0]?.name === '') {
    const p = r.params[0]
    const body = args.kind === 'json' ? args.body : '{}'
    return call(`${params.add(body)}::${p.type}`)
  }
  if (args.kind === 'direct') {
    const given = new Map(args.args)
    const used = r.params.filter((p) => given.has(p.name))
    return call(callArgs(used, (p) => `${params.add(given.get(p.name) ?? null)}::${p.type}`))
  }
  const keys = new Set(args.keys)
  const used = r.params.filter((p) => keys.has(p.name))
  if (used.length === 0) return call('')
  const typed = used.map((p) => `${ident(p.name)} ${p.type}`).join(', ')
  const from = `json_to_record${args.isArray ? 'set' : ''}(${params.add(args.body)}::json) AS pgrst_body(${typed})`
  return call(callArgs(used, (p) => `pgrst_body.${ident(p.name)}`), from)
}
