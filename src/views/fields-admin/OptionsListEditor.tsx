import { useState } from 'react'
import type { AnyFieldType } from '../../custom-fields/registry'
import type { SelectOption } from '../../custom-fields/shared/selectOption'
import { Button } from '../../ui/Button'

/** Whether a field type is configured with a list of options (single and multiple select). */
export function hasOptions(type: AnyFieldType): boolean {
  const config = type.defaultConfig as Record<string, unknown> | null
  return typeof config === 'object' && config !== null && Array.isArray(config.options)
}

/**
 * The choices of a select. A new option's stored value is its label in snake_case; renaming keeps the value, so
 * records keep their choice; removing one clears it from the records that had it (the server does that).
 */
export function OptionsListEditor({ options, onChange }: { options: readonly SelectOption[]; onChange(options: SelectOption[]): void }) {
  const [draft, setDraft] = useState('')
  const add = () => {
    const label = draft.trim()
    if (!label) return
    const base = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'option'
    let value = base
    for (let n = 2; options.some((option) => option.value === value); n++) value = `${base}_${n}`
    onChange([...options, { value, label }])
    setDraft('')
  }
  return (
    <fieldset className="fields-admin__options">
      <legend>Options</legend>
      {options.map((option, index) => (
        <div key={option.value} className="fields-admin__option">
          <input
            aria-label={`Option ${index + 1}`}
            value={option.label}
            onChange={(event) => onChange(options.map((o, i) => (i === index ? { ...o, label: event.target.value } : o)))}
          />
          <Button variant="ghost" aria-label={`Remove option ${option.label}`} onClick={() => onChange(options.filter((_, i) => i !== index))}>
            ✕
          </Button>
        </div>
      ))}
      <div className="fields-admin__option">
        <input
          aria-label="New option"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              add()
            }
          }}
        />
        <Button variant="ghost" onClick={add} disabled={!draft.trim()}>
          Add option
        </Button>
      </div>
    </fieldset>
  )
}
