import { describe, expect, it } from 'vitest'
import { getFieldType } from '../../custom-fields/registry'
import { taskFields } from '../query/testFields'
import type { FilterGroup } from '../query/filterTree'
import { addFieldCondition, canAddFilterFor, canGroupBy, sortFirstBy, withoutSort } from './columnMenuActions'

const field = (key: string) => taskFields.find((candidate) => candidate.key === key)!
const typeOf = (key: string) => getFieldType(field(key).type)
const tree = (conjunction: 'and' | 'or', count: number): FilterGroup => ({
  kind: 'group',
  id: 'root',
  conjunction,
  children: Array.from({ length: count }, (_, i) => ({ kind: 'condition' as const, id: `c${i}`, field: 'title', operator: 'contains', value: 'x' })),
})

describe('column menu actions', () => {
  it('a header sort becomes the first sort and keeps the others after it', () => {
    const sorts = [
      { field: 'due_date', direction: 'asc' as const },
      { field: 'title', direction: 'asc' as const },
    ]
    expect(sortFirstBy(sorts, 'title', 'desc')).toEqual([
      { field: 'title', direction: 'desc' },
      { field: 'due_date', direction: 'asc' },
    ])
    expect(withoutSort(sorts, 'due_date')).toEqual([{ field: 'title', direction: 'asc' }])
  })

  it('groups by fields whose type knows its groups', () => {
    expect(canGroupBy(field('status'), typeOf('status'))).toBe(true)
    expect(canGroupBy(field('title'), typeOf('title'))).toBe(false)
  })

  it('filters by a field only where a new condition narrows the view', () => {
    expect(canAddFilterFor({ filter: null }, typeOf('title'))).toBe(true)
    expect(canAddFilterFor({ filter: tree('and', 2) }, typeOf('title'))).toBe(true)
    expect(canAddFilterFor({ filter: tree('or', 1) }, typeOf('title'))).toBe(true)
    expect(canAddFilterFor({ filter: tree('or', 2) }, typeOf('title'))).toBe(false)

    const { filter, condition } = addFieldCondition({ filter: tree('or', 1) }, field('status'), typeOf('status')!)
    expect(filter?.conjunction).toBe('and')
    expect(filter?.children.at(-1)).toEqual(condition)
    expect(condition).toMatchObject({ field: 'status', operator: typeOf('status')!.operators[0]!.id })
  })
})
