import { useState } from 'react'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import { Button } from '../../ui/Button'
import { SelectField } from '../../ui/SelectField'
import type { ViewStoreApi } from '../store/ViewStore'

export interface BulkEditBarProps {
  store: ViewStoreApi
  fields: readonly FieldDefinition[]
  selectedIds: readonly string[]
  onClear(): void
}

/**
 * Sets one field on every selected record. Each record is its own compare-and-set write, so one conflicting row
 * rolls back alone and says so, while the others save.
 */
export function BulkEditBar({ store, fields, selectedIds, onClear }: BulkEditBarProps) {
  const editable = fields.filter((field) => !field.readOnly && !field.hidden && getFieldType(field.type))
  const [fieldKey, setFieldKey] = useState(editable[0]?.key ?? '')
  const [busy, setBusy] = useState(false)
  const field = editable.find((candidate) => candidate.key === fieldKey)
  const Editor = field ? getFieldType(field.type)?.Editor : undefined
  const count = selectedIds.length

  async function apply(value: unknown) {
    if (!field) return
    setBusy(true)
    await Promise.all(selectedIds.map((id) => store.getState().patch(id, { [field.key]: value })))
    setBusy(false)
  }

  return (
    <div className="list-view__bulk" role="region" aria-label="Bulk edit">
      <strong>{count === 1 ? '1 selected' : `${count} selected`}</strong>
      <SelectField
        label="Field to set"
        hideLabel
        value={fieldKey}
        onChange={(event) => setFieldKey(event.target.value)}
        options={editable.map((candidate) => ({ value: candidate.key, label: candidate.label }))}
      />
      {field && Editor && (
        <span className="list-view__bulk-editor" aria-busy={busy || undefined}>
          <Editor key={field.key} value={null} field={field} autoFocus={false} onCommit={(value) => void apply(value)} onCancel={() => {}} />
        </span>
      )}
      <Button variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
    </div>
  )
}
