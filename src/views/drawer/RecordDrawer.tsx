import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { errorMessage } from '../../lib/errorMessage'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { SidePanel } from '../../ui/SidePanel'
import { Spinner } from '../../ui/Spinner'
import { PeopleHere } from '../../realtime/presence/PeopleHere'
import { useOthersEditing, useOthersOnRecord } from '../../realtime/presence/PresenceContext'
import type { FullViewStoreApi } from '../store/createViewStore'
import { DrawerField } from './DrawerField'
import './RecordDrawer.css'

export interface RecordDrawerProps {
  module: ModuleDefinition
  fields: readonly FieldDefinition[]
  store: FullViewStoreApi
  recordId: string
  canEdit: boolean
  /** The link that reopens this record in this view. */
  recordHref: string
  onClose(): void
}

/**
 * Every field of one record, built-in and custom alike, each editable through its field type's editor. Edits go
 * through the view's store, so the list or board behind updates at once and a failed write rolls back in both.
 */
export function RecordDrawer({ module, fields, store, recordId, canEdit, recordHref, onClose }: RecordDrawerProps) {
  const record = useStore(store, (s) => s.records[recordId])
  const writeError = useStore(store, (s) => s.writeError)
  const [lookup, setLookup] = useState<{ id: string; state: 'missing' | string } | null>(null)
  const [copied, setCopied] = useState(false)
  const othersHere = useOthersOnRecord(recordId)
  const othersEditing = useOthersEditing()

  useEffect(() => {
    let current = true
    store
      .getState()
      .ensureRecord(recordId)
      .then(
        (found) => current && !found && setLookup({ id: recordId, state: 'missing' }),
        (error: unknown) => current && setLookup({ id: recordId, state: errorMessage(error) }),
      )
    return () => {
      current = false
    }
  }, [store, recordId])

  const title = record ? titleOf(record, fields, module) : module.singular
  const failed = lookup?.id === recordId ? lookup.state : null

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(new URL(recordHref, window.location.origin).toString())
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }

  return (
    <SidePanel
      title={title}
      onClose={onClose}
      actions={
        <>
          <PeopleHere users={othersHere} label="Also viewing" />
          <Button variant="ghost" onClick={() => void copyLink()}>
            {copied ? 'Link copied' : 'Copy link'}
          </Button>
        </>
      }
    >
      {!record && !failed && <Spinner label={`Loading ${module.singular.toLowerCase()}`} />}
      {!record && failed && (
        <Callout tone="warning" title={`This ${module.singular.toLowerCase()} cannot be shown`}>
          {failed === 'missing' ? 'It was deleted, or you do not have access to it.' : failed}
        </Callout>
      )}
      {record && (
        <>
          {writeError && <Callout tone="danger">{writeError}</Callout>}
          {!canEdit && <p className="ui-muted">You can view this {module.singular.toLowerCase()} but not change it.</p>}
          <dl className="record-drawer__fields">
            {fields
              .filter((field) => !field.hidden)
              .map((field) => (
                <DrawerField
                  key={field.key}
                  recordId={recordId}
                  field={field}
                  value={readFieldValue(record, field)}
                  updatedBy={typeof record.updated_by === 'string' ? record.updated_by : null}
                  canEdit={canEdit}
                  othersEditing={othersEditing.get(`${recordId}:${field.key}`) ?? []}
                  onCommit={(value) => void store.getState().patch(recordId, { [field.key]: value })}
                />
              ))}
          </dl>
        </>
      )}
    </SidePanel>
  )
}

function titleOf(record: Record<string, unknown>, fields: readonly FieldDefinition[], module: ModuleDefinition): string {
  const field = fields.find((candidate) => candidate.key === module.titleField)
  const value = field ? readFieldValue(record, field) : null
  return typeof value === 'string' && value.trim() ? value : `Untitled ${module.singular.toLowerCase()}`
}
