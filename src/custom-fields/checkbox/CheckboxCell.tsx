import type { CellProps } from '../FieldType'
import type { CheckboxConfig } from './checkboxFieldType'

export function CheckboxCell({ value }: CellProps<boolean, CheckboxConfig>) {
  return (
    <span className="cf-cell cf-checkbox" role="img" aria-label={value === true ? 'Yes' : 'No'}>
      {value === true ? '☑' : '☐'}
    </span>
  )
}
