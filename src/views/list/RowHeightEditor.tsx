import type { ViewOptionsEditorProps } from '../engine/ViewRenderer'
import type { ListOptions } from './listOptions'

/** The list's options: row height (widths, order and aggregates are set on the grid itself). */
export function RowHeightEditor({ options, disabled, onChange }: ViewOptionsEditorProps<ListOptions>) {
  return (
    <fieldset className="view-toolbar__choices">
      <legend>Row height</legend>
      {(['compact', 'comfortable'] as const).map((height) => (
        <label key={height} className="view-toolbar__choice">
          <input type="radio" name="row-height" disabled={disabled} checked={options.rowHeight === height} onChange={() => onChange({ ...options, rowHeight: height })} />
          {height === 'compact' ? 'Compact' : 'Comfortable'}
        </label>
      ))}
    </fieldset>
  )
}
