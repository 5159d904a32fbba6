import { useEffect } from 'react'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { EditorProps } from '../../custom-fields/FieldType'
import type { ComponentType } from 'react'
import { EditConflictNotice } from '../engine/EditConflictNotice'
import { useFieldEditSession } from '../engine/useFieldEditSession'

export interface ListCellEditorProps {
  recordId: string
  field: FieldDefinition
  value: unknown
  /** Who saved the record last, named when their change crosses this edit. */
  updatedBy: string | null
  Editor: ComponentType<EditorProps<unknown, unknown>>
  onCommit(value: unknown): void
  onCancel(): void
}

/**
 * An inline editor with its edit session: everyone else sees this cell being edited, and a change someone else saves
 * to it meanwhile is shown with a choice (keep mine / take theirs) instead of being overwritten on commit.
 */
export function ListCellEditor({ recordId, field, value, updatedBy, Editor, onCommit, onCancel }: ListCellEditorProps) {
  const session = useFieldEditSession(recordId, field.key, value)
  const { start, stop } = session
  useEffect(() => {
    start()
    return stop
  }, [start, stop])

  return (
    <>
      {session.remoteChange && (
        <div className="list-view__cell-conflict">
          <EditConflictNotice
            field={field}
            theirs={session.remoteChange.theirs}
            by={updatedBy}
            onKeepMine={session.keepMine}
            onTakeTheirs={() => {
              stop()
              onCancel()
            }}
          />
        </div>
      )}
      <Editor value={value} field={field} autoFocus onCommit={onCommit} onCancel={onCancel} />
    </>
  )
}
