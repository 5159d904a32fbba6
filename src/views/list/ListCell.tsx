import { useEffect, useRef } from 'react'
import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import { useOthersEditing } from '../../realtime/presence/PresenceContext'
import { personColor } from '../../ui/Avatar'
import { classNames } from '../../ui/classNames'
import type { RecordRow } from '../store/ViewStore'
import type { ActiveCell } from './gridNavigation'
import { CommentCountBadge } from '../../realtime/comments/CommentCountBadge'
import { useViewCollaboration } from '../engine/useViewCollaboration'
import { ListCellEditor } from './ListCellEditor'
import { widthVar } from './listTable'

export interface ListCellProps {
  record: RecordRow
  field: FieldDefinition
  isTitle: boolean
  active: boolean
  editing: boolean
  canEdit: boolean
  onActivate(cell: ActiveCell, edit: boolean): void
  onCommit(recordId: string, fieldKey: string, value: unknown): void
  onCancelEdit(): void
  onOpenRecord(id: string): void
}

/**
 * One cell: the field type's Cell, or its Editor while editing. Built-in and custom fields go through the same
 * FieldType, so a custom field edits exactly like a built-in column. The active cell takes focus (roving tabindex).
 */
export function ListCell({ record, field, isTitle, active, editing, canEdit, onActivate, onCommit, onCancelEdit, onOpenRecord }: ListCellProps) {
  const ref = useRef<HTMLDivElement>(null)
  const type = getFieldType(field.type)
  const value = readFieldValue(record, field)
  const editable = canEdit && !field.readOnly && type !== undefined
  // One commit per editing session: an editor may commit on Enter and again on the blur that follows.
  const committed = useRef(false)

  useEffect(() => {
    if (editing) committed.current = false
  }, [editing])

  useEffect(() => {
    // Follow the keyboard, but never pull focus out of an editor or away from elsewhere on the page.
    const grid = ref.current?.closest('[role="grid"]')
    if (active && !editing && grid?.contains(document.activeElement)) ref.current?.focus({ preventScroll: true })
  }, [active, editing])

  const othersEditing = useOthersEditing().get(`${record.id}:${field.key}`)
  const editor = othersEditing?.[0]
  const cell = { recordId: record.id, columnKey: field.key }
  const Cell = type?.Cell
  const content = Cell ? <Cell value={value} field={field} /> : <span>{String(value ?? '')}</span>
  const Editor = type?.Editor
  return (
    <div
      ref={ref}
      role={isTitle ? 'rowheader' : 'gridcell'}
      className={classNames(
        'list-view__cell',
        isTitle && 'list-view__cell--pinned list-view__cell--title',
        active && 'list-view__cell--active',
        editing && 'list-view__cell--editing',
        editor && 'list-view__cell--others-editing',
      )}
      style={{ width: `var(${widthVar(field.key)})`, ...(editor ? { outlineColor: personColor(editor.userId) } : {}) }}
      title={othersEditing ? `${othersEditing.map((user) => user.name).join(', ')} editing` : undefined}
      data-editing-by={othersEditing?.map((user) => user.name).join(', ')}
      tabIndex={active ? 0 : -1}
      aria-readonly={!editable || undefined}
      data-column={field.key}
      onClick={() => !active && onActivate(cell, false)}
      onDoubleClick={() => editable && onActivate(cell, true)}
    >
      {editing && editable && Editor ? (
        <ListCellEditor
          // Rows are recycled between records (ListBody's slots): a draft must never pass to another record.
          key={record.id}
          recordId={record.id}
          field={field}
          value={value}
          updatedBy={typeof record.updated_by === 'string' ? record.updated_by : null}
          Editor={Editor as never}
          onCommit={(next) => {
            if (committed.current) return
            committed.current = true
            onCommit(record.id, field.key, next)
          }}
          onCancel={() => {
            if (!committed.current) onCancelEdit()
          }}
        />
      ) : (
        <>
          {/* The title holds its badge and button beside the value; elsewhere the value is the cell's only child (one
              element fewer in every cell of every row scrolled past). */}
          {isTitle ? <span className="list-view__value">{content}</span> : content}
          {isTitle && <TitleComments recordId={record.id} />}
          {isTitle && (
            <button
              type="button"
              className="list-view__open"
              tabIndex={active ? 0 : -1}
              aria-label={`Open ${typeof value === 'string' && value ? value : 'record'}`}
              onClick={(event) => {
                event.stopPropagation()
                onOpenRecord(record.id)
              }}
            >
              Open
            </button>
          )}
        </>
      )}
    </div>
  )
}

/** The comment count beside a row's title; its own component, so a new count re-renders only this badge. */
function TitleComments({ recordId }: { recordId: string }) {
  return <CommentCountBadge count={useViewCollaboration().commentCounts.get(recordId) ?? 0} />
}
