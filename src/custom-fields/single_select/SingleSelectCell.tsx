import { EmptyValue } from '../../ui/EmptyValue'
import type { CellProps } from '../FieldType'
import { OptionPill } from '../shared/OptionPill'
import type { SelectConfig } from '../shared/selectOption'

export function SingleSelectCell({ value, field }: CellProps<string, SelectConfig>) {
  if (value === null || value === '') return <EmptyValue />
  const option = field.config.options.find((o) => o.value === value)
  // A deleted option still shows what is stored, greyed, rather than nothing.
  return <OptionPill label={option?.label ?? value} color={option?.color} />
}
