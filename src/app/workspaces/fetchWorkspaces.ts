import { supabase } from '../../lib/supabase/client'
import type { OrganizationRow, WorkspaceRow } from '../../lib/supabase/types'

export type WorkspaceSummary = Pick<WorkspaceRow, 'id' | 'name' | 'slug' | 'settings'> & {
  /** Null only if RLS hides the organization row while showing the workspace. */
  organization: Pick<OrganizationRow, 'id' | 'name'> | null
}

/**
 * The workspaces the signed-in user may open. RLS on the server limits the rows to the user's memberships.
 * `settings` comes along because it holds the workspace's currency (and time zone), which its pages need.
 */
export async function fetchWorkspaces(): Promise<WorkspaceSummary[]> {
  // throwOnError: supabase-js otherwise resolves with a plain `{ message, code }` object, not an Error.
  const { data } = await supabase
    .from('workspaces')
    .select('id, name, slug, settings, organization:organizations(id, name)')
    .order('name')
    .throwOnError()
  return data
}
