import { useState, type FormEvent } from 'react'
import { createCustomField } from '../../custom-fields/customFieldsApi'
import { customFieldTypeIds, getFieldType } from '../../custom-fields/registry'
import type { SelectOption } from '../../custom-fields/shared/selectOption'
import { supabase } from '../../lib/supabase/client'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { Button } from '../../ui/Button'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { OptionsListEditor, hasOptions } from './OptionsListEditor'

export interface NewFieldFormProps {
  workspaceId: string
  module: ModuleDefinition
  disabled: boolean
  onRun(action: () => Promise<unknown>): Promise<void>
}

/** Adds a field: a name, a type, and for selects their options. The stored key is derived from the name. */
export function NewFieldForm({ workspaceId, module, disabled, onRun }: NewFieldFormProps) {
  const [label, setLabel] = useState('')
  const [typeId, setTypeId] = useState(customFieldTypeIds[0] ?? 'text')
  const [options, setOptions] = useState<SelectOption[]>([])
  const type = getFieldType(typeId)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!type || !label.trim()) return
    const config = hasOptions(type) ? { ...(type.defaultConfig as object), options } : type.defaultConfig
    await onRun(() => createCustomField(supabase, { workspaceId, module, label, type: typeId, config }))
    setLabel('')
    setOptions([])
  }

  return (
    <form className="fields-admin__new" onSubmit={(event) => void submit(event)} aria-label="New custom field">
      <h3 className="fields-admin__heading">Add a field</h3>
      <TextField label="Field name" value={label} onChange={(event) => setLabel(event.target.value)} required />
      <SelectField
        label="Type"
        value={typeId}
        onChange={(event) => setTypeId(event.target.value)}
        options={customFieldTypeIds.map((id) => ({ value: id, label: getFieldType(id)?.label ?? id }))}
      />
      {type && hasOptions(type) && <OptionsListEditor options={options} onChange={setOptions} />}
      <Button type="submit" variant="primary" disabled={disabled || !label.trim()}>
        Add field
      </Button>
    </form>
  )
}
