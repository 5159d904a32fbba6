import type { SupabaseClient } from '@supabase/supabase-js'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import type { SavedView } from './savedView'
import { toViewRow } from './savedViewRow'
import { readSavedView } from './savedViewUpgrade'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = SupabaseClient<any, any, any>

/**
 * The `views` table through supabase-js. Row-level security decides what comes back: shared views and the user's
 * own personal ones; writes to a locked view by a non-admin match no row, which is reported as such.
 */
export async function fetchSavedViews(client: AnyClient, workspaceId: string, module: ModuleDefinition): Promise<SavedView[]> {
  const { data, error } = await client
    .from('views')
    .select('*')
    .eq('workspace_id', workspaceId)
    .eq('module', module.table)
    .order('position', { ascending: true, nullsFirst: false })
    .order('created_at', { ascending: true })
  if (error) throw error
  return (data ?? []).map((row) => {
    const { view, issues } = readSavedView(row)
    if (issues.length > 0) console.warn(`Saved view ${view.id} was read with defaults: ${issues.join('; ')}`)
    return view
  })
}

export async function insertSavedView(client: AnyClient, view: SavedView): Promise<SavedView> {
  const { data, error } = await client.from('views').insert(toViewRow(view)).select().single()
  if (error) throw error
  return readSavedView(data).view
}

export const lockedViewMessage = 'This view is locked or no longer shared with you, so the change was not saved.'

export async function updateSavedView(client: AnyClient, view: SavedView): Promise<SavedView> {
  // The owner and id never change through an update; leaving them out keeps the write to what the user changed.
  const { id: _id, owner_id: _owner, ...changes } = toViewRow(view)
  const { data, error } = await client.from('views').update(changes).eq('id', view.id).select()
  if (error) throw error
  const [row] = data ?? []
  if (!row) throw new Error(lockedViewMessage)
  return readSavedView(row).view
}

export async function deleteSavedView(client: AnyClient, id: string): Promise<void> {
  const { data, error } = await client.from('views').delete().eq('id', id).select('id')
  if (error) throw error
  if (!data || data.length === 0) throw new Error(lockedViewMessage)
}
