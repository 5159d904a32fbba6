import type { SupabaseClient } from '@supabase/supabase-js'
import type { WorkspaceMember } from '../../custom-fields/person/WorkspaceMembersProvider'
import type { RelatedRecords } from '../../custom-fields/relation/RelatedRecordsProvider'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { findModule } from '../../modules/registry'
import type { WorkspaceRole } from './viewPermissions'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = SupabaseClient<any, any, any>

export interface WorkspaceDirectory {
  members: WorkspaceMember[]
  roles: ReadonlyMap<string, WorkspaceRole>
}

interface MemberRow {
  user_id: string
  role: WorkspaceRole
  profile: { id: string; full_name: string | null; email: string | null; avatar_url: string | null } | null
}

/** The workspace's members with their roles: names for person fields, and what the signed-in user may do. */
export async function fetchWorkspaceDirectory(client: AnyClient, workspaceId: string): Promise<WorkspaceDirectory> {
  const { data, error } = await client
    .from('workspace_members')
    .select('user_id, role, profile:profiles(id, full_name, email, avatar_url)')
    .eq('workspace_id', workspaceId)
  if (error) throw error
  const rows = (data ?? []) as unknown as MemberRow[]
  const members = rows
    .map((row) => ({
      id: row.user_id,
      name: row.profile?.full_name || row.profile?.email || 'Unknown member',
      email: row.profile?.email ?? null,
      avatarUrl: row.profile?.avatar_url ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return { members, roles: new Map(rows.map((row) => [row.user_id, row.role])) }
}

/** Titles of the records a module's relation fields point at, so cells and group labels read "Hamlet", not a uuid. */
export async function fetchRelatedRecords(client: AnyClient, workspaceId: string, fields: readonly FieldDefinition[]): Promise<RelatedRecords> {
  const targets = new Set(
    fields.flatMap((field) => {
      const module = (field.config as { module?: unknown } | null)?.module
      return field.type === 'relation' && typeof module === 'string' ? [module] : []
    }),
  )
  const entries = await Promise.all(
    [...targets].map(async (key) => {
      const module = findModule(key)
      if (!module) return [key, []] as const
      const { data, error } = await client
        .from(module.table)
        .select(`id, ${module.titleField}`)
        .eq('workspace_id', workspaceId)
        .is('deleted_at', null)
        .order(module.titleField, { ascending: true })
        .limit(1000)
      if (error) throw error
      const rows = (data ?? []) as unknown as Record<string, unknown>[]
      return [key, rows.map((row) => ({ id: String(row.id), title: String(row[module.titleField] ?? 'Untitled') }))] as const
    }),
  )
  return Object.fromEntries(entries)
}
