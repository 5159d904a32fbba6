import { useMemo } from 'react'
import { getFieldType } from '../../custom-fields/registry'
import type { PlacedField } from '../engine/viewFields'
import type { RecordRow } from '../store/ViewStore'
import { aggregate, aggregateLabels, aggregatesFor, type AggregateKind } from './aggregates'
import { SELECT_COLUMN, widthVar } from './listTable'

export interface ListFooterProps {
  /** The view's record ids per group (every record, collapsed groups included) and the records. */
  groupedIds: Readonly<Record<string, readonly string[]>>
  records: Readonly<Record<string, RecordRow>>
  visible: readonly PlacedField[]
  aggregates: Readonly<Record<string, AggregateKind>>
  canChange: boolean
  onChange(fieldKey: string, kind: AggregateKind): void
}

/** The sticky footer: one aggregate per column, chosen per view (count, sum, average, min, max, earliest, latest). */
export function ListFooter({ groupedIds, records, visible, aggregates, canChange, onChange }: ListFooterProps) {
  const values = useMemo(() => {
    // The rows are gathered only when a column summarizes them: a sort or filter on 100k rows should not pay for it.
    if (!visible.some(({ field }) => aggregates[field.key])) return visible.map(() => '')
    const rows = viewRows(groupedIds, records)
    return visible.map(({ field }) => {
      const kind = aggregates[field.key]
      return kind ? aggregate(kind, rows, field, getFieldType(field.type)) : ''
    })
  }, [groupedIds, records, visible, aggregates])
  return (
    <div role="rowgroup" className="list-view__foot">
      <div role="row" className="list-view__row list-view__row--foot">
        <div role="gridcell" className="list-view__cell list-view__cell--select list-view__cell--pinned" style={{ width: `var(${widthVar(SELECT_COLUMN)})` }} />
        {visible.map(({ field }, index) => {
          const kind = aggregates[field.key]
          const options = aggregatesFor(field, getFieldType(field.type))
          return (
            <div key={field.key} role="gridcell" className="list-view__cell list-view__cell--foot" style={{ width: `var(${widthVar(field.key)})` }}>
              {canChange ? (
                <select
                  className="list-view__aggregate"
                  aria-label={`Summary of ${field.label}`}
                  value={kind ?? ''}
                  onChange={(event) => onChange(field.key, event.target.value as AggregateKind)}
                >
                  <option value="">None</option>
                  {options.map((option) => (
                    <option key={option} value={option}>
                      {aggregateLabels[option]}
                    </option>
                  ))}
                </select>
              ) : (
                kind && <span className="ui-muted">{aggregateLabels[kind]}</span>
              )}
              {kind && <output aria-label={`${aggregateLabels[kind]} of ${field.label}`}>{values[index]}</output>}
            </div>
          )
        })}
      </div>
    </div>
  )
}

/** Every record of the view once, collapsed groups included (a multi-select group field lists one under several). */
function viewRows(groupedIds: Readonly<Record<string, readonly string[]>>, records: Readonly<Record<string, RecordRow>>): RecordRow[] {
  const ids = new Set(Object.values(groupedIds).flat())
  return [...ids].flatMap((id) => records[id] ?? [])
}
