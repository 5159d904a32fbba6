import { describe, expect, it } from 'vitest'
import { compareRecords } from './compareRecords'
import { taskFields } from './testFields'

const rows = [
  { id: 'd', due_date: null, title: 'b', created_at: '2026-01-01T00:00:00.000002+00:00', custom_fields: { crew_size: 2 } },
  { id: 'c', due_date: '2026-11-20', title: 'B', created_at: '2026-01-01T00:00:00.000001+00:00', custom_fields: {} },
  { id: 'b', due_date: '2026-11-20', title: 'a', created_at: '2026-01-01T00:00:00+00:00', custom_fields: { crew_size: 10 } },
  { id: 'a', due_date: '2026-11-24', title: 'a', created_at: '2026-01-01T00:00:00.000001+00:00', custom_fields: { crew_size: 2 } },
]
const ids = (sorted: typeof rows) => sorted.map((r) => r.id)

describe('compareRecords', () => {
  it('puts no value last ascending and first descending, and breaks ties by id', () => {
    expect(ids([...rows].sort(compareRecords([{ field: 'due_date', direction: 'asc' }], taskFields)))).toEqual(['b', 'c', 'a', 'd'])
    expect(ids([...rows].sort(compareRecords([{ field: 'due_date', direction: 'desc' }], taskFields)))).toEqual(['d', 'a', 'b', 'c'])
  })

  it('applies sorts in turn, comparing each with its field type (custom numbers numerically)', () => {
    const sorts = [
      { field: 'crew_size', direction: 'asc' as const },
      { field: 'title', direction: 'asc' as const },
    ]
    expect(ids([...rows].sort(compareRecords(sorts, taskFields)))).toEqual(['a', 'd', 'b', 'c'])
  })

  it('without sorts, orders by creation at microsecond precision, ignoring sorts on deleted fields', () => {
    expect(ids([...rows].sort(compareRecords([{ field: 'ghost', direction: 'desc' }], taskFields)))).toEqual(['b', 'a', 'c', 'd'])
  })
})
