import type { HttpResponse } from './createRestHandler'
import type { SchemaCache } from './schemaCache'

// GET /rest/v1/ : a small Swagger 2.0 description of the exposed relations and functions, enough for
// tools that list tables. PostgREST's full document (parameters, descriptions) is not reproduced.

export function openApiResponse(cache: SchemaCache, schema: string, headOnly: boolean): HttpResponse {
  const paths: Record<string, unknown> = { '/': { get: { produces: ['application/openapi+json', 'application/json'] } } }
  const definitions: Record<string, unknown> = {}
  for (const t of cache.tables.values()) {
    if (t.schema !== schema) continue
    const methods: Record<string, unknown> = { get: {} }
    if (t.insertable) methods.post = {}
    if (t.updatable) methods.patch = {}
    if (t.deletable) methods.delete = {}
    paths[`/${t.name}`] = methods
    definitions[t.name] = {
      type: 'object',
      required: t.columnList.filter((c) => !c.nullable && c.default === null).map((c) => c.name),
      properties: Object.fromEntries(t.columnList.map((c) => [c.name, { format: c.type }])),
    }
  }
  for (const [key, routines] of cache.routines) {
    const r = routines[0]
    if (!r || r.schema !== schema) continue
    paths[`/rpc/${key.split('\u0000')[1]}`] = r.volatility === 'volatile' ? { post: {} } : { get: {}, post: {} }
  }
  const doc = {
    swagger: '2.0',
    info: { title: 'Callboard embedded PostgREST', version: '0' },
    basePath: '/',
    schemes: ['http'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths,
    definitions,
  }
  const resp: HttpResponse = { status: 200, headers: { 'Content-Type': 'application/openapi+json; charset=utf-8' } }
  if (!headOnly) resp.body = JSON.stringify(doc)
  return resp
}
