import { useState, type KeyboardEvent } from 'react'
import type { EditorProps } from '../FieldType'
import type { SelectConfig } from '../shared/selectOption'
import '../shared/editors.css'

/**
 * A small listbox of checkboxes: Space toggles the focused option, Enter commits the set, Escape cancels.
 * Stale values (deleted options) are kept unless unticked.
 */
export function MultiSelectEditor({ value, field, onCommit, onCancel, autoFocus = true }: EditorProps<string[], SelectConfig>) {
  const [selected, setSelected] = useState<string[]>(() => (Array.isArray(value) ? value : []))
  const stale = selected.filter((v) => !field.config.options.some((o) => o.value === v))
  const choices = [...field.config.options, ...stale.map((v) => ({ value: v, label: v }))]
  const toggle = (v: string) => setSelected((s) => (s.includes(v) ? s.filter((x) => x !== v) : [...s, v]))
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onCommit(selected.length > 0 ? selected : null)
    }
  }
  return (
    <div className="cf-editor" role="group" aria-label={field.label} onKeyDown={onKeyDown}>
      <div className="cf-editor__list">
        {choices.map((choice, i) => (
          <label key={choice.value}>
            <input
              type="checkbox"
              autoFocus={autoFocus && i === 0}
              checked={selected.includes(choice.value)}
              onChange={() => toggle(choice.value)}
            />{' '}
            {choice.label}
          </label>
        ))}
      </div>
    </div>
  )
}
