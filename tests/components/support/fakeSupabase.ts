import { http, HttpResponse } from 'msw'
import { moduleRegistry } from '../../../src/modules/registry'
import type { FakeData, Role, Row } from './demoData'
import { buildSessionBody, readAccessTokenSubject } from './factories'
import { filtersOf, orderRows, splitTopLevel } from './postgrestGrammar'
import { SUPABASE_TEST_URL } from './supabaseTestEnv'

const auth = `${SUPABASE_TEST_URL}/auth/v1`
const rest = `${SUPABASE_TEST_URL}/rest/v1`

/** GoTrue only reads `code` from an error body when the response says it speaks API version 2024-01-01. */
const goTrueHeaders = { 'X-Supabase-Api-Version': '2024-01-01' }

const moduleTables = new Set(moduleRegistry.map((module) => module.table))

/** Which row another table's row embeds, by the foreign keys the app's selects use. */
const relationships: Record<string, (row: Row, target: Row) => boolean> = {
  'workspace_members->profiles': (row, target) => row.user_id === target.id,
  'workspaces->organizations': (row, target) => row.organization_id === target.id,
}

/**
 * msw handlers that answer like GoTrue and PostgREST over the given rows: every table through one generic REST
 * handler (filters, logic trees, order, paging, embeds, single-object responses, writes with `return=representation`).
 * Row-level security is stood in for by the rules of the real policies: membership to read, admin/member to write,
 * sync_version bumped by every update, and the `views` rules for shared, personal and locked views.
 */
