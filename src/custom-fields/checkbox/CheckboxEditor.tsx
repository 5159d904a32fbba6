import type { KeyboardEvent } from 'react'
import type { EditorProps } from '../FieldType'
import type { CheckboxConfig } from './checkboxFieldType'
import '../shared/editors.css'

/** Toggling commits at once (there is nothing to type); Escape cancels, Enter commits the toggled value. */
export function CheckboxEditor({ value, field, onCommit, onCancel, autoFocus = true }: EditorProps<boolean, CheckboxConfig>) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onCommit(value !== true)
    }
  }
  return (
    <span className="cf-editor">
      <input
        type="checkbox"
        aria-label={field.label}
        autoFocus={autoFocus}
        defaultChecked={value === true}
        onKeyDown={onKeyDown}
        onChange={(event) => onCommit(event.target.checked)}
      />
    </span>
  )
}
