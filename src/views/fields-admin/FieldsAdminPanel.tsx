import { useState } from 'react'
import type { CustomFieldRow } from '../../custom-fields/customFieldRow'
import { deleteCustomField, moveCustomField } from '../../custom-fields/customFieldsApi'
import { errorMessage } from '../../lib/errorMessage'
import { supabase } from '../../lib/supabase/client'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { SidePanel } from '../../ui/SidePanel'
import { CustomFieldEditor } from './CustomFieldEditor'
import { NewFieldForm } from './NewFieldForm'
import './FieldsAdminPanel.css'

export interface FieldsAdminPanelProps {
  workspaceId: string
  module: ModuleDefinition
  /** The module's custom fields, in order. */
  rows: readonly CustomFieldRow[]
  /** Reload the fields after a change, so every view picks it up. */
  onChanged(): void
  onClose(): void
}

/**
 * Workspace admins manage a module's custom fields: add, rename, reorder, configure (options, precision...) and
 * delete. The database checks every change and removes a deleted field's values; views drop what referred to it.
 */
export function FieldsAdminPanel({ workspaceId, module, rows, onChanged, onClose }: FieldsAdminPanelProps) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function run(action: () => Promise<unknown>) {
    setBusy(true)
    setError(null)
    try {
      await action()
      onChanged()
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  const move = (index: number, delta: -1 | 1) => {
    const row = rows[index]
    const target = index + delta
    if (!row || target < 0 || target >= rows.length) return
    // Between the two neighbours of the new place: one row written.
    const others = rows.filter((candidate) => candidate.id !== row.id)
    const after = others[target - 1]?.position ?? null
    const before = others[target]?.position ?? null
    void run(() => moveCustomField(supabase, row.id, { after, before }))
  }

  return (
    <SidePanel title={`${module.label}: custom fields`} onClose={onClose}>
      <div className="fields-admin" aria-busy={busy || undefined}>
        {error && <Callout tone="danger">{error}</Callout>}
        {rows.length === 0 && <p className="ui-muted">No custom fields yet. Fields added here show in every view of {module.label.toLowerCase()}.</p>}
        <ol className="fields-admin__list">
          {rows.map((row, index) => (
            <li key={row.id} className="fields-admin__item">
              <CustomFieldEditor row={row} disabled={busy} onRun={run} />
              <div className="fields-admin__row-actions">
                <Button variant="ghost" aria-label={`Move ${row.label} up`} disabled={busy || index === 0} onClick={() => move(index, -1)}>
                  ↑
                </Button>
                <Button variant="ghost" aria-label={`Move ${row.label} down`} disabled={busy || index === rows.length - 1} onClick={() => move(index, 1)}>
                  ↓
                </Button>
                <DeleteButton label={row.label} disabled={busy} onDelete={() => void run(() => deleteCustomField(supabase, row.id))} />
              </div>
            </li>
          ))}
        </ol>
        <NewFieldForm workspaceId={workspaceId} module={module} disabled={busy} onRun={run} />
      </div>
    </SidePanel>
  )
}

function DeleteButton({ label, disabled, onDelete }: { label: string; disabled: boolean; onDelete(): void }) {
  const [confirming, setConfirming] = useState(false)
  if (!confirming) {
    return (
      <Button variant="ghost" disabled={disabled} onClick={() => setConfirming(true)}>
        Delete…
      </Button>
    )
  }
  return (
    <Button variant="primary" disabled={disabled} onClick={() => (setConfirming(false), onDelete())}>
      Delete “{label}” and its values
    </Button>
  )
}
