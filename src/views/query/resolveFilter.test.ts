import { describe, expect, it } from 'vitest'
import type { FilterGroup } from './filterTree'
import { resolveFilter } from './resolveFilter'
import { context, taskFields } from './testFields'

describe('resolveFilter', () => {
  it('drops conditions on deleted fields, unknown operators and incomplete operands, with an issue for each', () => {
    const filter: FilterGroup = {
      kind: 'group',
      id: 'f',
      conjunction: 'and',
      children: [
        { kind: 'condition', id: 'a', field: 'status', operator: 'eq', value: 'done' },
        { kind: 'condition', id: 'b', field: 'budget_code', operator: 'eq', value: 'X' },
        { kind: 'condition', id: 'c', field: 'status', operator: 'contains', value: 'do' },
        { kind: 'condition', id: 'd', field: 'title', operator: 'contains', value: '' },
        { kind: 'group', id: 'e', conjunction: 'or', children: [{ kind: 'condition', id: 'e1', field: 'ghost', operator: 'eq', value: 1 }] },
      ],
    }
    const { root, issues } = resolveFilter(filter, taskFields, context)
    expect(root?.children.map((c) => c.id)).toEqual(['a'])
    expect(issues.map((i) => [i.nodeId, i.kind])).toEqual([
      ['b', 'unknown_field'],
      ['c', 'unknown_operator'],
      ['d', 'incomplete'],
      ['e1', 'unknown_field'],
    ])
    expect(issues[0]!.message).toBe('The field "budget_code" no longer exists')
  })

  it('is null when nothing is left to filter by', () => {
    expect(resolveFilter(null, taskFields, context).root).toBeNull()
    expect(resolveFilter({ kind: 'group', id: 'f', conjunction: 'or', children: [] }, taskFields, context).root).toBeNull()
  })
})
