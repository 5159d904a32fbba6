import { Fragment, memo, useRef } from 'react'
import { useDroppable } from '@dnd-kit/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { classNames } from '../../ui/classNames'
import type { RecordRow, ViewGroup, ViewStoreApi } from '../store/ViewStore'
import { AddCardForm } from './AddCardForm'
import { BoardCard } from './BoardCard'
import { BoardGhost } from './BoardGhost'
import type { BoardGhost as Ghost } from './boardGhosts'

/** Beyond this many cards a column renders only those in view (dnd-kit issues #368, #943; perf anchor 4). */
export const VIRTUALIZE_AFTER = 100
const ESTIMATED_CARD_HEIGHT = 88

export interface BoardColumnProps {
  group: ViewGroup
  ids: readonly string[]
  records: Readonly<Record<string, RecordRow>>
  module: ModuleDefinition
  groupField: FieldDefinition
  titleField: FieldDefinition | undefined
  cardFields: readonly FieldDefinition[]
  canEdit: boolean
  /** The card a drop would land before when this column is the target (null: the end); undefined otherwise. */
  dropBeforeId: string | null | undefined
  draggingId: string | null
  /** Others dragging a card over this column right now. */
  ghosts?: readonly Ghost[] | undefined
  /** Comments per record, for the badge on each card. */
  commentCounts?: ReadonlyMap<string, number>
  store: ViewStoreApi
  registerElement(key: string, element: HTMLElement | null): void
  onToggle(key: string): void
  onOpenRecord(id: string): void
}

export const BoardColumn = memo(function BoardColumn(props: BoardColumnProps) {
  const { group, ids, canEdit, dropBeforeId, store, registerElement, onToggle } = props
  const { setNodeRef, isOver } = useDroppable({ id: `column:${group.key}` })
  const label = group.label || 'No value'
  const headingId = `board-column-${group.key || 'none'}`

  return (
    <section
      ref={(element) => {
        setNodeRef(element)
        registerElement(group.key, element)
      }}
      className={classNames('board-column', group.collapsed && 'board-column--collapsed', isOver && 'board-column--over')}
      aria-labelledby={headingId}
      data-column-key={group.key}
    >
      <header className="board-column__header">
        <button
          type="button"
          className="board-column__toggle"
          aria-expanded={!group.collapsed}
          aria-label={`${group.collapsed ? 'Expand' : 'Collapse'} ${label}`}
          onClick={() => onToggle(group.key)}
        >
          <span aria-hidden="true">{group.collapsed ? '▸' : '▾'}</span>
        </button>
        <h3 id={headingId} className="board-column__title">
          {label}
        </h3>
        <span className="board-column__count" aria-label={`${group.count} cards`}>
          {group.count}
        </span>
      </header>
      {!group.collapsed && (
        <>
          {props.ghosts?.map((ghost) => (
            <BoardGhost key={ghost.recordId} ghost={ghost} title={ghostTitle(props, ghost.recordId)} />
          ))}
          {ids.length > VIRTUALIZE_AFTER ? <VirtualCards {...props} /> : <AllCards {...props} />}
          {canEdit && <AddCardForm store={store} module={props.module} groupField={props.groupField} groupKey={group.key} />}
        </>
      )}
      {group.collapsed && dropBeforeId !== undefined && <div className="board-column__drop-line" />}
    </section>
  )
})

function ghostTitle({ records, titleField }: BoardColumnProps, recordId: string): string {
  const value = titleField ? records[recordId]?.[titleField.key] : null
  return typeof value === 'string' && value ? value : 'a card'
}

function AllCards({ ids, records, group, titleField, cardFields, canEdit, dropBeforeId, onOpenRecord, commentCounts }: BoardColumnProps) {
  return (
    <div className="board-column__cards">
      {ids.map((id) => {
        const record = records[id]
        return (
          <Fragment key={id}>
            {dropBeforeId === id && <div className="board-column__drop-line" />}
            {record && (
              <BoardCard record={record} groupKey={group.key} titleField={titleField} cardFields={cardFields} canDrag={canEdit} comments={commentCounts?.get(record.id) ?? 0} onOpenRecord={onOpenRecord} />
            )}
          </Fragment>
        )
      })}
      {dropBeforeId === null && <div className="board-column__drop-line" />}
    </div>
  )
}

function VirtualCards({ ids, records, group, titleField, cardFields, canEdit, dropBeforeId, onOpenRecord, commentCounts }: BoardColumnProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => ids[index] ?? index,
    overscan: 6,
  })
  const lineIndex = dropBeforeId === undefined ? -1 : dropBeforeId === null ? ids.length : ids.indexOf(dropBeforeId)
  const lineItem = lineIndex >= 0 ? virtualizer.measurementsCache[Math.min(lineIndex, ids.length - 1)] : undefined
  const lineTop = lineItem ? (lineIndex >= ids.length ? lineItem.end : lineItem.start) : null

  return (
    <div ref={scrollRef} className="board-column__cards board-column__cards--virtual" data-virtual-scroller="">
      <div style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const record = records[ids[item.index] ?? '']
          if (!record) return null
          return (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="board-column__slot" style={{ transform: `translateY(${item.start}px)` }}>
              <BoardCard record={record} groupKey={group.key} titleField={titleField} cardFields={cardFields} canDrag={canEdit} comments={commentCounts?.get(record.id) ?? 0} onOpenRecord={onOpenRecord} />
            </div>
          )
        })}
        {lineTop !== null && <div className="board-column__drop-line board-column__drop-line--floating" style={{ top: lineTop }} />}
      </div>
    </div>
  )
}
