import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { FieldType } from '../../custom-fields/FieldType'
import type { RecordRow } from '../store/ViewStore'
import { numberFormat } from '../../lib/format/numberFormat'

export const aggregateKinds = ['count', 'sum', 'average', 'min', 'max', 'earliest', 'latest'] as const
export type AggregateKind = (typeof aggregateKinds)[number]

export const aggregateLabels: Record<AggregateKind, string> = {
  count: 'Count',
  sum: 'Sum',
  average: 'Average',
  min: 'Min',
  max: 'Max',
  earliest: 'Earliest',
  latest: 'Latest',
}

/**
 * The footer aggregates that make sense for a field, read off its value schema rather than a list of type ids:
 * numbers sum and average, date-like values (accepting an ISO day, rejecting other text) have an earliest and latest.
 */
export function aggregatesFor(field: FieldDefinition, type: FieldType | undefined): AggregateKind[] {
  if (!type) return ['count']
  const schema = type.valueSchema(field.config)
  if (schema.safeParse(1).success) return ['count', 'sum', 'average', 'min', 'max']
  const dateLike =
    (schema.safeParse('2025-01-31').success || schema.safeParse('2025-01-31T10:00:00.000Z').success) &&
    !schema.safeParse('not a date').success
  return dateLike ? ['count', 'earliest', 'latest'] : ['count']
}

/**
 * One footer value over the records of the view, as display text. Count counts filled values; min/max and
 * earliest/latest use the field type's own order, so a custom field aggregates exactly like a built-in one.
 */
export function aggregate(kind: AggregateKind, records: readonly RecordRow[], field: FieldDefinition, type: FieldType | undefined): string {
  const values = records.map((record) => readFieldValue(record, field)).filter((value) => value !== null && value !== undefined && value !== '')
  if (kind === 'count') return String(values.length)
  if (values.length === 0 || !type) return ''
  const format = (value: unknown) => type.format(value, field.config)
  if (kind === 'sum' || kind === 'average') {
    const numbers = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
    if (numbers.length === 0) return ''
    const sum = numbers.reduce((total, value) => total + value, 0)
    if (kind === 'sum') return format(roundCents(sum))
    return numberFormat(undefined, { maximumFractionDigits: 2 }).format(sum / numbers.length)
  }
  const sorted = [...values].sort((a, b) => type.compare(a, b, field.config))
  const lowest = kind === 'min' || kind === 'earliest'
  return format(lowest ? sorted[0] : sorted[sorted.length - 1])
}

// Adding many 0.1s drifts (0.30000000000000004); sums of money and hours are shown to the cent.
function roundCents(value: number): number {
  return Math.round(value * 100) / 100
}

/** One column's summary in a group row: which aggregate, and its value over the group's records. */
export interface GroupAggregate {
  kind: AggregateKind
  value: string
}

/**
 * The footer's aggregates per group, for group rows: for each group key, one entry per column (null where the view
 * sums nothing). Collapsed groups are summarized too: their header row still shows.
 */
export function groupAggregates(
  groups: readonly { key: string }[],
  groupedIds: Readonly<Record<string, readonly string[]>>,
  records: Readonly<Record<string, RecordRow>>,
  columns: readonly { field: FieldDefinition; type: FieldType | undefined }[],
  kinds: Readonly<Record<string, AggregateKind>>,
): Map<string, (GroupAggregate | null)[]> {
  const summaries = new Map<string, (GroupAggregate | null)[]>()
  for (const group of groups) {
    const rows = (groupedIds[group.key] ?? []).map((id) => records[id]).filter((row): row is RecordRow => row !== undefined)
    summaries.set(
      group.key,
      columns.map(({ field, type }) => {
        const kind = kinds[field.key]
        return kind ? { kind, value: aggregate(kind, rows, field, type) } : null
      }),
    )
  }
  return summaries
}
