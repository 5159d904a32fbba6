import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import type { PresentUser } from '../../realtime/presence/presenceState'
import { Button } from '../../ui/Button'
import { EditConflictNotice } from '../engine/EditConflictNotice'
import { useFieldEditSession } from '../engine/useFieldEditSession'

export interface DrawerFieldProps {
  recordId: string
  field: FieldDefinition
  value: unknown
  /** Who saved the record last, to name them when their change crosses an open editor. */
  updatedBy: string | null
  canEdit: boolean
  /** Others editing this field right now. */
  othersEditing: readonly PresentUser[]
  onCommit(value: unknown): void
}

/** One field in the drawer: its Cell, and its Editor after "Edit" (or a click on the value). */
export function DrawerField({ recordId, field, value, updatedBy, canEdit, othersEditing, onCommit }: DrawerFieldProps) {
  const session = useFieldEditSession(recordId, field.key, value)
  const type = getFieldType(field.type)
  const editable = canEdit && !field.readOnly && type !== undefined
  const Cell = type?.Cell
  const Editor = type?.Editor
  let done = false

  return (
    <div className="record-drawer__field" data-field={field.key}>
      <dt className="record-drawer__label">
        {field.label}
        {field.source === 'custom' && <span className="ui-visually-hidden"> (custom field)</span>}
        {othersEditing.length > 0 && <span className="someone-editing"> · {othersEditing.map((user) => user.name).join(', ')} editing</span>}
      </dt>
      <dd className="record-drawer__value">
        {session.editing && Editor ? (
          <>
            {session.remoteChange && (
              <EditConflictNotice field={field} theirs={session.remoteChange.theirs} by={updatedBy} onKeepMine={session.keepMine} onTakeTheirs={session.takeTheirs} />
            )}
            <Editor
              value={value as never}
              field={field}
              autoFocus
              onCommit={(next) => {
                if (done) return
                done = true
                session.stop()
                if (JSON.stringify(next ?? null) !== JSON.stringify(value ?? null)) onCommit(next)
              }}
              onCancel={session.stop}
            />
          </>
        ) : (
          <>
            <span className="record-drawer__display">{Cell ? <Cell value={value as never} field={field} /> : String(value ?? '')}</span>
            {editable && (
              <Button variant="ghost" aria-label={`Edit ${field.label}`} onClick={session.start}>
                Edit
              </Button>
            )}
          </>
        )}
      </dd>
    </div>
  )
}
