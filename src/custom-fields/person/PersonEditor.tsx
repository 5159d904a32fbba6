import type { EditorProps } from '../FieldType'
import { ChoiceEditor } from '../shared/ChoiceEditor'
import type { PersonConfig } from './personFieldType'
import { useWorkspaceMembers } from './WorkspaceMembersProvider'

export function PersonEditor({ value, field, onCommit, onCancel, autoFocus }: EditorProps<string, PersonConfig>) {
  const { members } = useWorkspaceMembers()
  return (
    <ChoiceEditor
      label={field.label}
      value={value}
      choices={members.map((m) => ({ value: m.id, label: m.name }))}
      allowEmpty={!field.required}
      onCommit={onCommit}
      onCancel={onCancel}
      autoFocus={autoFocus}
    />
  )
}
