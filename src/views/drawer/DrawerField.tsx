import { useState } from 'react'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import { Button } from '../../ui/Button'

export interface DrawerFieldProps {
  field: FieldDefinition
  value: unknown
  canEdit: boolean
  onCommit(value: unknown): void
}

/** One field in the drawer: its Cell, and its Editor after "Edit" (or a click on the value). */
export function DrawerField({ field, value, canEdit, onCommit }: DrawerFieldProps) {
  const [editing, setEditing] = useState(false)
  const type = getFieldType(field.type)
  const editable = canEdit && !field.readOnly && type !== undefined
  const Cell = type?.Cell
  const Editor = type?.Editor
  let done = false

  return (
    <div className="record-drawer__field">
      <dt className="record-drawer__label">
        {field.label}
        {field.source === 'custom' && <span className="ui-visually-hidden"> (custom field)</span>}
      </dt>
      <dd className="record-drawer__value">
        {editing && Editor ? (
          <Editor
            value={value as never}
            field={field}
            autoFocus
            onCommit={(next) => {
              if (done) return
              done = true
              setEditing(false)
              if (JSON.stringify(next ?? null) !== JSON.stringify(value ?? null)) onCommit(next)
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <>
            <span className="record-drawer__display">{Cell ? <Cell value={value as never} field={field} /> : String(value ?? '')}</span>
            {editable && (
              <Button variant="ghost" aria-label={`Edit ${field.label}`} onClick={() => setEditing(true)}>
                Edit
              </Button>
            )}
          </>
        )}
      </dd>
    </div>
  )
}
