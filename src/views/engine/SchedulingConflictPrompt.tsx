import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { SchedulingConflictList } from '../../scheduling/SchedulingConflictList'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/TextField'
import type { FullViewStoreApi } from '../store/createViewStore'
import './SchedulingConflictPrompt.css'

/**
 * A booking or crew call that collides with something, held before it is saved: blocks refuse (an admin may
 * override them with a reason, kept on the row and in the audit log); warnings ask; the list updates live while it
 * is open when someone else books the same table.
 */
export function SchedulingConflictPrompt({ store, module, canOverride }: { store: FullViewStoreApi; module: ModuleDefinition; canOverride: boolean }) {
  const prompt = useStore(store, (s) => s.conflictPrompt)
  const [reason, setReason] = useState('')
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    setReason('')
    if (prompt) first.current?.focus()
  }, [prompt?.row])
  if (!prompt) return null

  const blocks = prompt.conflicts.filter((c) => c.severity === 'block')
  const title = String(prompt.row[module.titleField] ?? module.singular)
  const answer = store.getState().answerConflictPrompt
  const heading = blocks.length > 0 ? `“${title}” cannot be saved as it is` : `“${title}” collides with other bookings`

  return (
    <div className="scheduling-prompt__backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="scheduling-prompt-title"
        className="scheduling-prompt"
        onKeyDown={(event) => event.key === 'Escape' && answer({ proceed: false })}
      >
        <h2 id="scheduling-prompt-title" className="scheduling-prompt__title">{heading}</h2>
        <SchedulingConflictList conflicts={prompt.conflicts} />
        {blocks.length > 0 && canOverride && (
          <TextField
            label="Override reason (admins)"
            hint="Saved with the booking and in the audit log."
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
        {blocks.length > 0 && !canOverride && (
          <p className="ui-muted">Move it, release the other booking, or ask a workspace admin to override.</p>
        )}
        <div className="scheduling-prompt__actions">
          <Button ref={first} onClick={() => answer({ proceed: false })}>Cancel</Button>
          {blocks.length === 0 && (
            <Button variant="primary" onClick={() => answer({ proceed: true })}>Save anyway</Button>
          )}
          {blocks.length > 0 && canOverride && (
            <Button variant="primary" disabled={reason.trim() === ''} onClick={() => answer({ proceed: true, overrideReason: reason })}>
              Override and save
            </Button>
          )}
        </div>
      </div>
    </div>
  )
}
