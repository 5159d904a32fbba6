import type { MouseEvent } from 'react'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { useWorkspaceMembers } from '../../custom-fields/person/WorkspaceMembersProvider'
import { Button } from '../../ui/Button'
import { describeValue } from '../../custom-fields/describeValue'
import './EditConflictNotice.css'

const keepFocus = (event: MouseEvent) => event.preventDefault()

/** Shown on an open editor when someone else saved the same field meanwhile: their value, and a choice. */
export function EditConflictNotice({
  field,
  theirs,
  by,
  onKeepMine,
  onTakeTheirs,
}: {
  field: FieldDefinition
  theirs: unknown
  by: string | null
  onKeepMine(): void
  onTakeTheirs(): void
}) {
  const members = useWorkspaceMembers()
  const who = (by && members.byId.get(by)?.name) || 'someone else'
  const nameOf = (id: string) => members.byId.get(id)?.name
  return (
    <div className="edit-conflict" role="alert">
      <span>
        Changed by {who} to <strong>{describeValue(theirs, field, nameOf) ?? 'empty'}</strong> while you were editing.
      </span>
      {/* Pressing these must not blur the editor: leaving an editor commits it, which would decide for the user. */}
      <Button variant="ghost" onMouseDown={keepFocus} onClick={onKeepMine}>Keep mine</Button>
      <Button variant="ghost" onMouseDown={keepFocus} onClick={onTakeTheirs}>Take theirs</Button>
    </div>
  )
}
