import type { HttpResponse } from './createRestHandler'
import { RestError } from './errors'
import { runInTransaction } from './executor'
import { contentTypeFor, negotiate } from './mediaType'
import { parsePayload } from './payload'
import { parseQueryParams } from './queryParams'
import { ALL_ROWS, outOfBounds, parseRangeHeader, rangeStatus, topLevelRange } from './range'
import { buildReadPlan } from './readPlan'
import { readStatement, type ScalarShape } from './readSql'
import type { RequestEnv } from './requestEnv'
import {
  checkMaxAffected,
  checkSingular,
  checkStrictPrefs,
  column,
  commonHeaders,
  contentHeaders,
  jsonError,
  pageTotalOf,
  totalOf,
  withGucOverrides,
} from './response'
import { callSource, findRoutine, type RpcArgs } from './rpc'
import { Params } from './sqlFragments'

// POST/GET/HEAD /rpc/fn. GET and HEAD (and stable or immutable functions over POST) run in a read-only
// transaction, so a function that writes fails with 25006, which PostgREST reports as 405.

export async function handleRpc(env: RequestEnv, name: string): Promise<HttpResponse> {
  const { req, cache, prefs } = env
  const isRead = env.method === 'GET' || env.method === 'HEAD'
  if (!isRead && env.method !== 'POST') {
    throw new RestError(405, 'PGRST101', `Cannot use the ${env.method} method on RPC`)
  }
  const qp = parseQueryParams(req.search, isRead)
  const range = topLevelRange(
    qp.ranges.get('') ?? ALL_ROWS,
    env.method === 'GET' ? parseRangeHeader(req.headers.range) : undefined,
  )
  let args: RpcArgs
  if (isRead) {
    args = { kind: 'direct', args: qp.rpcArgs }
  } else {
    const payload = parsePayload(req.body, req.headers['content-type'], qp.columns, true)
    args = { kind: 'json', body: payload.raw, isArray: payload.isArray, keys: payload.keys }
  }
  const keys = args.kind === 'direct' ? [...new Set(args.args.map(([k]) => k))] : args.keys
  const routine = findRoutine(cache, env.schema, name, keys, !isRead)

  const shape: ScalarShape = routine.composite
    ? routine.setof
      ? 'none'
      : 'singleComposite'
    : routine.setof
      ? 'setofScalar'
      : 'scalar'
  const scalar = !routine.composite
  const rootName = routine.returnTable?.name ?? routine.name
  const plannedParams = scalar ? { ...qp, select: [] } : qp
  const root = buildReadPlan(
    cache,
    { schema: env.schema, name: rootName, columns: routine.returnColumns, fromSource: true, isMutation: false },
    plannedParams,
    range,
    env.maxRows,
  )
  const format = negotiate(req.headers.accept)
  checkStrictPrefs(prefs)
  if (prefs.handling === 'strict' && prefs.maxAffected !== undefined && !routine.setof) {
    throw new RestError(
      400,
      'PGRST128',
      'Function must return SETOF or TABLE when max-affected preference is used with handling=strict',
    )
  }

  const params = new Params()
  const source = callSource(routine, args, params)
  const headOnly = env.method === 'HEAD'
  const sql = readStatement(root, params, { count: prefs.count !== undefined, format, headOnly, source, shape })
  const result = await runInTransaction(env.db, env.exec, sql, params.values, {
    readOnly: isRead || routine.volatility !== 'volatile',
    rollback: prefs.transaction === 'rollback',
    check: (r) => {
      checkSingular(format, r)
      checkMaxAffected(prefs, r)
    },
  })

  const total = totalOf(result)
  const { status, contentRange } = rangeStatus(root.range, pageTotalOf(result), total)
  const headers: Record<string, string> = { 'Content-Range': contentRange, ...commonHeaders(env, 'rpc') }
  if (routine.void) return withGucOverrides({ status: 204, headers }, result)
  if (status === 416) {
    const resp = jsonError(416, outOfBounds(root.range, total))
    resp.headers['Content-Range'] = contentRange
    return resp
  }
  const resp: HttpResponse = { status, headers: { ...headers, ...contentHeaders(env, contentTypeFor(format)) } }
  if (!headOnly) resp.body = column(result, 'body') ?? ''
  return withGucOverrides(resp, result)
}
