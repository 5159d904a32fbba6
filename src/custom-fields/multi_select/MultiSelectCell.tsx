import { EmptyValue } from '../../ui/EmptyValue'
import type { CellProps } from '../FieldType'
import { OptionPill } from '../shared/OptionPill'
import type { SelectConfig } from '../shared/selectOption'

export function MultiSelectCell({ value, field }: CellProps<string[], SelectConfig>) {
  if (!Array.isArray(value) || value.length === 0) return <EmptyValue />
  return (
    <span className="cf-cell cf-options">
      {value.map((v) => {
        const option = field.config.options.find((o) => o.value === v)
        return <OptionPill key={v} label={option?.label ?? v} color={option?.color} />
      })}
    </span>
  )
}
