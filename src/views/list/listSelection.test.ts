import { describe, expect, it } from 'vitest'
import { allSelected, EMPTY_SELECTION, someSelected, toggleAll, toggleRow } from './listSelection'

const order = ['a', 'b', 'c', 'd', 'e']
const ids = (selection: { selected: Record<string, true> }) => Object.keys(selection.selected).sort()

describe('list selection', () => {
  it('toggles one row and remembers it as the anchor', () => {
    const one = toggleRow(EMPTY_SELECTION, 'b', order, false)
    expect(ids(one)).toEqual(['b'])
    expect(one.anchor).toBe('b')
    expect(ids(toggleRow(one, 'b', order, false))).toEqual([])
  })

  it('selects the range from the anchor with Shift, in either direction', () => {
    const anchored = toggleRow(EMPTY_SELECTION, 'd', order, false)
    expect(ids(toggleRow(anchored, 'b', order, true))).toEqual(['b', 'c', 'd'])
    const fromTop = toggleRow(EMPTY_SELECTION, 'a', order, false)
    expect(ids(toggleRow(fromTop, 'c', order, true))).toEqual(['a', 'b', 'c'])
  })

  it('clears a range with Shift when the clicked row was selected', () => {
    const all = toggleAll(EMPTY_SELECTION, order)
    const anchored = toggleRow(all, 'b', order, false)
    expect(ids(toggleRow(anchored, 'd', order, true))).toEqual(['a', 'e'])
  })

  it('toggles only the clicked row when Shift has no anchor still in the list', () => {
    const anchored = toggleRow(EMPTY_SELECTION, 'gone', [...order, 'gone'], false)
    expect(ids(toggleRow(anchored, 'c', order, true))).toEqual(['c', 'gone'])
  })

  it('selects all, then clears all; reports some and all', () => {
    const all = toggleAll(EMPTY_SELECTION, order)
    expect(allSelected(all, order)).toBe(true)
    expect(someSelected(all, order)).toBe(false)
    const some = toggleRow(all, 'a', order, false)
    expect(allSelected(some, order)).toBe(false)
    expect(someSelected(some, order)).toBe(true)
    expect(toggleAll(all, order)).toEqual(EMPTY_SELECTION)
    expect(allSelected(EMPTY_SELECTION, [])).toBe(false)
  })
})
