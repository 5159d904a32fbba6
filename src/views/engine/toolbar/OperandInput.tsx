import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import type { FilterContext, FilterOperator } from '../../../custom-fields/FieldType'
import { getFieldType } from '../../../custom-fields/registry'
import { Button } from '../../../ui/Button'
import { DateOperandInput } from './DateOperandInput'
import { dateChoiceModes, relativeSupport } from './relativeDateChoice'

export interface OperandInputProps {
  field: FieldDefinition
  operator: FilterOperator
  value: unknown
  context: FilterContext
  onChange(value: unknown): void
}

/**
 * The value part of a condition, through the field's own editor so a select offers its options, a date a date picker
 * and a person the workspace's members. Operators whose operand is a count ("within the next … days") take a number;
 * "is any of" collects several values, as checkboxes when the type knows its options. Operators that resolve relative
 * days ("today", "3 days ago") offer them beside the exact date.
 */
export function OperandInput({ field, operator, value, context, onChange }: OperandInputProps) {
  const type = getFieldType(field.type)
  if (!type || operator.arity === 0) return null
  const label = `Value for ${field.label}`

  if (operator.arity === 'many') {
    const values = Array.isArray(value) ? (value as unknown[]) : []
    const options = type.groupOptions?.(field.config) ?? []
    if (options.length > 0) {
      return (
        <fieldset className="view-toolbar__choices">
          <legend className="ui-visually-hidden">{label}</legend>
          {options.map((option) => (
            <label key={option.key} className="view-toolbar__choice">
              <input
                type="checkbox"
                checked={values.includes(option.key)}
                onChange={(event) => onChange(event.target.checked ? [...values, option.key] : values.filter((v) => v !== option.key))}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      )
    }
    const Editor = type.Editor
    return (
      <span className="view-toolbar__many">
        {values.map((item, index) => (
          <Button key={index} variant="ghost" aria-label={`Remove ${type.format(item, field.config)}`} onClick={() => onChange(values.filter((_, i) => i !== index))}>
            {type.format(item, field.config)} ✕
          </Button>
        ))}
        <Editor key={values.length} value={null} field={field} autoFocus={false} onCommit={(next) => next !== null && onChange([...values, next])} onCancel={() => {}} />
      </span>
    )
  }

  // A count rather than a field value: the operator accepts a bare number where a field value would not do.
  const takesCount = operator.operand?.(7, field.config, context) !== undefined && type.valueSchema(field.config).safeParse(7).success === false
  if (takesCount) {
    return (
      <input
        className="view-toolbar__input"
        type="number"
        min={0}
        aria-label={label}
        value={typeof value === 'number' || typeof value === 'string' ? String(value) : ''}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      />
    )
  }
  const modes = dateChoiceModes(relativeSupport(operator, field, context))
  if (modes.length > 1) {
    // Keyed by operator: a new operator starts from what is stored, not from the previous one's pick.
    return <DateOperandInput key={operator.id} field={field} type={type} modes={modes} value={value} label={label} onChange={onChange} />
  }
  const Editor = type.Editor
  return (
    <span className="view-toolbar__operand">
      <Editor
        // Re-mount on an outside change so the editor shows the stored operand.
        key={JSON.stringify(value ?? null)}
        value={(value ?? null) as never}
        field={{ ...field, label }}
        autoFocus={false}
        onCommit={(next) => onChange(next ?? undefined)}
        onCancel={() => {}}
      />
    </span>
  )
}
