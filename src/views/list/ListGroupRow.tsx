import { memo, type CSSProperties } from 'react'
import type { PlacedField } from '../engine/viewFields'
import type { ViewGroup } from '../store/ViewStore'
import { aggregateLabels, type GroupAggregate } from './aggregates'
import { SELECT_COLUMN, widthVar } from './listTable'

export interface ListGroupRowProps {
  group: ViewGroup
  /** As ListRow's: numbers, so the row skips re-rendering while it stays on screen. */
  top: number
  height: number
  /** The visible columns, title first, and the footer's aggregates over this group (null: none for that column). */
  visible: readonly PlacedField[]
  summary: readonly (GroupAggregate | null)[] | undefined
  onToggle(key: string): void
}

/**
 * A group's header row: its name and record count, the button that collapses or expands it, and, when the footer
 * summarizes columns, the same summaries over this group, each under its column.
 */
export const ListGroupRow = memo(function ListGroupRow({ group, top, height, visible, summary, onToggle }: ListGroupRowProps) {
  const style: CSSProperties = { transform: `translateY(${top}px)`, height }
  const label = group.label || 'No value'
  const summarized = summary?.some((entry) => entry !== null) ?? false
  const [title, ...rest] = visible
  const titleSummary = summary?.[0]
  const head = (
    <>
      <button type="button" className="list-view__group-toggle" aria-expanded={!group.collapsed} onClick={() => onToggle(group.key)}>
        <span aria-hidden="true" className="list-view__chevron">
          {group.collapsed ? '▸' : '▾'}
        </span>
        {label}
      </button>
      <span className="list-view__group-count" aria-label={`${group.count} records`}>
        {group.count}
      </span>
      {titleSummary && title && <Summary entry={titleSummary} fieldLabel={title.field.label} groupLabel={label} />}
    </>
  )
  if (!summarized || !title) {
    return (
      <div role="row" className="list-view__row list-view__row--group" style={style}>
        <div role="gridcell" className="list-view__group-cell">
          {head}
        </div>
      </div>
    )
  }
  return (
    <div role="row" className="list-view__row list-view__row--group list-view__row--group-summary" style={style}>
      <div
        role="gridcell"
        className="list-view__group-cell list-view__group-cell--pinned"
        style={{ width: `calc(var(${widthVar(SELECT_COLUMN)}) + var(${widthVar(title.field.key)}))` }}
      >
        {head}
      </div>
      {rest.map(({ field }, index) => {
        const entry = summary?.[index + 1]
        return (
          <div key={field.key} role="gridcell" className="list-view__cell list-view__cell--group-summary" style={{ width: `var(${widthVar(field.key)})` }}>
            {entry && <Summary entry={entry} fieldLabel={field.label} groupLabel={label} />}
          </div>
        )
      })}
    </div>
  )
})

function Summary({ entry, fieldLabel, groupLabel }: { entry: GroupAggregate; fieldLabel: string; groupLabel: string }) {
  return (
    <output className="list-view__group-summary" aria-label={`${aggregateLabels[entry.kind]} of ${fieldLabel} in ${groupLabel}`}>
      <span className="ui-muted">{aggregateLabels[entry.kind]}</span> {entry.value}
    </output>
  )
}
