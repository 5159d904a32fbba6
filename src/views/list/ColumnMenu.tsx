import { lazy, Suspense, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import { Button } from '../../ui/Button'
import type { SavedView } from '../engine/savedView'
import { normalizeFilter, removeNode, updateNode } from '../engine/filterEditing'
import { createFilterContext } from '../query/filterContext'
import type { FilterCondition } from '../query/filterTree'
import { addFieldCondition, canAddFilterFor, canGroupBy, sortFirstBy, withoutSort } from './columnMenuActions'

// The condition editor (and the field editors behind it) loads only when someone filters from a header.
const FilterConditionRow = lazy(() => import('../engine/toolbar/FilterConditionRow').then((m) => ({ default: m.FilterConditionRow })))

export interface ColumnMenuProps {
  field: FieldDefinition
  view: SavedView
  /** Saves a changed view (sorts, grouping, filter); absent when the user may not change it. */
  onViewChange?: ((view: SavedView) => void) | undefined
  /** Hides the column; absent for the title column or when the user may not change the view. */
  onHide?: (() => void) | undefined
  /** The header stops being draggable while its menu is open (so choosing in it never drags the column). */
  onOpenChange(open: boolean): void
}

/**
 * A column header's menu: sort by it, group by it, filter by it, hide it; each writes the saved view as the toolbar
 * does. The panel is portalled out of the grid (whose cells clip) and keeps its keys to itself (the grid navigates).
 */
export function ColumnMenu({ field, view, onViewChange, onHide, onOpenChange }: ColumnMenuProps) {
  const [anchor, setAnchor] = useState<{ top: number; left: number } | null>(null)
  const [filtering, setFiltering] = useState<string | null>(null)
  const trigger = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const type = getFieldType(field.type)
  const context = useMemo(() => createFilterContext(), [])
  const sort = view.sorts.find((candidate) => candidate.field === field.key)
  const primary = view.sorts[0]?.field === field.key ? view.sorts[0].direction : null
  const condition = filtering ? findCondition(view, filtering) : null

  const open = anchor !== null
  const close = (refocus = true) => {
    setAnchor(null)
    setFiltering(null)
    onOpenChange(false)
    if (refocus) trigger.current?.focus()
  }
  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!panel.current?.contains(target) && !trigger.current?.contains(target)) close(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  })

  if (!onViewChange && !onHide) return null
  const change = (next: Partial<SavedView>) => onViewChange?.({ ...view, ...next })
  const act = (next: Partial<SavedView>) => (change(next), close())
  const keys = (event: KeyboardEvent) => {
    // The grid's own keys (arrows, Enter) must not act on the cells behind the menu.
    event.stopPropagation()
    if (event.key === 'Escape' && open) close()
  }

  return (
    <span className="list-view__column-menu" onKeyDown={keys}>
      <button
        ref={trigger}
        type="button"
        className="list-view__column-menu-trigger"
        aria-label={`Options for ${field.label}`}
        aria-expanded={open}
        onClick={() => {
          if (open) return close()
          const box = trigger.current?.getBoundingClientRect()
          setAnchor({ top: (box?.bottom ?? 0) + 4, left: box?.left ?? 0 })
          onOpenChange(true)
        }}
      >
        <span aria-hidden="true">▾</span>
      </button>
      {open &&
        createPortal(
          <div ref={panel} role="dialog" aria-label={`${field.label} column`} className="list-view__column-panel" style={anchor} onKeyDown={keys}>
            {onViewChange && (
              <>
                <Button variant="ghost" aria-pressed={primary === 'asc'} onClick={() => act({ sorts: sortFirstBy(view.sorts, field.key, 'asc') })}>
                  Sort ascending
                </Button>
                <Button variant="ghost" aria-pressed={primary === 'desc'} onClick={() => act({ sorts: sortFirstBy(view.sorts, field.key, 'desc') })}>
                  Sort descending
                </Button>
                {sort && (
                  <Button variant="ghost" onClick={() => act({ sorts: withoutSort(view.sorts, field.key) })}>
                    Remove sort
                  </Button>
                )}
                {canGroupBy(field, type) &&
                  (view.groupBy?.field === field.key ? (
                    <Button variant="ghost" onClick={() => act({ groupBy: null })}>
                      Ungroup
                    </Button>
                  ) : (
                    <Button variant="ghost" onClick={() => act({ groupBy: { field: field.key, collapsed: [] } })}>
                      Group by this field
                    </Button>
                  ))}
                {type && !condition && canAddFilterFor(view, type) && (
                  <Button
                    variant="ghost"
                    onClick={() => {
                      const { filter, condition: added } = addFieldCondition(view, field, type)
                      change({ filter })
                      setFiltering(added.id)
                    }}
                  >
                    Filter by this field…
                  </Button>
                )}
                {condition && view.filter && (
                  <Suspense fallback={null}>
                    <FilterConditionRow
                      condition={condition}
                      fields={[field]}
                      context={context}
                      disabled={false}
                      onChange={(next) => view.filter && change({ filter: normalizeFilter(updateNode(view.filter, condition.id, () => next)) })}
                      onRemove={() => view.filter && act({ filter: normalizeFilter(removeNode(view.filter, condition.id)) })}
                    />
                  </Suspense>
                )}
              </>
            )}
            {onHide && (
              <Button variant="ghost" onClick={() => (onHide(), close(false))}>
                Hide field
              </Button>
            )}
          </div>,
          document.body,
        )}
    </span>
  )
}

function findCondition(view: SavedView, id: string): FilterCondition | null {
  const walk = (nodes: NonNullable<SavedView['filter']>['children']): FilterCondition | null => {
    for (const node of nodes) {
      if (node.kind === 'condition' && node.id === id) return node
      if (node.kind === 'group') {
        const found = walk(node.children)
        if (found) return found
      }
    }
    return null
  }
  return view.filter ? walk(view.filter.children) : null
}
