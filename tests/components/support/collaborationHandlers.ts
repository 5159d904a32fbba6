import { http, HttpResponse } from 'msw'
import type { FakeData, Row } from './demoData'
import { readAccessTokenSubject } from './factories'
import { filtersOf } from './postgrestGrammar'
import { SUPABASE_TEST_URL } from './supabaseTestEnv'

const rest = `${SUPABASE_TEST_URL}/rest/v1`

/** A comment as the database stores it, for `data.tables.comments`. */
export function buildComment(author: string, workspaceId: string, table: string, recordId: string, overrides: Row = {}): Row {
  const at = new Date().toISOString()
  return {
    id: crypto.randomUUID(), workspace_id: workspaceId, entity_type: table, entity_id: recordId, user_id: author, content: 'A comment',
    parent_comment_id: null, resolved_at: null, edited_at: null, created_at: at, updated_at: at, deleted_at: null, ...overrides,
  }
}

/** An activity as the triggers write it, for `data.tables.activities` (read through the fake's generic GET). */
export function buildActivity(userId: string, workspaceId: string, table: string, recordId: string, overrides: Row = {}): Row {
  return {
    id: crypto.randomUUID(), workspace_id: workspaceId, user_id: userId, action: 'updated', entity_type: table, entity_id: recordId,
    changes: null, metadata: {}, created_at: new Date().toISOString(), ...overrides,
  }
}

const denied = (table: string) =>
  HttpResponse.json({ code: '42501', message: `new row violates row-level security policy for table "${table}"`, details: null, hint: null }, { status: 403 })

/**
 * msw handlers for writing comments and reactions and for the resolve_comment and comment_counts RPCs, with the
 * rules of the real policies: writers (admin, member) add their own; only the author edits (soft delete included);
 * reactions are added and removed by their owner. Reads go through the fake Supabase's generic GET. Install after it.
 */
export function collaborationHandlers(data: FakeData) {
  const userOf = (request: Request) => readAccessTokenSubject(request.headers.get('authorization')?.replace(/^Bearer /i, '') ?? '') ?? null
  const rows = (table: string) => (data.tables[table] ??= [])
  const roleOf = (userId: string | null, workspaceId: unknown) =>
    rows('workspace_members').find((member) => member.user_id === userId && member.workspace_id === workspaceId)?.role
  const isWriter = (userId: string | null, workspaceId: unknown) => ['admin', 'member'].includes(String(roleOf(userId, workspaceId)))

  return [
    http.post(`${rest}/comments`, async ({ request }) => {
      const userId = userOf(request)
      const body = (await request.json()) as Row
      data.log.push({ method: 'POST', table: 'comments', params: new URL(request.url).searchParams, body })
      const row = buildComment(String(userId), String(body.workspace_id), String(body.entity_type), String(body.entity_id), { ...body, user_id: body.user_id ?? userId })
      if (!isWriter(userId, row.workspace_id) || row.user_id !== userId) return denied('comments')
      rows('comments').push(row)
      return HttpResponse.json(request.headers.get('accept')?.includes('vnd.pgrst.object') ? row : [row], { status: 201 })
    }),

    http.patch(`${rest}/comments`, async ({ request }) => {
      const url = new URL(request.url)
      const userId = userOf(request)
      const body = (await request.json()) as Row
      data.log.push({ method: 'PATCH', table: 'comments', params: url.searchParams, body })
      const updated = rows('comments')
        .filter((row) => row.user_id === userId && isWriter(userId, row.workspace_id))
        .filter(filtersOf(url.searchParams))
        .map((row) => {
          const edited = 'content' in body && body.content !== row.content
          return Object.assign(row, body, { updated_at: new Date().toISOString() }, edited ? { edited_at: new Date().toISOString() } : {})
        })
      return HttpResponse.json(updated.map((row) => ({ ...row })))
    }),

    http.post(`${rest}/comment_reactions`, async ({ request }) => {
      const userId = userOf(request)
      const body = (await request.json()) as Row
      data.log.push({ method: 'POST', table: 'comment_reactions', params: new URL(request.url).searchParams, body })
      if (!isWriter(userId, body.workspace_id) || body.user_id !== userId) return denied('comment_reactions')
      rows('comment_reactions').push({ ...body, created_at: new Date().toISOString() })
      return new HttpResponse(null, { status: 201 })
    }),

    http.delete(`${rest}/comment_reactions`, ({ request }) => {
      const url = new URL(request.url)
      const userId = userOf(request)
      data.log.push({ method: 'DELETE', table: 'comment_reactions', params: url.searchParams, body: null })
      const gone = rows('comment_reactions').filter((row) => row.user_id === userId).filter(filtersOf(url.searchParams))
      data.tables.comment_reactions = rows('comment_reactions').filter((row) => !gone.includes(row))
      return new HttpResponse(null, { status: 204 })
    }),

    http.post(`${rest}/rpc/resolve_comment`, async ({ request }) => {
      const userId = userOf(request)
      const body = (await request.json()) as { p_comment_id: string; p_resolved: boolean }
      data.log.push({ method: 'POST', table: 'rpc/resolve_comment', params: new URL(request.url).searchParams, body })
      const row = rows('comments').find((comment) => comment.id === body.p_comment_id && comment.deleted_at === null)
      if (!row || !isWriter(userId, row.workspace_id)) {
        return HttpResponse.json({ code: '42501', message: 'comment not found, or you may not resolve it', details: null, hint: null }, { status: 403 })
      }
      Object.assign(row, { resolved_at: body.p_resolved ? (row.resolved_at ?? new Date().toISOString()) : null, updated_at: new Date().toISOString() })
      return HttpResponse.json({ ...row })
    }),

    http.post(`${rest}/rpc/comment_counts`, async ({ request }) => {
      const userId = userOf(request)
      const body = (await request.json()) as { p_workspace_id: string; p_entity_type: string }
      data.log.push({ method: 'POST', table: 'rpc/comment_counts', params: new URL(request.url).searchParams, body })
      if (!roleOf(userId, body.p_workspace_id)) return HttpResponse.json([])
      const counts = new Map<string, number>()
      for (const row of rows('comments')) {
        if (row.workspace_id === body.p_workspace_id && row.entity_type === body.p_entity_type && row.deleted_at === null) {
          counts.set(String(row.entity_id), (counts.get(String(row.entity_id)) ?? 0) + 1)
        }
      }
      return HttpResponse.json([...counts].map(([entity_id, count]) => ({ entity_id, count })))
    }),
  ]
}
