import { EmptyValue } from '../../ui/EmptyValue'
import type { CellProps } from '../FieldType'
import type { RatingConfig } from './ratingFieldType'

export function RatingCell({ value, field }: CellProps<number, RatingConfig>) {
  if (value === null) return <EmptyValue />
  const max = field.config.max
  return (
    <span className="cf-cell cf-rating" aria-label={`${value} of ${max}`}>
      <span aria-hidden="true">
        {'★'.repeat(Math.min(value, max))}
        <span className="ui-muted">{'☆'.repeat(Math.max(max - value, 0))}</span>
      </span>
    </span>
  )
}
