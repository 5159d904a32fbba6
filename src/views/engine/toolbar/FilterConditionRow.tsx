import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import type { FilterContext } from '../../../custom-fields/FieldType'
import { getFieldType } from '../../../custom-fields/registry'
import { Button } from '../../../ui/Button'
import { describeOperand } from '../../query/describeFilter'
import type { FilterCondition } from '../../query/filterTree'
import { OperandInput } from './OperandInput'

export interface FilterConditionRowProps {
  condition: FilterCondition
  fields: readonly FieldDefinition[]
  context: FilterContext
  disabled: boolean
  onChange(condition: FilterCondition): void
  onRemove(): void
}

export function FilterConditionRow({ condition, fields, context, disabled, onChange, onRemove }: FilterConditionRowProps) {
  const field = fields.find((candidate) => candidate.key === condition.field)
  const type = field ? getFieldType(field.type) : undefined
  const operators = type?.operators ?? []
  const operator = operators.find((candidate) => candidate.id === condition.operator)

  function changeField(key: string) {
    const next = fields.find((candidate) => candidate.key === key)
    const firstOperator = next ? getFieldType(next.type)?.operators[0]?.id : undefined
    // A new field keeps the operator when its type has one of that id; the operand never carries over.
    const keep = next && getFieldType(next.type)?.operators.some((candidate) => candidate.id === condition.operator)
    onChange({ kind: 'condition', id: condition.id, field: key, operator: keep ? condition.operator : (firstOperator ?? condition.operator) })
  }

  return (
    <div className="view-toolbar__condition">
      <select aria-label="Field" value={condition.field} disabled={disabled} onChange={(event) => changeField(event.target.value)}>
        {!field && <option value={condition.field}>{condition.field} (deleted)</option>}
        {fields.map((candidate) => (
          <option key={candidate.key} value={candidate.key}>
            {candidate.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Operator"
        value={condition.operator}
        disabled={disabled || !field}
        onChange={(event) => {
          const next = operators.find((candidate) => candidate.id === event.target.value)
          // An operand of another arity would be meaningless (a list for "is", a value for "is empty").
          const keepValue = next && operator && next.arity === operator.arity
          const { value: _value, ...rest } = condition
          onChange(keepValue ? { ...condition, operator: event.target.value } : { ...rest, operator: event.target.value })
        }}
      >
        {!operator && <option value={condition.operator}>{condition.operator}</option>}
        {operators.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.label}
          </option>
        ))}
      </select>
      {field && operator && !disabled && (
        <OperandInput field={field} operator={operator} value={condition.value} context={context} onChange={(value) => onChange(value === undefined ? withoutValue(condition) : { ...condition, value })} />
      )}
      {field && operator && disabled && condition.value !== undefined && <span>{describeOperand(field, condition.value)}</span>}
      <Button variant="ghost" disabled={disabled} aria-label="Remove condition" onClick={onRemove}>
        ✕
      </Button>
    </div>
  )
}

function withoutValue(condition: FilterCondition): FilterCondition {
  const { value: _value, ...rest } = condition
  return rest
}
