import type { ComponentType } from 'react'
import { EmptyValue } from '../../ui/EmptyValue'
import type { CellProps } from '../FieldType'

/** A cell that shows the field's formatted text, or the quiet empty marker. */
export function plainCell<Value, Config>(
  format: (value: Value | null, config: Config) => string,
  options: { align?: 'start' | 'end'; name: string },
): ComponentType<CellProps<Value, Config>> {
  function Cell({ value, field }: CellProps<Value, Config>) {
    const text = value === null ? '' : format(value, field.config)
    if (text === '') return <EmptyValue />
    return <span className={options.align === 'end' ? 'cf-cell cf-cell--number' : 'cf-cell'}>{text}</span>
  }
  Cell.displayName = options.name
  return Cell
}
