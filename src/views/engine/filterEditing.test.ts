import { describe, expect, it } from 'vitest'
import { addNode, countConditions, emptyFilter, newCondition, newGroup, normalizeFilter, removeNode, updateNode } from './filterEditing'

describe('filter tree editing', () => {
  it('adds conditions and nested groups, counts them at any depth, and removes them', () => {
    const status = newCondition('status', 'eq')
    const group = newGroup('or')
    const due = newCondition('due_date', 'before')
    let tree = addNode(emptyFilter(), 'root', status)
    tree = addNode(tree, 'root', group)
    tree = addNode(tree, group.id, due)
    expect(countConditions(tree)).toBe(2)
    expect(tree.children[1]).toMatchObject({ kind: 'group', conjunction: 'or', children: [{ field: 'due_date' }] })

    tree = updateNode(tree, due.id, (node) => ({ ...node, value: '2025-01-01' }) as typeof node)
    expect(tree.children[1]).toMatchObject({ children: [{ value: '2025-01-01' }] })

    tree = removeNode(tree, due.id)
    expect(countConditions(tree)).toBe(1)
  })

  it('stores a filter without conditions as no filter', () => {
    expect(normalizeFilter(emptyFilter())).toBeNull()
    expect(normalizeFilter(addNode(emptyFilter(), 'root', newGroup()))).toBeNull()
  })
})
