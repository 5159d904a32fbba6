import type { PGlite } from '@electric-sql/pglite'
import { errorToResponse, JSON_CONTENT_TYPE, RestError } from './errors'
import { handleMutation } from './mutationHandler'
import { openApiResponse } from './openApi'
import { parsePrefer } from './preferParser'
import { formDecode } from './queryParams'
import { handleRead } from './readHandler'
import type { RequestEnv } from './requestEnv'
import { handleRpc } from './rpcHandler'
import { loadSchemaCache, type SchemaCache } from './schemaCache'

// The PostgREST-compatible /rest/v1 endpoint: routing, schema profiles and the schema cache. The HTTP
// layer verifies the JWT, answers CORS/OPTIONS and enforces the body size; everything else is here.

export interface RestRequest {
  method: string // GET HEAD POST PATCH PUT DELETE (OPTIONS is handled outside)
  path: string // after /rest/v1, e.g. "/project_tasks" or "/rpc/workspace_task_counts"
  search: string // raw query string without '?', form-urlencoded ('+' means space)
  headers: Record<string, string | undefined> // lower-cased names
  body: string | undefined // raw body (the HTTP layer already enforced the size limit)
  auth: { role: string; claims: Record<string, unknown> } // verified JWT claims (anon key => role 'anon')
}
export interface HttpResponse {
  status: number
  headers: Record<string, string>
  body?: string
}
export interface RestHandler {
  handle(req: RestRequest): Promise<HttpResponse>
  reloadSchema(): Promise<void>
}

type Route = { kind: 'table'; name: string } | { kind: 'rpc'; name: string } | { kind: 'root' }

/** Path segments are percent-decoded without '+' handling, as Wai's pathInfo does. */
function route(path: string): Route {
  const trimmed = path.startsWith('/') ? path.slice(1) : path
  if (trimmed === '') return { kind: 'root' }
  const segments = trimmed.split('/').map((s) => formDecode(s.replace(/\+/g, '%2B')))
  if (segments.length === 1) return { kind: 'table', name: segments[0] as string }
  if (segments.length === 2 && segments[0] === 'rpc') return { kind: 'rpc', name: segments[1] as string }
  throw new RestError(404, 'PGRST125', 'Invalid path specified in request URL')
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
const FALLBACK_ERROR = JSON.stringify({ code: 'PGRSTX00', message: 'Internal error', details: null, hint: null })

function pickSchema(schemas: string[], method: string, headers: RestRequest['headers']): { schema: string; byProfile: boolean } {
  const profile = WRITE_METHODS.has(method) ? headers['content-profile'] : headers['accept-profile']
  const defaultSchema = schemas[0] as string
  if (profile === undefined) return { schema: defaultSchema, byProfile: schemas.length !== 1 }
  if (!schemas.includes(profile)) {
    throw new RestError(406, 'PGRST106', `Invalid schema: ${profile}`, null, `Only the following schemas are exposed: ${schemas.join(', ')}`)
  }
  return { schema: profile, byProfile: true }
}

export async function createRestHandler(
  db: PGlite,
  options: { schemas?: string[]; maxRows?: number } = {},
): Promise<RestHandler> {
  const schemas = options.schemas?.length ? options.schemas : ['public']
  let cache: SchemaCache = await loadSchemaCache(db, schemas)
  let reloading: Promise<void> | undefined

  const reloadSchema = async (): Promise<void> => {
    // Concurrent reload requests share one catalog read; the swap is atomic for requests in flight.
    reloading ??= loadSchemaCache(db, schemas)
      .then((next) => {
        cache = next
      })
      .finally(() => {
        reloading = undefined
      })
    return reloading
  }

  // PostgREST's convention: NOTIFY pgrst, 'reload schema' (or an empty payload) rebuilds the cache.
  await db.listen('pgrst', (payload) => {
    if (payload === '' || payload === 'reload schema') void reloadSchema().catch(() => undefined)
  })

  const handle = async (req: RestRequest): Promise<HttpResponse> => {
    const role = req.auth?.role ?? 'anon'
    try {
      const method = String(req.method ?? '').toUpperCase()
      const target = route(String(req.path ?? '/'))
      const { schema, byProfile } = pickSchema(schemas, method, req.headers ?? {})
      const env: RequestEnv = {
        db,
        cache,
        req: { ...req, search: req.search ?? '', headers: req.headers ?? {} },
        method,
        schema,
        negotiatedByProfile: byProfile,
        prefs: parsePrefer(req.headers?.prefer),
        exec: {
          role,
          claims: req.auth?.claims ?? {},
          method,
          path: req.path,
          headers: req.headers ?? {},
        },
      }
      if (options.maxRows !== undefined) env.maxRows = options.maxRows
      if (env.prefs.timezone !== undefined) env.exec.timezone = env.prefs.timezone

      if (target.kind === 'root') {
        if (method !== 'GET' && method !== 'HEAD') throw new RestError(405, 'PGRST117', `Unsupported HTTP method: ${method}`)
        return openApiResponse(cache, schema, method === 'HEAD')
      }
      if (target.kind === 'rpc') return await handleRpc(env, target.name)
      if (method === 'GET' || method === 'HEAD') return await handleRead(env, target.name)
      if (WRITE_METHODS.has(method)) return await handleMutation(env, target.name)
      throw new RestError(405, 'PGRST117', `Unsupported HTTP method: ${method}`)
    } catch (e) {
      try {
        return errorToResponse(e, role)
      } catch {
        return { status: 500, headers: { 'Content-Type': JSON_CONTENT_TYPE }, body: FALLBACK_ERROR }
      }
    }
  }

  return { handle, reloadSchema }
}
