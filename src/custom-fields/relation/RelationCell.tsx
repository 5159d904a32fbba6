import { EmptyValue } from '../../ui/EmptyValue'
import type { CellProps } from '../FieldType'
import type { RelationConfig } from './relationFieldType'
import { useRelatedRecords } from './RelatedRecordsProvider'

export function RelationCell({ value, field }: CellProps<string, RelationConfig>) {
  const records = useRelatedRecords(field.config.module)
  if (value === null || value === '') return <EmptyValue />
  return <span className="cf-cell cf-relation">{records.find((r) => r.id === value)?.title ?? 'Record'}</span>
}
