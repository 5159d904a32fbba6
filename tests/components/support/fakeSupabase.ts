import { http, HttpResponse } from 'msw'
import type { FakeData } from './demoData'
import { buildSessionBody, readAccessTokenSubject } from './factories'
import { SUPABASE_TEST_URL } from './supabaseTestEnv'

const auth = `${SUPABASE_TEST_URL}/auth/v1`
const rest = `${SUPABASE_TEST_URL}/rest/v1`

/** GoTrue only reads `code` from an error body when the response says it speaks API version 2024-01-01. */
const goTrueHeaders = { 'X-Supabase-Api-Version': '2024-01-01' }

/**
 * msw handlers that answer like GoTrue and PostgREST for the few endpoints the first screens use,
 * over the given rows. Membership stands in for RLS: a user sees only their workspaces' rows.
 */
export function fakeSupabaseHandlers(data: FakeData) {
  function visibleWorkspaceIds(request: Request): string[] {
    const token = request.headers.get('authorization')?.replace(/^Bearer /i, '') ?? ''
    const userId = readAccessTokenSubject(token)
    return userId ? (data.memberships.get(userId) ?? []) : []
  }

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

    http.get(`${rest}/workspaces`, ({ request }) => {
      const visible = visibleWorkspaceIds(request)
      const rows = data.workspaces
        .filter((workspace) => visible.includes(workspace.id))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((workspace) => {
          const organization = data.organizations.find((org) => org.id === workspace.organization_id)
          return {
            id: workspace.id,
            name: workspace.name,
            slug: workspace.slug,
            settings: workspace.settings,
            organization: organization ? { id: organization.id, name: organization.name } : null,
          }
        })
      return HttpResponse.json(rows)
    }),

    http.get(`${rest}/productions`, ({ request }) => {
      const params = new URL(request.url).searchParams
      const visible = visibleWorkspaceIds(request)
      const rows = applyFilters(
        data.productions.filter((production) => visible.includes(production.workspace_id)),
        params,
      )
      return HttpResponse.json(rows.map((row) => project(row, params.get('select'))))
    }),
  ]
}

/** The two PostgREST filter forms these screens send (`col=eq.value`, `col=is.null`); anything else fails loudly. */
function applyFilters<Row extends object>(rows: Row[], params: URLSearchParams): Row[] {
  let result = rows
  for (const [column, expression] of params) {
    if (column === 'select' || column === 'order' || column === 'limit' || column === 'offset') continue
    const read = (row: Row) => (row as Record<string, unknown>)[column]
    if (expression.startsWith('eq.')) {
      const value = expression.slice(3)
      result = result.filter((row) => String(read(row)) === value)
    } else if (expression === 'is.null') {
      result = result.filter((row) => read(row) === null)
    } else {
      throw new Error(`fake PostgREST does not understand ${column}=${expression}`)
    }
  }
  return result
}

function project(row: object, select: string | null): Record<string, unknown> {
  if (!select || select === '*') return { ...row }
  return Object.fromEntries(select.split(',').map((column) => [column, (row as Record<string, unknown>)[column]]))
}
