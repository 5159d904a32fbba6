import type { User } from '@supabase/supabase-js'
import type { OrganizationRow, ProductionRow, WorkspaceRow } from '../../../src/lib/supabase/types'

const createdAt = '2025-01-06T09:00:00.000Z'
let sequence = 0
const nextId = (prefix: string) => `${prefix}-${++sequence}`

export function buildUser(email: string, overrides: Partial<User> = {}): User {
  return {
    id: nextId('user'),
    aud: 'authenticated',
    role: 'authenticated',
    email,
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: {},
    identities: [],
    created_at: createdAt,
    updated_at: createdAt,
    ...overrides,
  }
}

/** An unsigned JWT with the claims GoTrue puts in an access token; the fake server reads `sub` back from it. */
export function buildAccessToken(user: User, expiresAt: number): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const claims = {
    iss: 'http://supabase.test/auth/v1',
    sub: user.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: user.email,
    exp: expiresAt,
    iat: expiresAt - 3600,
    aal: 'aal1',
    session_id: nextId('session'),
    is_anonymous: false,
  }
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.test-signature`
}

export function readAccessTokenSubject(token: string): string | undefined {
  const payload = token.split('.')[1]
  if (!payload) return undefined
  try {
    return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string }).sub
  } catch {
    return undefined
  }
}

/** The body GoTrue answers a successful password grant with (tokens/service.go AccessTokenResponse). */
export function buildSessionBody(user: User) {
  const expiresAt = Math.floor(Date.now() / 1000) + 3600
  return {
    access_token: buildAccessToken(user, expiresAt),
    token_type: 'bearer',
    expires_in: 3600,
    expires_at: expiresAt,
    refresh_token: nextId('refresh'),
    user,
  }
}

export function buildOrganization(name: string, overrides: Partial<OrganizationRow> = {}): OrganizationRow {
  return { id: nextId('org'), name, slug: slugify(name), plan: 'free', metadata: {}, created_at: createdAt, updated_at: createdAt, ...overrides }
}

export function buildWorkspace(name: string, organization: OrganizationRow, overrides: Partial<WorkspaceRow> = {}): WorkspaceRow {
  return {
    id: nextId('ws'),
    organization_id: organization.id,
    name,
    slug: slugify(name),
    settings: {},
    created_at: createdAt,
    updated_at: createdAt,
    ...overrides,
  }
}

export function buildProduction(name: string, workspace: WorkspaceRow, overrides: Partial<ProductionRow> = {}): ProductionRow {
  return {
    id: nextId('prod'),
    workspace_id: workspace.id,
    created_by: null,
    updated_by: null,
    sync_version: 1,
    name,
    code: null,
    status: 'planning',
    venue: null,
    start_date: null,
    end_date: null,
    budget: null,
    description: null,
    custom_fields: {},
    created_at: createdAt,
    updated_at: createdAt,
    deleted_at: null,
    ...overrides,
  }
}

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '')
}

type Row = Record<string, unknown>

export function buildTask(title: string, workspace: WorkspaceRow, overrides: Row = {}): Row {
  return {
    id: crypto.randomUUID(),
    workspace_id: workspace.id,
    created_by: null,
    created_at: createdAt,
    updated_at: createdAt,
    deleted_at: null,
    sync_version: 1,
    custom_fields: {},
    production_id: null,
    title,
    description: null,
    status: 'todo',
    priority: 'medium',
    assignee_id: null,
    start_date: null,
    due_date: null,
    position: null,
    estimate_hours: null,
    ...overrides,
  }
}

/** A `views` row as the database stores it (version 1 JSON). */
export function buildViewRow(name: string, workspace: WorkspaceRow, table: string, overrides: Row = {}): Row {
  return {
    id: crypto.randomUUID(),
    workspace_id: workspace.id,
    module: table,
    view_type: 'list',
    name,
    filters: null,
    sorts: [],
    group_by: null,
    config: {},
    is_shared: true,
    is_locked: false,
    owner_id: null,
    position: null,
    version: 1,
    created_at: createdAt,
    updated_at: createdAt,
    ...overrides,
  }
}

export function buildCustomFieldRow(name: string, label: string, fieldType: string, workspace: WorkspaceRow, table: string, overrides: Row = {}): Row {
  return {
    id: crypto.randomUUID(),
    workspace_id: workspace.id,
    module: table,
    name,
    label,
    field_type: fieldType,
    options: [],
    config: {},
    is_required: false,
    default_value: null,
    position: null,
    created_at: createdAt,
    updated_at: createdAt,
    ...overrides,
  }
}
