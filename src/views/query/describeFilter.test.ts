import { describe, expect, it } from 'vitest'
import { describeFilter, describeSorts } from './describeFilter'
import type { FilterGroup } from './filterTree'
import { taskFields } from './testFields'

describe('describeFilter', () => {
  it('reads like a sentence, with option labels, relative days and nested groups in parentheses', () => {
    const filter: FilterGroup = {
      kind: 'group',
      id: 'f',
      conjunction: 'and',
      children: [
        { kind: 'condition', id: 'a', field: 'status', operator: 'any_of', value: ['todo', 'in_progress'] },
        {
          kind: 'group',
          id: 'b',
          conjunction: 'or',
          children: [
            { kind: 'condition', id: 'b1', field: 'due_date', operator: 'before', value: { relative: 'today', days: 7 } },
            { kind: 'condition', id: 'b2', field: 'description', operator: 'is_empty' },
            { kind: 'condition', id: 'b3', field: 'due_date', operator: 'within_next_days', value: 3 },
          ],
        },
        { kind: 'condition', id: 'c', field: 'budget_code', operator: 'eq', value: 'X' },
      ],
    }
    expect(describeFilter(filter, taskFields)).toBe(
      'Status is any of To do, In progress and (Due date is before 7 days from now or Description is empty or ' +
        'Due date is within the next 3 days) and budget_code (deleted field)',
    )
  })

  it('names relative days as the filter builder offers them', () => {
    const on = (value: unknown, field = 'due_date', operator = 'on_or_after'): FilterGroup => ({
      kind: 'group',
      id: 'r',
      conjunction: 'and',
      children: [{ kind: 'condition', id: 'c', field, operator, value }],
    })
    expect(describeFilter(on({ relative: 'today', days: 0 }), taskFields)).toBe('Due date is on or after today')
    expect(describeFilter(on({ relative: 'today', days: -1 }), taskFields)).toBe('Due date is on or after yesterday')
    expect(describeFilter(on({ relative: 'today', days: 1 }), taskFields)).toBe('Due date is on or after tomorrow')
    expect(describeFilter(on({ relative: 'today', days: -14 }), taskFields)).toBe('Due date is on or after 14 days ago')
    expect(describeFilter(on({ relative: 'today', days: 3 }), taskFields)).toBe('Due date is on or after 3 days from now')
    expect(describeFilter(on({ relative: 'now', days: 0 }, 'created_at', 'before'), taskFields)).toBe('Created is before now')
    expect(describeFilter(on({ relative: 'now', days: -2 }, 'created_at', 'after'), taskFields)).toBe('Created is after 2 days before now')
  })

  it('summarizes sorts', () => {
    expect(describeSorts([{ field: 'due_date', direction: 'asc' }, { field: 'title', direction: 'desc' }], taskFields)).toBe('Due date ↑, Title ↓')
  })
})
