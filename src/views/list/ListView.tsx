import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { useTable, type ColumnSizingState } from '@tanstack/react-table'
import { useStore } from 'zustand'
import { readFieldValue } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import { EmptyState } from '../../ui/EmptyState'
import type { SavedView } from '../engine/savedView'
import type { ViewRendererProps } from '../engine/ViewRenderer'
import { placeViewFields, toViewFields, moveField, type PlacedField } from '../engine/viewFields'
import type { RecordRow } from '../store/ViewStore'
import { groupAggregates } from './aggregates'
import { BulkEditBar } from './BulkEditBar'
import { nextCell, navigationKey, type ActiveCell } from './gridNavigation'
import { buildListItems } from './listItems'
import { ListBody } from './ListBody'
import { ListFooter } from './ListFooter'
import { ListHeader } from './ListHeader'
import { rowHeights, type ListOptions } from './listOptions'
import { allSelected, EMPTY_SELECTION, someSelected, toggleAll, toggleRow, type ListSelection } from './listSelection'
import { listColumns, listFeatures, SELECT_COLUMN, SELECT_WIDTH, widthVar } from './listTable'
import './ListView.css'

/**
 * The list (grid) renderer. TanStack Table owns column layout (order, visibility, sizes, pinning); listSelection the
 * selected rows; the store owns rows, order and groups. Column widths reach cells only through CSS variables set here,
 * so a resize re-renders this frame and the header, never the memoised body (perf anchor: 0 cell renders per resize tick).
 */
export type ListViewProps = ViewRendererProps<ListOptions>

