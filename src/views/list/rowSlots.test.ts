import { describe, expect, it } from 'vitest'
import { assignSlots } from './rowSlots'

const slotsOf = (map: ReadonlyMap<string, number>, keys: string[]) => keys.map((key) => map.get(key))

describe('assignSlots', () => {
  it('numbers the first rows from 0', () => {
    expect(slotsOf(assignSlots(new Map(), ['a', 'b', 'c']), ['a', 'b', 'c'])).toEqual([0, 1, 2])
  })

  it('keeps the slot of a row that stays and gives a row scrolling in the slot of one that left', () => {
    const first = assignSlots(new Map(), ['a', 'b', 'c'])
    const next = assignSlots(first, ['b', 'c', 'd'])
    expect(slotsOf(next, ['b', 'c', 'd'])).toEqual([1, 2, 0])
  })

  it('replaces a whole screen in place on a jump, and adds slots only when more rows show', () => {
    const first = assignSlots(new Map(), ['a', 'b'])
    const jumped = assignSlots(first, ['x', 'y', 'z'])
    expect(new Set(jumped.values())).toEqual(new Set([0, 1, 2]))
  })

  it('never gives two rows one slot', () => {
    let slots: ReadonlyMap<string, number> = new Map()
    for (const keys of [['a', 'b', 'c'], ['c', 'd'], ['e', 'f', 'g', 'h'], ['h', 'a'], ['a', 'b', 'c', 'd', 'e']]) {
      slots = assignSlots(slots, keys)
      expect(new Set(slots.values()).size).toBe(keys.length)
    }
  })
})
