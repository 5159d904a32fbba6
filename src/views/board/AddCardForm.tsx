import { useState, type FormEvent } from 'react'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { Button } from '../../ui/Button'
import { groupKeyToValue } from '../store/recordValues'
import type { ViewStoreApi } from '../store/ViewStore'

export interface AddCardFormProps {
  store: ViewStoreApi
  module: ModuleDefinition
  groupField: FieldDefinition
  groupKey: string
}

/** "Add a card" at the foot of a column: a title, and the column's value for the group field. Stays open for the next. */
export function AddCardForm({ store, module, groupField, groupKey }: AddCardFormProps) {
  const [open, setOpen] = useState(false)
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const noun = module.singular.toLowerCase()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const text = title.trim()
    if (!text) return
    setBusy(true)
    const values = { [module.titleField]: text, [groupField.key]: groupKeyToValue(groupKey, groupField, getFieldType(groupField.type)) }
    const id = await store.getState().create(values)
    setBusy(false)
    if (id) setTitle('')
  }

  if (!open) {
    return (
      <Button variant="ghost" className="board-column__add" onClick={() => setOpen(true)}>
        + Add {noun}
      </Button>
    )
  }
  return (
    <form className="board-column__add-form" onSubmit={(event) => void submit(event)}>
      <input
        className="board-column__add-input"
        aria-label={`Title of the new ${noun}`}
        autoFocus
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            setOpen(false)
          }
        }}
      />
      <div className="board-column__add-actions">
        <Button type="submit" variant="primary" busy={busy}>
          Add
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
