import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import { getFieldType } from '../../../custom-fields/registry'
import { SelectField } from '../../../ui/SelectField'
import type { SavedView } from '../savedView'

export interface GroupByPickerProps {
  groupBy: SavedView['groupBy']
  fields: readonly FieldDefinition[]
  /** Boards need columns: no "None", and only fields whose value a drop can set. */
  required: boolean
  disabled: boolean
  disabledReason?: string | undefined
  onChange(groupBy: SavedView['groupBy']): void
}

/** Which field groups the records (list sections, board columns): any field whose type knows its groups. */
export function GroupByPicker({ groupBy, fields, required, disabled, disabledReason, onChange }: GroupByPickerProps) {
  const groupable = fields.filter((field) => {
    const type = getFieldType(field.type)
    if (!type?.groupKeys || field.hidden) return false
    return !required || (type.valueForGroup !== undefined && !field.readOnly)
  })
  return (
    <SelectField
      label="Group by"
      className="view-toolbar__group-by"
      value={groupBy?.field ?? ''}
      disabled={disabled}
      title={disabled ? disabledReason : undefined}
      {...(required && groupBy ? {} : { placeholder: 'None' })}
      options={groupable.map((field) => ({ value: field.key, label: field.label }))}
      onChange={(event) => onChange(event.target.value ? { field: event.target.value, collapsed: [] } : null)}
    />
  )
}
