import { memo, useEffect, useLayoutEffect, useRef } from 'react'
import { assignSlots } from './rowSlots'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { PlacedField } from '../engine/viewFields'
import type { RecordRow } from '../store/ViewStore'
import type { GroupAggregate } from './aggregates'
import type { ActiveCell } from './gridNavigation'
import { ListGroupRow } from './ListGroupRow'
import type { ListItem, ListItems } from './listItems'
import { ListRow } from './ListRow'

export interface ListBodyProps {
  /** The grid element that scrolls (an ancestor: passed as state, since its ref attaches after this body's effects). */
  scrollElement: HTMLDivElement | null
  items: ListItems
  records: Readonly<Record<string, RecordRow>>
  visible: readonly PlacedField[]
  titleKey: string
  rowHeight: number
  active: ActiveCell | null
  editing: boolean
  /** Selected record ids. */
  selection: Readonly<Record<string, true>>
  canEdit: boolean
  /** Per group key, the footer's aggregates over that group; null when the view is not grouped or sums nothing. */
  groupSummaries: ReadonlyMap<string, readonly (GroupAggregate | null)[]> | null
  onActivate(cell: ActiveCell, edit: boolean): void
  onCommit(recordId: string, fieldKey: string, value: unknown): void
  onCancelEdit(): void
  onToggleRow(id: string, event: unknown): void
  onToggleGroup(key: string): void
  onOpenRecord(id: string): void
}

/**
 * The windowed rows: only what is on screen (plus a small overscan) is in the DOM, whatever the record count.
 * Memoised on purpose: resizing a column changes CSS variables above it and must not re-render a single row.
 */
export const ListBody = memo(function ListBody(props: ListBodyProps) {
  const { scrollElement, items, records, visible, titleKey, rowHeight, active, editing, selection, canEdit } = props
  // Rows have one fixed height and are never measured, so the virtualizer keys them by index (its default): a new
  // key function, or one that changes with the rows, makes it rebuild its 100k measurements on every sort.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => rowHeight,
    // Rows render in the scroll event itself (TanStack Virtual flushes synchronously), so a few rows beyond the edge
    // suffice; every extra row is laid out again on each jump of the scrollbar.
    overscan: 4,
  })

  // Keyboard navigation can move the active row off screen: bring it back.
  const activeId = active?.recordId
  useEffect(() => {
    if (!activeId) return
    const index = indexOfRecord(items, activeId)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' })
  }, [activeId, items, virtualizer])

  // Rows are keyed by slot, not by record: a record scrolling in reuses the elements of one that scrolled out.
  const virtualRows = virtualizer.getVirtualItems()
  const slotsRef = useRef<ReadonlyMap<string, number>>(new Map())
  const slots = assignSlots(
    slotsRef.current,
    virtualRows.map((row) => itemKey(items.at(row.index))),
  )
  useLayoutEffect(() => {
    slotsRef.current = slots
  })

  return (
    <div role="rowgroup" className="list-view__body" style={{ height: virtualizer.getTotalSize() }}>
      {virtualRows.map((virtualRow) => {
        const item = items.at(virtualRow.index)
        if (!item) return null
        const key = `${item.kind}:${slots.get(itemKey(item)) ?? virtualRow.index}`
        if (item.kind === 'group') {
          return (
            <ListGroupRow
              key={key}
              group={item.group}
              top={virtualRow.start}
              height={rowHeight}
              visible={visible}
              summary={props.groupSummaries?.get(item.group.key)}
              onToggle={props.onToggleGroup}
            />
          )
        }
        const record = records[item.id]
        if (!record) return null
        const rowActive = active?.recordId === item.id ? active.columnKey : null
        return (
          <ListRow
            key={key}
            record={record}
            ariaRowIndex={virtualRow.index + 2}
            top={virtualRow.start}
            height={rowHeight}
            visible={visible}
            titleKey={titleKey}
            activeColumn={rowActive}
            editing={rowActive !== null && editing}
            selected={selection[item.id] === true}
            canEdit={canEdit}
            onActivate={props.onActivate}
            onCommit={props.onCommit}
            onCancelEdit={props.onCancelEdit}
            onToggleRow={props.onToggleRow}
            onOpenRecord={props.onOpenRecord}
          />
        )
      })}
    </div>
  )
})

function itemKey(item: ListItem | undefined): string {
  if (!item) return ''
  return item.kind === 'group' ? `group:${item.group.key}` : `${item.groupKey}:${item.id}`
}

/** The row index of a record: its index among the records when there are no group rows, else searched for. */
function indexOfRecord(items: ListItems, id: string): number {
  if (items.length === items.recordIds.length) return items.recordIds.indexOf(id)
  for (let index = 0; index < items.length; index++) {
    const item = items.at(index)
    if (item?.kind === 'record' && item.id === id) return index
  }
  return -1
}
