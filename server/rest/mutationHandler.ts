import type { HttpResponse } from './createRestHandler'
import { columnNotFound, RestError } from './errors'
import { runInTransaction } from './executor'
import { contentTypeFor, negotiate } from './mediaType'
import { mutationStatement, type MutationSpec } from './mutationSql'
import { parsePayload } from './payload'
import type { AppliedKind } from './preferParser'
import { parseQueryParams } from './queryParams'
import { contentRange } from './range'
import { lookupTable } from './readHandler'
import { buildReadPlan, returningColumns } from './readPlan'
import type { RequestEnv } from './requestEnv'
import {
  checkMaxAffected,
  checkSingular,
  checkStrictPrefs,
  column,
  commonHeaders,
  contentHeaders,
  pageTotalOf,
  withGucOverrides,
} from './response'
import { Params } from './sqlFragments'
import type { LogicTree } from './types'

// POST (insert, upsert with `resolution=`), PATCH (update), PUT (single-row upsert by primary key), DELETE.

type Kind = MutationSpec['kind']

const KIND_BY_METHOD: Record<string, Kind> = { POST: 'insert', PATCH: 'update', PUT: 'put', DELETE: 'delete' }
const APPLIED: Record<Kind, AppliedKind> = { insert: 'insert', update: 'update', put: 'upsert', delete: 'delete' }

function urlEncode(s: string): string {
  return Array.from(new TextEncoder().encode(s), (b) => {
    const c = String.fromCharCode(b)
    return /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`
  }).join('')
}

export async function handleMutation(env: RequestEnv, name: string): Promise<HttpResponse> {
  const { req, cache, prefs } = env
  const kind = KIND_BY_METHOD[env.method] as Kind
  const qp = parseQueryParams(req.search, false)
  if (kind === 'put' && qp.ranges.size > 0) {
    throw new RestError(400, 'PGRST114', 'limit/offset querystring parameters are not allowed for PUT')
  }
  const payload =
    kind === 'delete' ? undefined : parsePayload(req.body, req.headers['content-type'], qp.columns, false)
  const table = lookupTable(cache, env.schema, name)
  const root = buildReadPlan(
    cache,
    { schema: env.schema, name, columns: table.readColumns, fromSource: true, isMutation: true },
    qp,
    { offset: 0, limit: null },
    undefined,
  )

  const where: LogicTree[] = [
    ...qp.filters.filter((f) => f.path.length === 0).map((f): LogicTree => ({ kind: 'filter', filter: f.filter })),
    ...qp.logic.filter((l) => l.path.length === 0).map((l) => l.tree),
  ]
  if (kind === 'put') {
    const pk = table.pk
    const fields = new Set(qp.rootFilterFields)
    const eqOnly = qp.filters.every(
      (f) =>
        f.path.length > 0 ||
        (!f.filter.expr.negated && f.filter.expr.operation.kind === 'quant' && f.filter.expr.operation.op === 'eq' &&
          f.filter.expr.operation.quantifier === undefined),
    )
    const logicAtRoot = qp.logic.some((l) => l.path.length === 0)
    if (logicAtRoot || pk.length === 0 || !eqOnly || fields.size !== pk.length || !pk.every((c) => fields.has(c))) {
      throw new RestError(405, 'PGRST105', "Filters must include all and only primary key columns with 'eq' operators")
    }
  }

  const columns = (payload?.keys ?? []).map((k) => {
    const col = table.columns.get(k)
    if (!col) throw columnNotFound(table.name, k)
    return col
  })
  checkStrictPrefs(prefs)
  const format = negotiate(req.headers.accept)

  const conflictColumns = kind === 'put' ? table.pk : (qp.onConflict ?? table.pk)
  const resolutionApplies = kind === 'insert' && prefs.resolution !== undefined && conflictColumns.length > 0
  const upsertAction = kind === 'put' ? 'merge-duplicates' : resolutionApplies ? prefs.resolution : undefined
  const representation = prefs.representation === 'representation'
  const wantsRows = representation || prefs.representation === 'headers-only'
  const spec: MutationSpec = {
    kind,
    table,
    columns,
    body: payload?.raw ?? '',
    bodyIsArray: payload?.isArray ?? false,
    applyDefaults: prefs.missing === 'default',
    where,
    returning: wantsRows ? returningColumns(root, table.pk) : [],
    representation,
    location: kind === 'insert' && prefs.representation === 'headers-only',
    countInserted: upsertAction === 'merge-duplicates' && !table.isView,
  }
  if (upsertAction) spec.onConflict = { action: upsertAction, columns: conflictColumns }

  const params = new Params()
  const sql = mutationStatement(spec, root, params, format)
  const result = await runInTransaction(env.db, env.exec, sql, params.values, {
    readOnly: false,
    rollback: prefs.transaction === 'rollback',
    check: (r) => {
      if (kind === 'put') {
        if (pageTotalOf(r) !== 1) {
          throw new RestError(400, 'PGRST115', 'Payload values do not match URL in primary key column(s)')
        }
        return
      }
      checkSingular(format, r)
      if (kind !== 'insert') checkMaxAffected(prefs, r)
    },
  })

  const n = pageTotalOf(result)
  const count = prefs.count !== undefined ? n : null
  const inserted = column(result, 'inserted')
  const headers = commonHeaders(env, APPLIED[kind], resolutionApplies)
  let status: number
  switch (kind) {
    case 'insert': {
      status = inserted !== null && Number(inserted) <= 0 ? 200 : 201
      const loc = column(result, 'location')
      if (loc !== null) {
        const pairs = JSON.parse(loc) as Array<[string, string | null]>
        const query = pairs.map(([k, v]) => `${urlEncode(k)}=${urlEncode(v === null ? 'is.null' : `eq.${v}`)}`)
        headers.Location = `/${name}?${query.join('&')}`
      }
      headers['Content-Range'] = contentRange(1, 0, count)
      break
    }
    case 'update':
      status = representation ? 200 : 204
      headers['Content-Range'] = contentRange(0, n - 1, count)
      break
    case 'delete':
      status = representation ? 200 : 204
      headers['Content-Range'] = contentRange(1, 0, count)
      break
    case 'put':
      status = representation ? (inserted !== null && Number(inserted) > 0 ? 201 : 200) : 204
      break
  }
  const resp: HttpResponse = { status, headers }
  if (representation) {
    Object.assign(resp.headers, contentHeaders(env, contentTypeFor(format)))
    resp.body = column(result, 'body') ?? ''
  }
  return withGucOverrides(resp, result)
}
