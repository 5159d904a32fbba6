import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import { Button } from '../../../ui/Button'
import type { Sort } from '../../query/filterTree'

export interface SortBuilderProps {
  sorts: readonly Sort[]
  fields: readonly FieldDefinition[]
  disabled: boolean
  onChange(sorts: Sort[]): void
}

/** Sorts in priority order: each a field and a direction; a field sorts at most once. */
export function SortBuilder({ sorts, fields, disabled, onChange }: SortBuilderProps) {
  const unused = fields.filter((field) => !sorts.some((sort) => sort.field === field.key))
  const set = (index: number, sort: Sort) => onChange(sorts.map((current, i) => (i === index ? sort : current)))
  return (
    <div className="view-toolbar__group" role="group" aria-label="Sorts">
      {sorts.length === 0 && <p className="ui-muted">No sorts: the view's default order applies.</p>}
      {sorts.map((sort, index) => (
        <div key={`${sort.field}-${index}`} className="view-toolbar__condition">
          <select aria-label={`Sort ${index + 1} field`} value={sort.field} disabled={disabled} onChange={(event) => set(index, { ...sort, field: event.target.value })}>
            {fields
              .filter((field) => field.key === sort.field || !sorts.some((other) => other.field === field.key))
              .map((field) => (
                <option key={field.key} value={field.key}>
                  {field.label}
                </option>
              ))}
            {!fields.some((field) => field.key === sort.field) && <option value={sort.field}>{sort.field} (deleted)</option>}
          </select>
          <select
            aria-label={`Sort ${index + 1} direction`}
            value={sort.direction}
            disabled={disabled}
            onChange={(event) => set(index, { ...sort, direction: event.target.value as Sort['direction'] })}
          >
            <option value="asc">Ascending</option>
            <option value="desc">Descending</option>
          </select>
          <Button variant="ghost" disabled={disabled} aria-label={`Remove sort ${index + 1}`} onClick={() => onChange(sorts.filter((_, i) => i !== index))}>
            ✕
          </Button>
        </div>
      ))}
      <div className="view-toolbar__actions">
        <Button variant="ghost" disabled={disabled || unused.length === 0} onClick={() => unused[0] && onChange([...sorts, { field: unused[0].key, direction: 'asc' }])}>
          + Add sort
        </Button>
      </div>
    </div>
  )
}