export function ListView(props: ListViewProps) {
  const { module, fields, view, options, store, canEdit, canChangeView, onOpenRecord, onOptionsChange, onFieldsChange, onViewChange } = props
  const records = useStore(store, (s) => s.records)
  const groupedIds = useStore(store, (s) => s.groupedIds)
  const groups = useStore(store, (s) => s.groups)
  const status = useStore(store, (s) => s.status)

  const placed = useMemo(() => pinTitleFirst(placeViewFields(view, fields), module.titleField), [view, fields, module.titleField])
  const visible = useMemo(() => placed.filter((entry) => entry.visible), [placed])
  const columnDefs = useMemo(() => listColumns(placed, module.titleField), [placed, module.titleField])
  const items = useMemo(() => buildListItems(groups, groupedIds, view.groupBy !== null), [groups, groupedIds, view.groupBy])
  const recordIds = items.recordIds

  const grouped = view.groupBy !== null
  const groupSummaries = useMemo(() => {
    if (!grouped || !visible.some((entry) => options.aggregates[entry.field.key])) return null
    const columns = visible.map((entry) => ({ field: entry.field, type: getFieldType(entry.field.type) }))
    return groupAggregates(groups, groupedIds, records, columns, options.aggregates)
  }, [grouped, visible, options.aggregates, groups, groupedIds, records])

  const [sizing, setSizing] = useState<ColumnSizingState>(() => widthsOf(placed))
  const [selection, setSelection] = useState<ListSelection>(EMPTY_SELECTION)
  useEffect(() => setSizing(widthsOf(placed)), [placed])

  // Column layout only: rows, order and selection live outside the table, which never holds the (up to 100k) rows.
  const table = useTable({
    features: listFeatures,
    columns: columnDefs,
    data: NO_ROWS,
    columnResizeMode: 'onChange',
    state: {
      columnSizing: sizing,
      columnOrder: [SELECT_COLUMN, ...placed.map((entry) => entry.field.key)],
      columnVisibility: Object.fromEntries(placed.map((entry) => [entry.field.key, entry.visible])),
      columnPinning: { start: [SELECT_COLUMN, module.titleField], end: [] },
    },
    onColumnSizingChange: setSizing,
  })

  // Persist widths once a resize ends, not on every tick.
  const resizing = table.state.columnResizing.isResizingColumn
  const wasResizing = useRef<string | false>(false)
  useEffect(() => {
    if (wasResizing.current && !resizing && onFieldsChange) {
      onFieldsChange(toViewFields(placed.map((entry) => ({ ...entry, width: Math.round(sizing[entry.field.key] ?? entry.width ?? 0) || undefined }))))
    }
    wasResizing.current = resizing
  }, [resizing, sizing, placed, onFieldsChange])

  const columnKeys = useMemo(() => visible.map((entry) => entry.field.key), [visible])
  const [active, setActive] = useState<ActiveCell | null>(null)
  const [editing, setEditing] = useState(false)
  const gridRef = useRef<HTMLDivElement | null>(null)
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null)
  const attachGrid = useCallback((element: HTMLDivElement | null) => {
    gridRef.current = element
    setScroller(element)
  }, [])

  const recordIdsRef = useRef(recordIds)
  recordIdsRef.current = recordIds
  const onToggleRow = useCallback((id: string, event: unknown) => {
    const range = typeof event === 'object' && event !== null && 'shiftKey' in event && event.shiftKey === true
    setSelection((current) => toggleRow(current, id, recordIdsRef.current, range))
  }, [])
  const selectAll = useMemo(() => ({ all: allSelected(selection, recordIds), some: someSelected(selection, recordIds) }), [selection, recordIds])
  const onToggleGroup = useCallback((key: string) => store.getState().toggleGroup(key), [store])
  const onActivate = useCallback((cell: ActiveCell, edit: boolean) => {
    setActive(cell)
    setEditing(edit)
  }, [])
  const onCommit = useCallback(
    (recordId: string, fieldKey: string, value: unknown) => {
      setEditing(false)
      const current = store.getState().records[recordId]
      const field = fields.find((candidate) => candidate.key === fieldKey)
      if (!current || !field) return
      if (JSON.stringify(readFieldValue(current, field)) === JSON.stringify(value)) return
      void store.getState().patch(recordId, { [fieldKey]: value })
      gridRef.current?.focus()
    },
    [store, fields],
  )
  const onCancelEdit = useCallback(() => setEditing(false), [])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.defaultPrevented || editing || recordIds.length === 0 || columnKeys.length === 0) return
    const current = active ?? { recordId: recordIds[0] as string, columnKey: columnKeys[0] as string }
    const key = navigationKey(event)
    if (key) {
      event.preventDefault()
      setActive(active ? nextCell(current, key, recordIds, columnKeys) : current)
      return
    }
    if (event.key === 'Enter') {
      event.preventDefault()
      const field = fields.find((candidate) => candidate.key === current.columnKey)
      if (active && canEdit && field && !field.readOnly) setEditing(true)
      else if (active && current.columnKey === module.titleField) onOpenRecord(current.recordId)
      else setActive(current)
    } else if (event.key === 'Escape') {
      setSelection(EMPTY_SELECTION)
    }
  }

  const onMoveColumn = useCallback(
    (key: string, targetKey: string) => onFieldsChange?.(toViewFields(moveField(placed, key, targetKey))),
    [placed, onFieldsChange],
  )
  const onHideColumn = useCallback(
    (key: string) => onFieldsChange?.(toViewFields(placed.map((entry) => (entry.field.key === key ? { ...entry, visible: false } : entry)))),
    [placed, onFieldsChange],
  )

  const cssVars = useMemo(() => {
    const vars: Record<string, string> = { [widthVar(SELECT_COLUMN)]: `${SELECT_WIDTH}px` }
    for (const column of table.getVisibleLeafColumns()) vars[widthVar(column.id)] = `${column.getSize()}px`
    vars['--list-width'] = `${table.getTotalSize()}px`
    vars['--row-height'] = `${rowHeights[options.rowHeight]}px`
    return vars as CSSProperties
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sizing, visible, options.rowHeight])

  const selectedIds = Object.keys(selection.selected).filter((id) => records[id])
  const changeView = canChangeView ?? Boolean(onFieldsChange)

  return (
    <div className="list-view" style={cssVars}>
      {selectedIds.length > 0 && canEdit && (
        <BulkEditBar store={store} fields={fields} selectedIds={selectedIds} onClear={() => setSelection(EMPTY_SELECTION)} />
      )}
      <div
        ref={attachGrid}
        className="list-view__scroller"
        role="grid"
        aria-label={view.name}
        aria-rowcount={recordIds.length + 1}
        aria-colcount={columnKeys.length + 1}
        aria-readonly={!canEdit || undefined}
        aria-multiselectable={canEdit || undefined}
        tabIndex={active ? -1 : 0}
        onKeyDown={onKeyDown}
        data-virtual-scroller=""
      >
        <ListHeader
          table={table}
          visible={visible}
          titleKey={module.titleField}
          selectAll={canEdit ? { ...selectAll, onToggle: () => setSelection((current) => toggleAll(current, recordIdsRef.current)) } : null}
          canReorder={changeView && Boolean(onFieldsChange)}
          view={view}
          onViewChange={changeView ? onViewChange : undefined}
          onHideColumn={changeView && onFieldsChange ? onHideColumn : undefined}
          onMoveColumn={onMoveColumn}
        />
        {status === 'ready' && items.length === 0 ? (
          <div className="list-view__empty">
            <EmptyState title={`No ${module.label.toLowerCase()} match this view`}>
              <p>Change the filter, or add a {module.singular.toLowerCase()}.</p>
            </EmptyState>
          </div>
        ) : (
          <ListBody
            scrollElement={scroller}
            items={items}
            records={records}
            visible={visible}
            titleKey={module.titleField}
            rowHeight={rowHeights[options.rowHeight]}
            active={active}
            editing={editing}
            selection={selection.selected}
            canEdit={canEdit}
            groupSummaries={groupSummaries}
            onActivate={onActivate}
            onCommit={onCommit}
            onCancelEdit={onCancelEdit}
            onToggleRow={onToggleRow}
            onToggleGroup={onToggleGroup}
            onOpenRecord={onOpenRecord}
          />
        )}
        <ListFooter
          groupedIds={groupedIds}
          records={records}
          visible={visible}
          aggregates={options.aggregates}
          canChange={changeView}
          onChange={(key, kind) => onOptionsChange({ ...options, aggregates: { ...options.aggregates, [key]: kind } })}
        />
      </div>
    </div>
  )
}

/** The title column is the row header: always first and pinned, like a spreadsheet's frozen first column. */
function pinTitleFirst(placed: PlacedField[], titleKey: string): PlacedField[] {
  const title = placed.find((entry) => entry.field.key === titleKey)
  if (!title) return placed
  return [{ ...title, visible: true }, ...placed.filter((entry) => entry !== title)]
}

const NO_ROWS: RecordRow[] = []

function widthsOf(placed: readonly PlacedField[]): ColumnSizingState {
  return Object.fromEntries(placed.flatMap((entry) => (entry.width ? [[entry.field.key, entry.width]] : [])))
}
