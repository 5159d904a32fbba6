import { memo } from 'react'
import { classNames } from '../../ui/classNames'
import type { PlacedField } from '../engine/viewFields'
import type { RecordRow } from '../store/ViewStore'
import type { ActiveCell } from './gridNavigation'
import { ListCell } from './ListCell'
import { SELECT_COLUMN, widthVar } from './listTable'

export interface ListRowProps {
  record: RecordRow
  ariaRowIndex: number
  /** Offset from the top of the body and height, in px: numbers, so a row that stays on screen skips re-rendering. */
  top: number
  height: number
  visible: readonly PlacedField[]
  titleKey: string
  /** The active column when this row holds the active cell, else null: other rows skip re-rendering on navigation. */
  activeColumn: string | null
  editing: boolean
  selected: boolean
  canEdit: boolean
  onActivate(cell: ActiveCell, edit: boolean): void
  onCommit(recordId: string, fieldKey: string, value: unknown): void
  onCancelEdit(): void
  onToggleRow(id: string, event: unknown): void
  onOpenRecord(id: string): void
}

export const ListRow = memo(function ListRow(props: ListRowProps) {
  const { record, visible, titleKey, activeColumn, editing, selected, canEdit } = props
  return (
    <div
      role="row"
      aria-rowindex={props.ariaRowIndex}
      aria-selected={canEdit ? selected : undefined}
      className={classNames('list-view__row', selected && 'list-view__row--selected')}
      style={{ transform: `translateY(${props.top}px)`, height: props.height }}
      data-record-id={record.id}
    >
      <div role="gridcell" className="list-view__cell list-view__cell--select list-view__cell--pinned" style={{ width: `var(${widthVar(SELECT_COLUMN)})` }}>
        {canEdit && (
          <input
            type="checkbox"
            aria-label={`Select ${titleText(record[titleKey])}`}
            checked={selected}
            // click, not change: the range handler needs the Shift key of the original event.
            onClick={(event) => props.onToggleRow(record.id, event)}
            onChange={() => {}}
          />
        )}
      </div>
      {visible.map(({ field }) => (
        <ListCell
          key={field.key}
          record={record}
          field={field}
          isTitle={field.key === titleKey}
          active={activeColumn === field.key}
          editing={activeColumn === field.key && editing}
          canEdit={canEdit}
          onActivate={props.onActivate}
          onCommit={props.onCommit}
          onCancelEdit={props.onCancelEdit}
          onOpenRecord={props.onOpenRecord}
        />
      ))}
    </div>
  )
})

export function titleText(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value : 'Untitled'
}
