import type { KeyboardEvent } from 'react'
import './editors.css'

export interface ChoiceEditorProps {
  label: string
  value: string | null
  choices: ReadonlyArray<{ value: string; label: string }>
  /** Offer "None" ('' → null); required fields may still be cleared by other means, never here. */
  allowEmpty: boolean
  onCommit(value: string | null): void
  onCancel(): void
  autoFocus?: boolean
}

/** A native select: the platform's keyboard and screen-reader behaviour. Picking commits, Escape cancels. */
export function ChoiceEditor({ label, value, choices, allowEmpty, onCommit, onCancel, autoFocus = true }: ChoiceEditorProps) {
  // A stale value (a deleted option) stays selectable so that opening the editor does not change it.
  const known = value === null || choices.some((c) => c.value === value)
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const v = event.currentTarget.value
      onCommit(v === '' ? null : v)
    }
  }
  return (
    <span className="cf-editor">
      <select
        className="cf-editor__input"
        aria-label={label}
        autoFocus={autoFocus}
        defaultValue={value ?? ''}
        onKeyDown={onKeyDown}
        onChange={(event) => onCommit(event.target.value === '' ? null : event.target.value)}
        onBlur={onCancel}
      >
        {(allowEmpty || value === null) && <option value="">None</option>}
        {!known && value !== null && <option value={value}>{value}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </span>
  )
}
