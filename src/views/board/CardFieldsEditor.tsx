import type { ViewOptionsEditorProps } from '../engine/ViewRenderer'
import type { BoardOptions } from './boardOptions'

/** The board's options: which fields each card shows under its title. */
export function CardFieldsEditor({ module, fields, view, options, disabled, onChange }: ViewOptionsEditorProps<BoardOptions>) {
  const candidates = fields.filter((field) => !field.hidden && field.key !== module.titleField && field.key !== view.groupBy?.field)
  return (
    <fieldset className="view-toolbar__choices">
      <legend>Card fields</legend>
      {candidates.map((field) => (
        <label key={field.key} className="view-toolbar__choice">
          <input
            type="checkbox"
            disabled={disabled}
            checked={options.cardFields.includes(field.key)}
            onChange={(event) =>
              onChange({
                ...options,
                cardFields: event.target.checked ? [...options.cardFields, field.key] : options.cardFields.filter((key) => key !== field.key),
              })
            }
          />
          {field.label}
        </label>
      ))}
    </fieldset>
  )
}
