import type { EditorProps } from '../FieldType'
import { ChoiceEditor } from '../shared/ChoiceEditor'
import type { RelationConfig } from './relationFieldType'
import { useRelatedRecords } from './RelatedRecordsProvider'

export function RelationEditor({ value, field, onCommit, onCancel, autoFocus }: EditorProps<string, RelationConfig>) {
  const records = useRelatedRecords(field.config.module)
  return (
    <ChoiceEditor
      label={field.label}
      value={value}
      choices={records.map((r) => ({ value: r.id, label: r.title }))}
      allowEmpty={!field.required}
      onCommit={onCommit}
      onCancel={onCancel}
      autoFocus={autoFocus}
    />
  )
}
