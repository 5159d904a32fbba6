import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import { Button } from '../../../ui/Button'
import type { ViewField } from '../savedView'
import { placeViewFields, toViewFields, type PlacedField } from '../viewFields'

export interface FieldsMenuProps {
  view: { fields: ViewField[] }
  fields: readonly FieldDefinition[]
  titleKey: string
  disabled: boolean
  onChange(fields: ViewField[]): void
}

/** Show, hide and order the view's fields (the keyboard way to do what dragging column headers does). */
export function FieldsMenu({ view, fields, titleKey, disabled, onChange }: FieldsMenuProps) {
  const placed = placeViewFields(view, fields)
  const save = (next: PlacedField[]) => onChange(toViewFields(next))
  const move = (index: number, delta: number) => {
    const next = [...placed]
    const [entry] = next.splice(index, 1)
    if (!entry) return
    next.splice(Math.max(0, Math.min(next.length, index + delta)), 0, entry)
    save(next)
  }
  return (
    <ul className="view-toolbar__fields" aria-label="Fields">
      {placed.map((entry, index) => {
        const title = entry.field.key === titleKey
        return (
          <li key={entry.field.key} className="view-toolbar__field">
            <label>
              <input
                type="checkbox"
                checked={title || entry.visible}
                disabled={disabled || title}
                onChange={(event) => save(placed.map((candidate, i) => (i === index ? { ...candidate, visible: event.target.checked } : candidate)))}
              />
              {entry.field.label}
              {entry.field.source === 'custom' && <span className="ui-muted"> · custom</span>}
            </label>
            <span className="view-toolbar__field-move">
              <Button variant="ghost" aria-label={`Move ${entry.field.label} up`} disabled={disabled || index === 0} onClick={() => move(index, -1)}>
                ↑
              </Button>
              <Button variant="ghost" aria-label={`Move ${entry.field.label} down`} disabled={disabled || index === placed.length - 1} onClick={() => move(index, 1)}>
                ↓
              </Button>
            </span>
          </li>
        )
      })}
    </ul>
  )
}
