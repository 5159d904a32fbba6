import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { flushSync } from 'react-dom'
import { useDraggable } from '@dnd-kit/core'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { classNames } from '../../ui/classNames'
import type { RecordRow } from '../store/ViewStore'
import { CommentCountBadge } from '../../realtime/comments/CommentCountBadge'
import { BoardCardBody } from './BoardCardBody'
import type { CardDragData } from './BoardView'

export interface BoardCardProps {
  record: RecordRow
  groupKey: string
  titleField: FieldDefinition | undefined
  cardFields: readonly FieldDefinition[]
  canDrag: boolean
  /** Comments on the record, shown as a badge. */
  comments?: number
  onOpenRecord(id: string): void
}

/**
 * A card. dnd-kit's useDraggable re-renders its component on every change of the drag context (each new column or
 * card under the pointer), so only the card under the pointer or keyboard focus is draggable ("armed"); the others
 * are plain and stay still during a drag (perf anchor: at most 3 card renders per move). The body is memoised.
 */
export const BoardCard = memo(function BoardCard(props: BoardCardProps) {
  const [armed, setArmed] = useState<'pointer' | 'focus' | null>(null)
  const listeners = useRef<Listeners>(undefined)
  if (props.canDrag && armed) return <DraggableCard {...props} armedBy={armed} listenersRef={listeners} onDisarm={() => setArmed(null)} />

  // Pressed before the pointer-enter was rendered (a quick hand, a busy page): arm now and hand dnd-kit this press.
  function pressUnarmed(event: PointerEvent<HTMLDivElement>) {
    flushSync(() => setArmed('pointer'))
    listeners.current?.onPointerDown?.(event)
  }
  return (
    <CardShell
      {...props}
      onPointerEnter={props.canDrag ? () => setArmed('pointer') : undefined}
      onPointerDown={props.canDrag ? pressUnarmed : undefined}
      onFocus={props.canDrag ? () => setArmed('focus') : undefined}
    />
  )
})

type Listeners = ReturnType<typeof useDraggable>['listeners']

function DraggableCard({
  armedBy,
  onDisarm,
  listenersRef,
  ...props
}: BoardCardProps & { armedBy: 'pointer' | 'focus'; onDisarm(): void; listenersRef: { current: Listeners } }) {
  const { record, groupKey } = props
  const data: CardDragData = { recordId: record.id, groupKey }
  // A record under several groups (multi-valued field) is several cards: the id names the column too.
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `${groupKey}\u0000${record.id}`, data })
  // Before any handler runs again: a press on the plain card (see pressUnarmed) reaches these right after arming.
  useLayoutEffect(() => {
    listenersRef.current = listeners
  })
  const element = useRef<HTMLDivElement | null>(null)
  const dragging = useRef(isDragging)
  dragging.current = isDragging

  // Armed by focus, the draggable element replaced the plain one: give it the focus back.
  useEffect(() => {
    if (armedBy === 'focus') element.current?.focus({ preventScroll: true })
  }, [armedBy])
  // A drag that ended away from this card disarms it.
  const wasDragging = useRef(false)
  useEffect(() => {
    if (isDragging) {
      wasDragging.current = true
      return
    }
    if (!wasDragging.current) return
    wasDragging.current = false
    const node = element.current
    if (node && !node.matches(':hover') && document.activeElement !== node) onDisarm()
  }, [isDragging, onDisarm])

  return (
    <CardShell
      {...props}
      ref={(node) => {
        element.current = node
        setNodeRef(node)
      }}
      dragging={isDragging}
      attributes={attributes}
      listeners={listeners}
      onPointerLeave={() => !dragging.current && document.activeElement !== element.current && onDisarm()}
      onBlur={() => !dragging.current && !element.current?.matches(':hover') && onDisarm()}
    />
  )
}

interface CardShellProps extends BoardCardProps {
  ref?: (node: HTMLDivElement | null) => void
  dragging?: boolean
  attributes?: ReturnType<typeof useDraggable>['attributes']
  listeners?: ReturnType<typeof useDraggable>['listeners']
  onPointerEnter?: (() => void) | undefined
  onPointerDown?: ((event: PointerEvent<HTMLDivElement>) => void) | undefined
  onPointerLeave?: () => void
  onFocus?: (() => void) | undefined
  onBlur?: () => void
}

function CardShell(props: CardShellProps) {
  const { record, titleField, cardFields, canDrag, onOpenRecord, ref, dragging, attributes, listeners, onPointerEnter, onPointerDown, onPointerLeave, onFocus, onBlur } = props
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
      ref={ref}
      className={classNames('board-card', dragging && 'board-card--dragging')}
      data-card-id={record.id}
      {...attributes}
      {...listeners}
      {...(onPointerDown ? { onPointerDown } : {})}
      role="button"
      tabIndex={0}
      aria-roledescription={canDrag ? 'draggable card' : 'card'}
      aria-label={typeof title === 'string' && title ? title : 'Untitled'}
      onKeyDown={onKeyDown}
      onClick={() => onOpenRecord(record.id)}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <BoardCardBody record={record} titleField={titleField} cardFields={cardFields} />
      <CommentCountBadge count={props.comments ?? 0} />
    </div>
  )
}
