import type { PGlite } from '@electric-sql/pglite'
import type { RestRequest } from './createRestHandler'
import type { RequestContext } from './executor'
import type { Preferences } from './preferParser'
import type { ResponseContext } from './response'
import type { SchemaCache } from './schemaCache'

/** Everything a read, write or RPC handler needs about the request once routing is done. */
export interface RequestEnv extends ResponseContext {
  db: PGlite
  cache: SchemaCache
  req: RestRequest
  /** Upper-cased HTTP method. */
  method: string
  prefs: Preferences
  maxRows?: number
  exec: RequestContext
}
