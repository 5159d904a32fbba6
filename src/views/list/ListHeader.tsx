import { useState, type DragEvent } from 'react'
import type { ReactTable } from '@tanstack/react-table'
import { classNames } from '../../ui/classNames'
import type { SavedView } from '../engine/savedView'
import type { PlacedField } from '../engine/viewFields'
import { ColumnMenu } from './ColumnMenu'
import { SELECT_COLUMN, widthVar, type ListFeatures } from './listTable'
import type { RecordRow } from '../store/ViewStore'

export interface ListHeaderProps {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  table: ReactTable<ListFeatures, RecordRow, any>
  visible: readonly PlacedField[]
  titleKey: string
  /** The select-all checkbox's state and toggle; null when rows cannot be selected. */
  selectAll: { all: boolean; some: boolean; onToggle(): void } | null
  canReorder: boolean
  view: SavedView
  /** Saves the view from a column's menu (sort, group, filter); absent when the user may not change it. */
  onViewChange?: ((view: SavedView) => void) | undefined
  onHideColumn?: ((key: string) => void) | undefined
  onMoveColumn(key: string, targetKey: string): void
}

const COLUMN_MIME = 'application/x-callboard-column'

/**
 * The sticky header row: select-all, one header per visible field with a resize handle, and native drag-and-drop to
 * reorder columns (no drag library on the list's first screen; the Fields menu offers the same by keyboard).
 */
export function ListHeader({ table, visible, titleKey, selectAll, canReorder, view, onViewChange, onHideColumn, onMoveColumn }: ListHeaderProps) {
  const [dropTarget, setDropTarget] = useState<string | null>(null)
  const [menuOpen, setMenuOpen] = useState<string | null>(null)
  const headers = new Map(table.getFlatHeaders().map((header) => [header.column.id, header]))

  function onDragStart(event: DragEvent, key: string) {
    event.dataTransfer.setData(COLUMN_MIME, key)
    event.dataTransfer.effectAllowed = 'move'
  }
  function onDrop(event: DragEvent, key: string) {
    const dragged = event.dataTransfer.getData(COLUMN_MIME)
    setDropTarget(null)
    if (dragged && dragged !== key) {
      event.preventDefault()
      onMoveColumn(dragged, key)
    }
  }

  return (
    <div role="rowgroup" className="list-view__head">
      <div role="row" className="list-view__row list-view__row--head" aria-rowindex={1}>
        <div role="columnheader" className="list-view__cell list-view__cell--select list-view__cell--pinned" style={{ width: `var(${widthVar(SELECT_COLUMN)})` }}>
          {selectAll && (
            <input
              type="checkbox"
              aria-label="Select all rows"
              checked={selectAll.all}
              ref={(input) => {
                if (input) input.indeterminate = selectAll.some
              }}
              onChange={selectAll.onToggle}
            />
          )}
        </div>
        {visible.map(({ field }) => {
          const header = headers.get(field.key)
          const pinned = field.key === titleKey
          const sortIndex = view.sorts.findIndex((sort) => sort.field === field.key)
          const sort = view.sorts[sortIndex]
          return (
            <div
              key={field.key}
              role="columnheader"
              className={classNames(
                'list-view__cell',
                'list-view__cell--header',
                pinned && 'list-view__cell--pinned list-view__cell--title',
                dropTarget === field.key && 'list-view__cell--drop',
              )}
              style={{ width: `var(${widthVar(field.key)})` }}
              aria-sort={sortIndex === 0 && sort ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              draggable={canReorder && !pinned && menuOpen !== field.key}
              onDragStart={(event) => onDragStart(event, field.key)}
              onDragOver={(event) => {
                if (!canReorder || pinned || !event.dataTransfer.types.includes(COLUMN_MIME)) return
                event.preventDefault()
                setDropTarget(field.key)
              }}
              onDragLeave={() => setDropTarget((current) => (current === field.key ? null : current))}
              onDrop={(event) => onDrop(event, field.key)}
            >
              <span className="list-view__header-label">{field.label}</span>
              {field.source === 'custom' && <span className="ui-visually-hidden"> (custom field)</span>}
              {sort && (
                <span className="list-view__sort-mark" title={sortIndex > 0 ? `Sort ${sortIndex + 1}` : undefined}>
                  <span aria-hidden="true">{sort.direction === 'asc' ? '↑' : '↓'}</span>
                  <span className="ui-visually-hidden">{` (sorted ${sort.direction === 'asc' ? 'ascending' : 'descending'})`}</span>
                </span>
              )}
              <ColumnMenu
                field={field}
                view={view}
                onViewChange={onViewChange}
                onHide={!pinned && onHideColumn ? () => onHideColumn(field.key) : undefined}
                onOpenChange={(open) => setMenuOpen(open ? field.key : null)}
              />
              {header?.column.getCanResize() && canReorder && (
                <span
                  className={classNames('list-view__resizer', header.column.getIsResizing() && 'list-view__resizer--active')}
                  role="separator"
                  aria-orientation="vertical"
                  aria-label={`Resize ${field.label}`}
                  onMouseDown={header.getResizeHandler()}
                  onTouchStart={header.getResizeHandler()}
                  onDoubleClick={() => header.column.resetSize()}
                />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
