import { useCallback, useMemo, useRef, useState } from 'react'
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { getEventCoordinates } from '@dnd-kit/utilities'
import { useStore } from 'zustand'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { useWorkspaceMembers } from '../../custom-fields/person/WorkspaceMembersProvider'
import { getFieldType } from '../../custom-fields/registry'
import { EmptyState } from '../../ui/EmptyState'
import { useViewCollaboration } from '../engine/useViewCollaboration'
import type { ViewRendererProps } from '../engine/ViewRenderer'
import { ghostsByColumn } from './boardGhosts'
import { BoardCardBody } from './BoardCardBody'
import { BoardColumn } from './BoardColumn'
import { canBeBoardColumns, type BoardOptions } from './boardOptions'
import { boardAnnouncements } from './boardAnnouncements'
import { dropTargetAt, sameTarget, type DropTarget } from './dropTarget'
import { holdsWorkspaceMembers, withMemberColumns } from './memberColumns'
import './BoardView.css'

/** What a card's draggable carries: the record, and the column it was picked up from. */
export interface CardDragData {
  recordId: string
  groupKey: string
}

// Pointer first (the column under the pointer); keyboard drags have no pointer, so fall back to overlapping rects.
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args)
  return hits.length > 0 ? hits : rectIntersection(args)
}

/**
 * The board renderer: one column per group of the view's group-by field (with a "no value" column), cards in manual
 * order; grouped by a person, one column per workspace member even without cards, so anyone can be assigned by a drop. A drop becomes one store.move, which writes one row: the new group value and a fractional position.
 * During a drag only the column under the pointer re-renders (its drop line); cards are memoised and never do.
 */
