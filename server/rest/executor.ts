import type { PGlite, Transaction } from '@electric-sql/pglite'

// One request = one transaction, as PostgREST runs it (MainTx.hs, Query/PreQuery.hs): first a statement of
// its own that sets the role and the request GUCs (so RLS and auth.uid() see them), then the main
// statement. Nothing here awaits anything but the database, since PGlite runs one query at a time.

export const SET_CONFIG_SQL =
  "select set_config('role', $1, true), set_config('request.jwt.claims', $2, true), " +
  "set_config('request.method', $3, true), set_config('request.path', $4, true), " +
  "set_config('request.headers', $5, true)"

const SET_TIMEZONE_SQL = `${SET_CONFIG_SQL}, set_config('timezone', $6, true)`

/** Values are sent as text exactly as given, like PostgREST's untyped parameters: Postgres parses them. */
const TEXT_SERIALIZERS = new Proxy({} as Record<number, (v: unknown) => string>, {
  get: () => (v: unknown) => String(v),
})

export interface RequestContext {
  role: string
  claims: Record<string, unknown>
  method: string
  path: string
  headers: Record<string, string | undefined>
  timezone?: string
}

export interface MainResult {
  /** The single row of the main statement, every column as text (or null). */
  row: Array<string | null>
  columns: string[]
}

export interface RunOptions {
  readOnly: boolean
  /** Roll back after the statement (Prefer: tx=rollback). */
  rollback: boolean
  /** Called with the result inside the transaction; throwing rolls the transaction back. */
  check?: (result: MainResult) => void
}

export async function runInTransaction(
  db: PGlite,
  ctx: RequestContext,
  sql: string,
  params: Array<string | null>,
  opts: RunOptions,
): Promise<MainResult> {
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(ctx.headers)) if (v !== undefined && k !== 'cookie') headers[k] = v
  const claims = JSON.stringify({ ...ctx.claims, role: ctx.role })
  const gucs = [ctx.role, claims, ctx.method, ctx.path, JSON.stringify(headers)]
  if (ctx.timezone !== undefined) gucs.push(ctx.timezone)

  return db.transaction(async (tx: Transaction) => {
    if (opts.readOnly) await tx.exec('set transaction read only')
    await tx.query(ctx.timezone !== undefined ? SET_TIMEZONE_SQL : SET_CONFIG_SQL, gucs, { serializers: TEXT_SERIALIZERS })
    const res = await tx.query<Array<string | null>>(sql, params, {
      rowMode: 'array',
      serializers: TEXT_SERIALIZERS,
    })
    const result: MainResult = {
      row: res.rows[0] ?? [],
      columns: res.fields.map((f) => f.name),
    }
    opts.check?.(result)
    if (opts.rollback) await tx.rollback()
    return result
  })
}
