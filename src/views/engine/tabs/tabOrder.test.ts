import { describe, expect, it } from 'vitest'
import { sortByPosition, tabOrderUpdates } from './tabOrder'

const views = (...positions: (string | null)[]) => positions.map((position, i) => ({ id: `v${i}`, position }))

/** Applies the updates and returns the ids in the order the server would list them. */
function reordered(list: ReturnType<typeof views>, id: string, toIndex: number): string[] {
  const updates = tabOrderUpdates(list, id, toIndex)
  const next = list.map((view) => ({ ...view, position: updates.find((u) => u.id === view.id)?.position ?? view.position }))
  return sortByPosition(next).map((view) => view.id)
}

describe('tab order', () => {
  it('sorts by position in byte order, views without one last, ties as given', () => {
    const list = [
      { id: 'late', position: null },
      { id: 'b', position: 'a1' },
      { id: 'upper', position: 'Zz' },
      { id: 'a', position: 'a0' },
      { id: 'tie', position: 'a1' },
    ]
    expect(sortByPosition(list).map((view) => view.id)).toEqual(['upper', 'a', 'b', 'tie', 'late'])
  })

  it('moving a tab writes one position between its new neighbours', () => {
    const list = views('a0', 'a1', 'a2')
    expect(tabOrderUpdates(list, 'v2', 1)).toHaveLength(1)
    expect(reordered(list, 'v2', 1)).toEqual(['v0', 'v2', 'v1'])
    expect(reordered(list, 'v0', 2)).toEqual(['v1', 'v2', 'v0'])
    expect(reordered(list, 'v1', 0)).toEqual(['v1', 'v0', 'v2'])
    expect(tabOrderUpdates(list, 'v1', 1)).toEqual([])
  })

  it('views without a position that the moved tab passes get keys too, so the order holds', () => {
    const list = views('a0', null, null)
    expect(reordered(list, 'v0', 2)).toEqual(['v1', 'v2', 'v0'])
    expect(reordered(list, 'v2', 1)).toEqual(['v0', 'v2', 'v1'])
    expect(tabOrderUpdates(list, 'v2', 1)).toHaveLength(1)
  })
})
