import { useStore } from 'zustand'
import { useWorkspaceMembers } from '../../custom-fields/person/WorkspaceMembersProvider'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { describeValue } from '../../custom-fields/describeValue'
import type { FullViewStoreApi } from '../store/createViewStore'

/**
 * Edits that crossed someone else's: both values side by side until this user chooses. Nothing is dropped silently;
 * the record meanwhile shows theirs, which is what everyone else sees.
 */
export function ConflictCallout({ store, module, fields }: { store: FullViewStoreApi; module: ModuleDefinition; fields: readonly FieldDefinition[] }) {
  const conflicts = useStore(store, (s) => s.conflicts)
  const records = useStore(store, (s) => s.records)
  const members = useWorkspaceMembers()
  if (conflicts.length === 0) return null
  return (
    <div className="conflict-callouts" aria-label="Conflicting changes">
      {conflicts.map((conflict) => {
        const field = fields.find((candidate) => candidate.key === conflict.field)
        const title = String(records[conflict.recordId]?.[module.titleField] ?? module.singular)
        const who = (conflict.by && members.byId.get(conflict.by)?.name) || 'someone else'
        const label = field?.label ?? conflict.field
        const nameOf = (id: string) => members.byId.get(id)?.name
        return (
          <Callout
            key={`${conflict.recordId}:${conflict.field}`}
            tone="warning"
            title={`${label} of “${title}” was changed by ${who}`}
            actions={
              <>
                <Button onClick={() => store.getState().resolveConflict(conflict.recordId, conflict.field, 'mine')}>Keep mine</Button>
                <Button onClick={() => store.getState().resolveConflict(conflict.recordId, conflict.field, 'theirs')}>Take theirs</Button>
              </>
            }
          >
            Yours: <strong>{describeValue(conflict.mine, field, nameOf) ?? 'empty'}</strong>. Theirs: <strong>{describeValue(conflict.theirs, field, nameOf) ?? 'empty'}</strong>.
          </Callout>
        )
      })}
    </div>
  )
}
