import { describe, expect, it } from 'vitest'
import { compareRecords } from './compareRecords'
import type { Sort } from './filterTree'
import { sortRecords } from './sortRecords'
import { taskFields } from './testFields'

// sortRecords must give exactly compareRecords' order (which the server's `order=` mirrors) on any mix of values.
const fields = taskFields

// Text where UTF-16 order and code-point order disagree: U+E000 sorts before an emoji by code point, after it by unit.
const TITLES = ['a', 'B', 'b', '', 'ab', '\uE000', '😀', 'é', 'e\u0301', 'Z9', null]

function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

function rowsFor(seed: number, count: number) {
  const next = random(seed)
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  return Array.from({ length: count }, (_, index) => ({
    id: `r${String(index).padStart(3, '0')}${pick(['', '😀', '\uE000'])}`,
    title: pick(TITLES),
    status: pick(['todo', 'done', 'review', null]),
    due_date: pick(['2026-11-20', '2026-01-02', '2027-03-04', null]),
    estimate_hours: pick([1, 2.5, -3, 0, -0, 10, null, '7', Number.MAX_VALUE, -Number.MAX_VALUE]),
    created_at: pick(['2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00.000001+00:00', '2025-12-31T23:00:00-02:00', '2026-01-01T01:00:00Z']),
    custom_fields: pick([{}, { crew_size: 2 }, { crew_size: 10 }, { crew_size: null }, { tags: ['b'] }, { tags: ['a', 'b'], crew_size: 2 }, { tags: [] }]),
  }))
}

const SORTS: Sort[][] = [
  [{ field: 'title', direction: 'asc' }],
  [{ field: 'title', direction: 'desc' }],
  [{ field: 'status', direction: 'asc' }, { field: 'due_date', direction: 'desc' }],
  [{ field: 'estimate_hours', direction: 'desc' }],
  [{ field: 'created_at', direction: 'asc' }],
  [{ field: 'crew_size', direction: 'asc' }, { field: 'title', direction: 'asc' }],
  [{ field: 'tags', direction: 'desc' }, { field: 'crew_size', direction: 'desc' }],
  [],
]

describe('sortRecords', () => {
  it('orders exactly as compareRecords for every field type, both directions, nulls and non-BMP text', () => {
    for (const seed of [1, 2, 3]) {
      const rows = rowsFor(seed, 200)
      for (const sorts of SORTS) {
        const expected = [...rows].sort(compareRecords(sorts, fields)).map((row) => row.id)
        expect(sortRecords(rows, sorts, fields).map((row) => row.id), JSON.stringify(sorts)).toEqual(expected)
      }
    }
  })

  it('falls back to the default sorts given, as compareRecords does', () => {
    const rows = rowsFor(7, 50)
    const defaultSorts: Sort[] = [{ field: 'due_date', direction: 'asc' }]
    const expected = [...rows].sort(compareRecords(null, fields, { defaultSorts })).map((row) => row.id)
    expect(sortRecords(rows, null, fields, { defaultSorts }).map((row) => row.id)).toEqual(expected)
  })

  it('leaves its input as it was', () => {
    const rows = rowsFor(9, 20)
    const before = rows.map((row) => row.id)
    sortRecords(rows, [{ field: 'title', direction: 'asc' }], fields)
    expect(rows.map((row) => row.id)).toEqual(before)
  })
})
