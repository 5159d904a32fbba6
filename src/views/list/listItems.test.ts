import { describe, expect, it } from 'vitest'
import { buildListItems } from './listItems'

const group = (key: string, collapsed = false) => ({ key, label: key, count: 0, collapsed })
const all = (items: ReturnType<typeof buildListItems>) => Array.from({ length: items.length }, (_, index) => items.at(index))

describe('buildListItems', () => {
  it('ungrouped, lists the store ids as they are', () => {
    const ids = ['a', 'b', 'c']
    const items = buildListItems([group('')], { '': ids }, false)
    expect(items.length).toBe(3)
    expect(items.recordIds).toBe(ids)
    expect(items.at(1)).toEqual({ kind: 'record', id: 'b', groupKey: '' })
    expect(items.at(3)).toBeUndefined()
  })

  it('grouped, puts a header before each group, skips collapsed groups, and counts a record once', () => {
    const items = buildListItems([group('x'), group('y', true), group('z')], { x: ['a', 'b'], y: ['c'], z: ['b', 'd'] }, true)
    expect(all(items).map((item) => (item?.kind === 'group' ? `#${item.group.key}` : item?.id))).toEqual(['#x', 'a', 'b', '#y', '#z', 'b', 'd'])
    expect(items.recordIds).toEqual(['a', 'b', 'd'])
  })
})