export function BoardView({ module, fields, view, options, store, canEdit, onOpenRecord }: ViewRendererProps<BoardOptions>) {
  const storeGroups = useStore(store, (s) => s.groups)
  const groupedIds = useStore(store, (s) => s.groupedIds)
  const records = useStore(store, (s) => s.records)
  const { members } = useWorkspaceMembers()

  const groupField = fields.find((field) => field.key === view.groupBy?.field)
  // Columns the store does not know (members without cards) fold here; the store still saves the collapsed keys.
  const [collapsedHere, setCollapsedHere] = useState(() => new Set(view.groupBy?.collapsed ?? []))
  const onToggleColumn = useCallback(
    (key: string) => {
      setCollapsedHere((current) => {
        const next = new Set(current)
        if (!next.delete(key)) next.add(key)
        return next
      })
      store.getState().toggleGroup(key)
    },
    [store],
  )
  const groups = useMemo(() => {
    const type = groupField ? getFieldType(groupField.type) : undefined
    if (!groupField || !type || !holdsWorkspaceMembers(groupField, type)) return storeGroups
    return withMemberColumns(storeGroups, members, groupField, type, (key) => collapsedHere.has(key))
  }, [storeGroups, members, groupField, collapsedHere])
  const titleField = fields.find((field) => field.key === module.titleField)
  const cardFields = useMemo(
    () =>
      options.cardFields
        .map((key) => fields.find((field) => field.key === key))
        .filter((field): field is FieldDefinition => field !== undefined && field.key !== module.titleField && field.key !== groupField?.key),
    [options.cardFields, fields, module.titleField, groupField?.key],
  )

  const { reportDrag, ghosts, commentCounts } = useViewCollaboration()
  const columnGhosts = useMemo(() => ghostsByColumn(ghosts), [ghosts])
  const [active, setActive] = useState<CardDragData | null>(null)
  const [target, setTarget] = useState<DropTarget | null>(null)
  const targetRef = useRef<DropTarget | null>(null)
  const columnElements = useRef(new Map<string, HTMLElement>())
  const registerColumn = useCallback((key: string, element: HTMLElement | null) => {
    if (element) columnElements.current.set(key, element)
    else columnElements.current.delete(key)
  }, [])

  const sensors = useSensors(
    // A few pixels before a drag starts, so a click still opens the card.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    // Space picks up and drops; Enter is left to open the card.
    useSensor(KeyboardSensor, { keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] } }),
  )

  const targetFor = useCallback(
    (event: DragMoveEvent | DragEndEvent): DropTarget | null => {
      const data = event.active.data.current as CardDragData | undefined
      const overId = event.over?.id
      if (!data || typeof overId !== 'string' || !overId.startsWith('column:')) return null
      const columnKey = overId.slice('column:'.length)
      const y = pointerY(event)
      if (y === null) return { columnKey, beforeId: null }
      return dropTargetAt(columnKey, columnElements.current.get(columnKey) ?? null, y, groupedIds[columnKey] ?? [], data.recordId)
    },
    [groupedIds],
  )

  const onDragStart = useCallback((event: DragStartEvent) => setActive((event.active.data.current as CardDragData) ?? null), [])
  const onDragMove = useCallback(
    (event: DragMoveEvent) => {
      const next = targetFor(event)
      if (sameTarget(targetRef.current, next)) return
      targetRef.current = next
      setTarget(next)
      // Everyone else sees a ghost of the card where it would land (only when that place changes).
      const recordId = (event.active.data.current as CardDragData | undefined)?.recordId
      if (recordId) reportDrag(recordId, next ? { columnKey: next.columnKey, beforeId: next.beforeId } : null)
    },
    [targetFor, reportDrag],
  )
  const onDragCancel = useCallback(() => {
    if (active) reportDrag(active.recordId, null)
    targetRef.current = null
    setActive(null)
    setTarget(null)
  }, [active, reportDrag])
  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const data = event.active.data.current as CardDragData | undefined
      const drop = targetFor(event)
      if (data) reportDrag(data.recordId, null)
      targetRef.current = null
      setActive(null)
      setTarget(null)
      if (!data || !drop) return
      // The store turns this into one PATCH (group value and/or position) and rolls it back if the write fails.
      void store.getState().move(data.recordId, { groupKey: drop.columnKey, beforeId: drop.beforeId, fromGroupKey: data.groupKey })
    },
    [store, targetFor, reportDrag],
  )

  const announcements = useMemo(() => boardAnnouncements(records, titleField, groups), [records, titleField, groups])

  if (!groupField || !canBeBoardColumns(groupField)) {
    return (
      <EmptyState title="Choose how to make columns">
        <p>Group this board by a select, status or person field (Group in the toolbar) to see its columns.</p>
      </EmptyState>
    )
  }

  const activeRecord = active ? records[active.recordId] : undefined
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions: { draggable: 'To move a card, press Space, use the arrow keys, then press Space again to drop it, or Escape to cancel. Press Enter to open it.' } }}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <div className="board-view" role="region" aria-label={view.name}>
        {groups.map((group) => (
          <BoardColumn
            key={group.key}
            group={group}
            ids={groupedIds[group.key] ?? []}
            records={records}
            module={module}
            groupField={groupField}
            titleField={titleField}
            cardFields={cardFields}
            canEdit={canEdit}
            dropBeforeId={target?.columnKey === group.key ? target.beforeId : undefined}
            draggingId={active?.recordId ?? null}
            ghosts={columnGhosts.get(group.key)}
            commentCounts={commentCounts}
            store={store}
            registerElement={registerColumn}
            onToggle={onToggleColumn}
            onOpenRecord={onOpenRecord}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {activeRecord ? <BoardCardBody record={activeRecord} titleField={titleField} cardFields={cardFields} overlay /> : null}
      </DragOverlay>
    </DndContext>
  )
}

function pointerY(event: DragMoveEvent | DragEndEvent): number | null {
  const start = getEventCoordinates(event.activatorEvent)
  if (start) return start.y + event.delta.y
  const rect = event.active.rect.current.translated
  return rect ? rect.top + rect.height / 2 : null
}
