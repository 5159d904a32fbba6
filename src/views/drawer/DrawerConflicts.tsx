import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { errorMessage } from '../../lib/errorMessage'
import { supabase } from '../../lib/supabase/client'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { SchedulingConflictList } from '../../scheduling/SchedulingConflictList'
import { checkSchedulingConflicts, type SchedulingConflict } from '../../scheduling/schedulingConflicts'
import type { RecordRow } from '../store/ViewStore'
import type { FullViewStoreApi } from '../store/createViewStore'

/**
 * What a booking or crew call collides with as it stands, asked of the conflict engine again whenever a row of the
 * view changes (someone else's booking arriving live included).
 */
export function DrawerConflicts({ module, store, record }: { module: ModuleDefinition; store: FullViewStoreApi; record: RecordRow }) {
  const records = useStore(store, (s) => s.records)
  const [state, setState] = useState<{ conflicts: SchedulingConflict[] } | { error: string } | null>(null)

  useEffect(() => {
    let current = true
    checkSchedulingConflicts(supabase, module.table, record).then(
      (conflicts) => current && setState({ conflicts }),
      (error: unknown) => current && setState({ error: errorMessage(error) }),
    )
    return () => {
      current = false
    }
  }, [module.table, record, records])

  if (!state) return null
  if ('error' in state) return <p className="ui-muted">Conflicts could not be checked: {state.error}</p>
  return (
    <section className="record-drawer__conflicts" aria-label="Scheduling conflicts">
      {state.conflicts.length === 0 ? (
        <p className="ui-muted">No scheduling conflicts.</p>
      ) : (
        <SchedulingConflictList conflicts={state.conflicts} />
      )}
    </section>
  )
}
