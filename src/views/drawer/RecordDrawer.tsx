import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { errorMessage } from '../../lib/errorMessage'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { useRecordComments } from '../../realtime/comments/useRecordComments'
import { PeopleHere } from '../../realtime/presence/PeopleHere'
import { useOthersOnRecord } from '../../realtime/presence/PresenceContext'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { SidePanel } from '../../ui/SidePanel'
import { Spinner } from '../../ui/Spinner'
import type { FullViewStoreApi } from '../store/createViewStore'
import { CommentsTab } from './comments/CommentsTab'
import { DrawerConflicts } from './DrawerConflicts'
import { DrawerDetails } from './DrawerDetails'
import { DrawerTabs } from './DrawerTabs'
import { HistoryTab } from './history/HistoryTab'
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

type TabKey = 'details' | 'comments' | 'history'

/**
 * One record in three tabs: every field (built-in and custom, edited through the view's store, so the list or board
 * behind updates at once), its comment threads and its history, both live.
 */
export function RecordDrawer({ module, fields, store, recordId, canEdit, recordHref, onClose }: RecordDrawerProps) {
  const record = useStore(store, (s) => s.records[recordId])
  const writeError = useStore(store, (s) => s.writeError)
  const [lookup, setLookup] = useState<{ id: string; state: 'missing' | string } | null>(null)
  const [copied, setCopied] = useState(false)
  const [tab, setTab] = useState<TabKey>('details')
  const othersHere = useOthersOnRecord(recordId)
  const workspaceId = typeof record?.workspace_id === 'string' ? record.workspace_id : null
  // Loaded with the drawer, whichever tab shows, so the Comments tab can say how many there are.
  const comments = useRecordComments(workspaceId, module.table, recordId)

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
  const noun = module.singular.toLowerCase()

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
      {!record && !failed && <Spinner label={`Loading ${noun}`} />}
      {!record && failed && (
        <Callout tone="warning" title={`This ${noun} cannot be shown`}>
          {failed === 'missing' ? 'It was deleted, or you do not have access to it.' : failed}
        </Callout>
      )}
      {record && (
        <>
          {writeError && <Callout tone="danger">{writeError}</Callout>}
          {!canEdit && <p className="ui-muted">You can view this {noun} but not change it.</p>}
          <DrawerTabs<TabKey>
            label={`${module.singular} sections`}
            active={tab}
            onChange={setTab}
            tabs={[
              { key: 'details', label: 'Details' },
              { key: 'comments', label: comments.status === 'ready' ? `Comments (${comments.count})` : 'Comments' },
              { key: 'history', label: 'History' },
            ]}
          >
            {tab === 'details' && module.conflictChecks && <DrawerConflicts module={module} store={store} record={record} />}
            {tab === 'details' && <DrawerDetails record={record} recordId={recordId} fields={fields} store={store} canEdit={canEdit} />}
            {tab === 'comments' && <CommentsTab comments={comments} canEdit={canEdit} noun={noun} />}
            {tab === 'history' && <HistoryTab workspaceId={workspaceId} module={module} fields={fields} recordId={recordId} />}
          </DrawerTabs>
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
