import type { FilterCondition, FilterGroup, FilterNode } from '../query/filterTree'

/** Pure edits of a filter tree for the filter builder; every function returns a new tree. */

export function newNodeId(): string {
  return crypto.randomUUID().slice(0, 8)
}

export function emptyFilter(): FilterGroup {
  return { kind: 'group', id: 'root', conjunction: 'and', children: [] }
}

export function newCondition(field: string, operator: string): FilterCondition {
  return { kind: 'condition', id: newNodeId(), field, operator }
}

export function newGroup(conjunction: 'and' | 'or' = 'and'): FilterGroup {
  return { kind: 'group', id: newNodeId(), conjunction, children: [] }
}

/** Adds `node` at the end of the group `groupId`. */
export function addNode(tree: FilterGroup, groupId: string, node: FilterNode): FilterGroup {
  return mapGroups(tree, (group) => (group.id === groupId ? { ...group, children: [...group.children, node] } : group))
}

/** Replaces the node `id` (condition or group) with `update(node)`. */
export function updateNode(tree: FilterGroup, id: string, update: (node: FilterNode) => FilterNode): FilterGroup {
  if (tree.id === id) return update(tree) as FilterGroup
  return { ...tree, children: tree.children.map((child) => (child.id === id ? update(child) : child.kind === 'group' ? updateNode(child, id, update) : child)) }
}

/** Removes the node `id`; a group left empty by it stays (the user may be about to fill it). */
export function removeNode(tree: FilterGroup, id: string): FilterGroup {
  return {
    ...tree,
    children: tree.children.filter((child) => child.id !== id).map((child) => (child.kind === 'group' ? removeNode(child, id) : child)),
  }
}

/** Conditions in the tree, at any depth (for the toolbar's count). */
export function countConditions(tree: FilterGroup | null): number {
  if (!tree) return 0
  return tree.children.reduce((total, child) => total + (child.kind === 'group' ? countConditions(child) : 1), 0)
}

/** A tree without conditions is no filter at all: stored as null so the view compiles to no `or=`/`and=` noise. */
export function normalizeFilter(tree: FilterGroup | null): FilterGroup | null {
  return tree && countConditions(tree) > 0 ? tree : null
}

function mapGroups(group: FilterGroup, map: (group: FilterGroup) => FilterGroup): FilterGroup {
  const mapped = map(group)
  return { ...mapped, children: mapped.children.map((child) => (child.kind === 'group' ? mapGroups(child, map) : child)) }
}
