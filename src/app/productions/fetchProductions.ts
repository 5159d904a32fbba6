import { supabase } from '../../lib/supabase/client'
import type { ProductionRow } from '../../lib/supabase/types'

export type ProductionListItem = Pick<
  ProductionRow,
  'id' | 'name' | 'code' | 'status' | 'venue' | 'start_date' | 'end_date' | 'budget'
>

/**
 * The live (not soft-deleted) productions of a workspace, soonest first and undated ones last.
 * The workspace filter is explicit even though RLS would also limit rows: RLS decides who may see,
 * the query decides what this page shows.
 */
export async function fetchProductions(workspaceId: string): Promise<ProductionListItem[]> {
  const { data } = await supabase
    .from('productions')
    .select('id, name, code, status, venue, start_date, end_date, budget')
    .eq('workspace_id', workspaceId)
    .is('deleted_at', null)
    .order('start_date', { ascending: true, nullsFirst: false })
    .throwOnError()
  return data
}
