import { http, HttpResponse } from 'msw'
import type { FakeData, Row } from './demoData'
import { readAccessTokenSubject } from './factories'
import { filtersOf, orderRows } from './postgrestGrammar'
import { SUPABASE_TEST_URL } from './supabaseTestEnv'

const rest = `${SUPABASE_TEST_URL}/rest/v1`

/** A notification as private.notify writes it, for `data.tables.notifications`. */
export function buildNotification(userId: string, overrides: Row = {}): Row {
  return {
    id: crypto.randomUUID(),
    user_id: userId,
    workspace_id: null,
    type: 'comment',
    title: 'Someone commented',
    message: null,
    entity_type: null,
    entity_id: null,
    actor_id: null,
    read_at: null,
    action_url: null,
    created_at: new Date().toISOString(),
    ...overrides,
  }
}

/**
 * msw handlers for `notifications` and `notification_preferences` as the real policies and grants have them:
 * the recipient reads their own rows and may change `read_at` only; preferences are own rows, upserted on
 * (user_id, type). Counts come back in Content-Range as PostgREST sends them. Install after the fake Supabase,
 * so these answer first.
 */
export function notificationHandlers(data: FakeData) {
  const userOf = (request: Request) => readAccessTokenSubject(request.headers.get('authorization')?.replace(/^Bearer /i, '') ?? '') ?? null
  const rows = (table: string) => (data.tables[table] ??= [])
  const own = (table: string, request: Request, params: URLSearchParams) =>
    rows(table).filter((row) => row.user_id === userOf(request)).filter(filtersOf(params))
  const project = (row: Row, select: string | null) =>
    !select || select === '*' ? { ...row } : Object.fromEntries(select.split(',').map((column) => [column, row[column] ?? null]))
  const wantsRows = (request: Request) => request.headers.get('prefer')?.includes('return=representation') ?? false

  const read = (table: string) =>
    http.get(`${rest}/${table}`, ({ request }) => {
      const url = new URL(request.url)
      data.log.push({ method: 'GET', table, params: url.searchParams, body: null })
      const matches = orderRows(own(table, request, url.searchParams), url.searchParams.get('order'))
      const offset = Number(url.searchParams.get('offset') ?? 0)
      const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : Infinity
      const page = matches.slice(offset, offset + limit).map((row) => project(row, url.searchParams.get('select')))
      const headers: Record<string, string> = {}
      if (request.headers.get('prefer')?.includes('count=exact')) {
        headers['content-range'] = `${page.length ? `${offset}-${offset + page.length - 1}` : '*'}/${matches.length}`
      }
      return HttpResponse.json(page, { headers })
    })

  return [
    read('notifications'),
    read('notification_preferences'),

    http.patch(`${rest}/notifications`, async ({ request }) => {
      const url = new URL(request.url)
      const body = (await request.json()) as Row
      data.log.push({ method: 'PATCH', table: 'notifications', params: url.searchParams, body })
      if (Object.keys(body).some((column) => column !== 'read_at')) {
        return HttpResponse.json({ code: '42501', message: 'permission denied for table notifications', details: null, hint: null }, { status: 403 })
      }
      const updated = own('notifications', request, url.searchParams).map((row) => Object.assign(row, body))
      if (!wantsRows(request)) return new HttpResponse(null, { status: 204 })
      return HttpResponse.json(updated.map((row) => project(row, url.searchParams.get('select'))))
    }),

    http.post(`${rest}/notification_preferences`, async ({ request }) => {
      const url = new URL(request.url)
      const payload = (await request.json()) as Row | Row[]
      data.log.push({ method: 'POST', table: 'notification_preferences', params: url.searchParams, body: payload })
      const merge = request.headers.get('prefer')?.includes('resolution=merge-duplicates') ?? false
      for (const input of Array.isArray(payload) ? payload : [payload]) {
        const row: Row = { user_id: userOf(request), ...input }
        if (row.user_id !== userOf(request)) {
          return HttpResponse.json({ code: '42501', message: 'new row violates row-level security policy', details: null, hint: null }, { status: 403 })
        }
        const existing = rows('notification_preferences').find((candidate) => candidate.user_id === row.user_id && candidate.type === row.type)
        if (existing && !merge) {
          return HttpResponse.json({ code: '23505', message: 'duplicate key value violates unique constraint', details: null, hint: null }, { status: 409 })
        }
        if (existing) Object.assign(existing, row)
        else rows('notification_preferences').push(row)
      }
      return new HttpResponse(null, { status: 201 })
    }),
  ]
}
