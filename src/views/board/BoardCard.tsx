import { memo, type KeyboardEvent } from 'react'
import { useDraggable } from '@dnd-kit/core'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { classNames } from '../../ui/classNames'
import type { RecordRow } from '../store/ViewStore'
import { BoardCardBody } from './BoardCardBody'
import type { CardDragData } from './BoardView'

export interface BoardCardProps {
  record: RecordRow
  groupKey: string
  titleField: FieldDefinition | undefined
  cardFields: readonly FieldDefinition[]
  canDrag: boolean
  onOpenRecord(id: string): void
}

/**
 * The draggable shell of a card. dnd-kit's hook re-runs here when the drag crosses into another column; the body is
 * memoised on the record and fields, so it does not re-render during a drag (perf anchor: ≤3 card renders per move).
 */
export const BoardCard = memo(function BoardCard({ record, groupKey, titleField, cardFields, canDrag, onOpenRecord }: BoardCardProps) {
  const data: CardDragData = { recordId: record.id, groupKey }
  // A record under several groups (multi-valued field) is several cards: the id names the column too.
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `${groupKey}\u0000${record.id}`, data, disabled: !canDrag })
  const title = titleField ? record[titleField.key] : null

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter') {
      event.preventDefault()
      onOpenRecord(record.id)
      return
    }
    listeners?.onKeyDown?.(event)
  }

  return (
    <div
      ref={setNodeRef}
      className={classNames('board-card', isDragging && 'board-card--dragging')}
      data-card-id={record.id}
      {...attributes}
      {...listeners}
      role="button"
      tabIndex={0}
      aria-roledescription={canDrag ? 'draggable card' : 'card'}
      aria-label={typeof title === 'string' && title ? title : 'Untitled'}
      onKeyDown={onKeyDown}
      onClick={() => onOpenRecord(record.id)}
    >
      <BoardCardBody record={record} titleField={titleField} cardFields={cardFields} />
    </div>
  )
})
