import type { Json } from '../../lib/supabase/types'
import { CURRENT_VIEW_VERSION, type SavedView, type ViewType } from './savedView'

/** A row of the `views` table as PostgREST returns it (JSON columns still unparsed). */
export interface ViewRow {
  id: string
  workspace_id: string
  module: string
  view_type: ViewType | string
  name: string
  filters: Json | null
  sorts: Json
  group_by: Json | null
  config: Json
  is_shared: boolean
  is_locked: boolean
  owner_id: string | null
  position: string | null
  version: number
  created_at?: string
  updated_at?: string
}

/** The insert/update payload of a saved view (created_at/updated_at belong to the database). */
export type ViewRowPayload = Omit<ViewRow, 'created_at' | 'updated_at' | 'owner_id'> & { owner_id?: string }

/**
 * A saved view as a `views` row, always in the current version. `owner_id` is left out when unknown so the column's
 * default (the caller, auth.uid()) applies: the insert policy requires the owner to be the caller.
 */
export function toViewRow(view: SavedView): ViewRowPayload {
  const row: ViewRowPayload = {
    id: view.id,
    workspace_id: view.workspaceId,
    module: view.module,
    view_type: view.type,
    name: view.name,
    filters: view.filter as unknown as Json,
    sorts: view.sorts as unknown as Json,
    group_by: view.groupBy as unknown as Json,
    config: { fields: view.fields, options: view.options } as unknown as Json,
    is_shared: view.isShared,
    is_locked: view.isLocked,
    position: view.position,
    version: CURRENT_VIEW_VERSION,
  }
  if (view.ownerId !== null) row.owner_id = view.ownerId
  return row
}