export function fakeSupabaseHandlers(data: FakeData) {
  function userOf(request: Request): string | null {
    const token = request.headers.get('authorization')?.replace(/^Bearer /i, '') ?? ''
    return readAccessTokenSubject(token) ?? null
  }
  const roleOf = (userId: string | null, workspaceId: unknown): Role | null =>
    userId ? (data.tables.workspace_members?.find((m) => m.user_id === userId && m.workspace_id === workspaceId)?.role as Role | undefined) ?? null : null
  const isWriter = (role: Role | null) => role === 'admin' || role === 'member'

  function canRead(table: string, row: Row, userId: string | null): boolean {
    if (table === 'profiles' || table === 'organizations') return userId !== null
    if (table === 'workspaces') return roleOf(userId, row.id) !== null
    const role = roleOf(userId, row.workspace_id)
    if (role === null) return false
    if (table === 'views') return row.is_shared === true || row.owner_id === userId
    return true
  }

  function canWrite(table: string, row: Row, userId: string | null): boolean {
    const role = roleOf(userId, row.workspace_id)
    if (!isWriter(role)) return false
    if (table === 'views') return (row.is_shared === true || row.owner_id === userId) && (row.is_locked !== true || role === 'admin')
    return moduleTables.has(table) || table === 'custom_fields'
  }

  function project(table: string, row: Row, select: string | null): Row {
    if (!select || select === '*') return { ...row }
    const result: Row = {}
    for (const item of splitTopLevel(select)) {
      const embed = /^(?:([a-z_]+):)?([a-z_]+)\((.*)\)$/.exec(item)
      if (embed) {
        const [, alias, target, columns] = embed
        const related = relationships[`${table}->${target}`]
        if (!related) throw new Error(`fake PostgREST: no relationship ${table} -> ${target}`)
        const match = (data.tables[target as string] ?? []).find((candidate) => related(row, candidate))
        result[alias ?? (target as string)] = match ? project(target as string, match, columns as string) : null
      } else if (item === '*') Object.assign(result, row)
      else result[item] = row[item] ?? null
    }
    return result
  }

  function respond(request: Request, rows: Row[], status: number) {
    if (request.headers.get('accept')?.includes('application/vnd.pgrst.object+json')) {
      if (rows.length !== 1) {
        return HttpResponse.json(
          { code: 'PGRST116', message: 'Cannot coerce the result to a single JSON object', details: `The result contains ${rows.length} rows`, hint: null },
          { status: 406 },
        )
      }
      return HttpResponse.json(rows[0], { status })
    }
    return HttpResponse.json(rows, { status })
  }

  const wantsRows = (request: Request) => request.headers.get('prefer')?.includes('return=representation') ?? false

  return [
    http.post(`${auth}/token`, async ({ request }) => {
      const grantType = new URL(request.url).searchParams.get('grant_type')
      if (grantType !== 'password') {
        return HttpResponse.json({ code: 'validation_failed', message: `Unsupported grant_type ${grantType}` }, { status: 400, headers: goTrueHeaders })
      }
      const { email, password } = (await request.json()) as { email?: string; password?: string }
      const account = data.users.find((candidate) => candidate.user.email === email && candidate.password === password)
      if (!account) {
        return HttpResponse.json({ code: 'invalid_credentials', message: 'Invalid login credentials' }, { status: 400, headers: goTrueHeaders })
      }
      return HttpResponse.json(buildSessionBody(account.user), { headers: goTrueHeaders })
    }),

    http.post(`${auth}/logout`, () => new HttpResponse(null, { status: 204, headers: goTrueHeaders })),

    http.get(`${rest}/:table`, ({ request, params }) => {
      const table = String(params.table)
      const url = new URL(request.url)
      const userId = userOf(request)
      data.log.push({ method: 'GET', table, params: url.searchParams, body: null })
      const visible = (data.tables[table] ?? []).filter((row) => canRead(table, row, userId)).filter(filtersOf(url.searchParams))
      const offset = Number(url.searchParams.get('offset') ?? 0)
      const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : Infinity
      const page = orderRows(visible, url.searchParams.get('order')).slice(offset, offset + limit)
      return respond(request, page.map((row) => project(table, row, url.searchParams.get('select'))), 200)
    }),

    http.patch(`${rest}/:table`, async ({ request, params }) => {
      const table = String(params.table)
      const url = new URL(request.url)
      const userId = userOf(request)
      const body = (await request.json()) as Row
      data.log.push({ method: 'PATCH', table, params: url.searchParams, body })
      const matches = (data.tables[table] ?? []).filter((row) => canRead(table, row, userId) && canWrite(table, row, userId)).filter(filtersOf(url.searchParams))
      const updated = matches.map((row) => {
        Object.assign(row, body)
        if (moduleTables.has(table)) {
          row.sync_version = Number(row.sync_version ?? 0) + 1
          row.updated_at = new Date().toISOString()
        }
        return row
      })
      if (!wantsRows(request)) return new HttpResponse(null, { status: 204 })
      return respond(request, updated.map((row) => project(table, row, url.searchParams.get('select'))), 200)
    }),

    http.post(`${rest}/:table`, async ({ request, params }) => {
      const table = String(params.table)
      const url = new URL(request.url)
      const userId = userOf(request)
      const payload = (await request.json()) as Row | Row[]
      data.log.push({ method: 'POST', table, params: url.searchParams, body: payload })
      const inserted: Row[] = []
      for (const input of Array.isArray(payload) ? payload : [payload]) {
        const row: Row = { id: crypto.randomUUID(), created_at: new Date().toISOString(), updated_at: new Date().toISOString(), ...input }
        if (moduleTables.has(table)) Object.assign(row, { sync_version: 1, deleted_at: null, created_by: userId, custom_fields: row.custom_fields ?? {} })
        if (table === 'views') row.owner_id ??= userId
        const allowed = table === 'views' ? canWrite(table, row, userId) && row.owner_id === userId : canWrite(table, row, userId)
        if (!allowed) {
          return HttpResponse.json(
            { code: '42501', message: `new row violates row-level security policy for table "${table}"`, details: null, hint: null },
            { status: 403 },
          )
        }
        if ((data.tables[table] ?? []).some((existing) => existing.id === row.id)) {
          return HttpResponse.json({ code: '23505', message: `duplicate key value violates unique constraint "${table}_pkey"`, details: null, hint: null }, { status: 409 })
        }
        inserted.push(row)
      }
      ;(data.tables[table] ??= []).push(...inserted)
      if (!wantsRows(request)) return new HttpResponse(null, { status: 201 })
      return respond(request, inserted.map((row) => project(table, row, url.searchParams.get('select'))), 201)
    }),

    http.delete(`${rest}/:table`, ({ request, params }) => {
      const table = String(params.table)
      const url = new URL(request.url)
      const userId = userOf(request)
      data.log.push({ method: 'DELETE', table, params: url.searchParams, body: null })
      const matches = (data.tables[table] ?? []).filter((row) => canRead(table, row, userId) && canWrite(table, row, userId)).filter(filtersOf(url.searchParams))
      data.tables[table] = (data.tables[table] ?? []).filter((row) => !matches.includes(row))
      if (!wantsRows(request)) return new HttpResponse(null, { status: 204 })
      return respond(request, matches.map((row) => project(table, row, url.searchParams.get('select'))), 200)
    }),
  ]
}
