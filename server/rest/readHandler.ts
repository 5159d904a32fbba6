import type { HttpResponse } from './createRestHandler'
import { tableNotFound } from './errors'
import { runInTransaction } from './executor'
import { closest } from './fuzzy'
import { contentTypeFor, negotiate } from './mediaType'
import { parseQueryParams } from './queryParams'
import { ALL_ROWS, outOfBounds, parseRangeHeader, rangeStatus, topLevelRange } from './range'
import { buildReadPlan } from './readPlan'
import { readStatement } from './readSql'
import type { RequestEnv } from './requestEnv'
import {
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
import { qualified, type SchemaCache, type Table } from './schemaCache'
import { Params } from './sqlFragments'

// GET/HEAD on a table or view.

export function lookupTable(cache: SchemaCache, schema: string, name: string): Table {
  const table = cache.tables.get(qualified(schema, name))
  if (table) return table
  const names = [...cache.tables.values()].filter((t) => t.schema === schema).map((t) => t.name)
  const hint = closest(name, names, 0.75).map((n) => `Perhaps you meant the table '${schema}.${n}'`)[0] ?? null
  throw tableNotFound(schema, name, hint)
}

export async function handleRead(env: RequestEnv, name: string): Promise<HttpResponse> {
  const { req, cache, prefs } = env
  const qp = parseQueryParams(req.search, false)
  const range = topLevelRange(
    qp.ranges.get('') ?? ALL_ROWS,
    env.method === 'GET' ? parseRangeHeader(req.headers.range) : undefined,
  )
  const table = lookupTable(cache, env.schema, name)
  const root = buildReadPlan(
    cache,
    { schema: env.schema, name, columns: table.readColumns, fromSource: false, isMutation: false },
    qp,
    range,
    env.maxRows,
  )
  const format = negotiate(req.headers.accept)
  checkStrictPrefs(prefs)

  const params = new Params()
  const headOnly = env.method === 'HEAD'
  const sql = readStatement(root, params, { count: prefs.count !== undefined, format, headOnly })
  const result = await runInTransaction(env.db, env.exec, sql, params.values, {
    readOnly: true,
    rollback: prefs.transaction === 'rollback',
    check: (r) => checkSingular(format, r),
  })

  const total = totalOf(result)
  const { status, contentRange } = rangeStatus(root.range, pageTotalOf(result), total)
  if (status === 416) {
    const resp = jsonError(416, outOfBounds(root.range, total))
    resp.headers['Content-Range'] = contentRange
    return resp
  }
  const resp: HttpResponse = {
    status,
    headers: {
      'Content-Range': contentRange,
      ...contentHeaders(env, contentTypeFor(format)),
      ...commonHeaders(env, 'read'),
    },
  }
  if (!headOnly) resp.body = column(result, 'body') ?? ''
  return withGucOverrides(resp, result)
}
