import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { useOthersEditing } from '../../realtime/presence/PresenceContext'
import type { RecordRow } from '../store/ViewStore'
import type { FullViewStoreApi } from '../store/createViewStore'
import { DrawerField } from './DrawerField'

export interface DrawerDetailsProps {
  record: RecordRow
  recordId: string
  fields: readonly FieldDefinition[]
  store: FullViewStoreApi
  canEdit: boolean
}

/** The Details tab: every visible field of the record, each editable through its field type's editor. */
export function DrawerDetails({ record, recordId, fields, store, canEdit }: DrawerDetailsProps) {
  const othersEditing = useOthersEditing()
  return (
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
  )
}
