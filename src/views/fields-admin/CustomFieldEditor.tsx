import { useState, type FormEvent } from 'react'
import { configFromRow } from '../../custom-fields/customFieldConfig'
import type { CustomFieldRow } from '../../custom-fields/customFieldRow'
import { configureCustomField, renameCustomField } from '../../custom-fields/customFieldsApi'
import { getFieldType } from '../../custom-fields/registry'
import type { SelectOption } from '../../custom-fields/shared/selectOption'
import { supabase } from '../../lib/supabase/client'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/TextField'
import { OptionsListEditor, hasOptions } from './OptionsListEditor'

export interface CustomFieldEditorProps {
  row: CustomFieldRow
  disabled: boolean
  onRun(action: () => Promise<unknown>): Promise<void>
}

/**
 * One field's name and settings. Settings are the type's own config: select options, or its simple values (precision,
 * suffix, currency...) as inputs read off the type's default config, so a new field type needs no form of its own.
 */
export function CustomFieldEditor({ row, disabled, onRun }: CustomFieldEditorProps) {
  const type = getFieldType(row.field_type)
  const [label, setLabel] = useState(row.label)
  const [config, setConfig] = useState(() => (type ? (configFromRow(type, row) as Record<string, unknown>) : {}))
  const [required, setRequired] = useState(row.is_required)
  const [open, setOpen] = useState(false)

  async function save(event: FormEvent) {
    event.preventDefault()
    await onRun(async () => {
      if (label.trim() !== row.label) await renameCustomField(supabase, row.id, label)
      await configureCustomField(supabase, row, { config, required })
    })
    setOpen(false)
  }

  if (!open) {
    return (
      <div className="fields-admin__summary">
        <span className="fields-admin__name">{row.label}</span>
        <span className="ui-muted">
          {type?.label ?? row.field_type} · <code>{row.name}</code>
          {row.is_required && ' · required'}
        </span>
        <Button variant="ghost" aria-label={`Edit ${row.label}`} disabled={disabled} onClick={() => setOpen(true)}>
          Edit
        </Button>
      </div>
    )
  }
  const scalars = Object.entries(type ? (type.defaultConfig as Record<string, unknown>) : {}).filter(([key, value]) => key !== 'options' && (value === null || ['string', 'number', 'boolean'].includes(typeof value)))
  return (
    <form className="fields-admin__edit" onSubmit={(event) => void save(event)} aria-label={`Settings of ${row.label}`}>
      <TextField label="Name" value={label} onChange={(event) => setLabel(event.target.value)} />
      {type && hasOptions(type) && <OptionsListEditor options={(config.options as SelectOption[]) ?? []} onChange={(options) => setConfig({ ...config, options })} />}
      {scalars.map(([key, fallback]) => (
        <TextField
          key={key}
          label={humanize(key)}
          type={typeof fallback === 'number' || key === 'precision' || key === 'min' || key === 'max' ? 'number' : 'text'}
          value={config[key] === null || config[key] === undefined ? '' : String(config[key])}
          onChange={(event) => setConfig({ ...config, [key]: coerce(event.target.value, fallback, event.target.type) })}
        />
      ))}
      <label className="fields-admin__check">
        <input type="checkbox" checked={required} onChange={(event) => setRequired(event.target.checked)} />
        Required
      </label>
      <div className="fields-admin__row-actions">
        <Button type="submit" variant="primary" disabled={disabled}>
          Save
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  )
}

function humanize(key: string): string {
  const words = key.replace(/([A-Z])/g, ' $1').replace(/_/g, ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function coerce(text: string, fallback: unknown, inputType: string): unknown {
  if (text === '') return typeof fallback === 'string' ? '' : null
  if (inputType === 'number') return Number(text)
  if (typeof fallback === 'boolean') return text === 'true'
  return text
}
