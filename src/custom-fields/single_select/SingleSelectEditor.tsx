import type { EditorProps } from '../FieldType'
import { ChoiceEditor } from '../shared/ChoiceEditor'
import type { SelectConfig } from '../shared/selectOption'

export function SingleSelectEditor({ value, field, onCommit, onCancel, autoFocus }: EditorProps<string, SelectConfig>) {
  return (
    <ChoiceEditor
      label={field.label}
      value={value}
      choices={field.config.options}
      allowEmpty={!field.required}
      onCommit={onCommit}
      onCancel={onCancel}
      autoFocus={autoFocus}
    />
  )
}
