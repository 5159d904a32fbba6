import { memo, type CSSProperties } from 'react'
import type { ViewGroup } from '../store/ViewStore'

export interface ListGroupRowProps {
  group: ViewGroup
  style: CSSProperties
  onToggle(key: string): void
}

/** A group's header row: its name and record count, and the button that collapses or expands it. */
export const ListGroupRow = memo(function ListGroupRow({ group, style, onToggle }: ListGroupRowProps) {
  return (
    <div role="row" className="list-view__row list-view__row--group" style={style}>
      <div role="gridcell" className="list-view__group-cell">
        <button type="button" className="list-view__group-toggle" aria-expanded={!group.collapsed} onClick={() => onToggle(group.key)}>
          <span aria-hidden="true" className="list-view__chevron">
            {group.collapsed ? '▸' : '▾'}
          </span>
          {group.label || 'No value'}
        </button>
        <span className="list-view__group-count" aria-label={`${group.count} records`}>
          {group.count}
        </span>
      </div>
    </div>
  )
})
