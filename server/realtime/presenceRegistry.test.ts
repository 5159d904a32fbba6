import { describe, expect, it } from 'vitest'
import { PresenceRegistry } from './presenceRegistry.ts'

describe('PresenceRegistry', () => {
  it('groups entries by key with a phx_ref each, and answers a track with a join diff', () => {
    const registry = new PresenceRegistry()
    const diff = registry.track('room', 1, 'alice', { online_at: 1 })
    expect(diff.leaves).toEqual({})
    expect(diff.joins.alice!.metas).toEqual([{ online_at: 1, phx_ref: expect.any(String) }])
    registry.track('room', 2, 'alice', { online_at: 2 })
    registry.track('room', 3, 'bob', {})
    const state = registry.state('room')
    expect(Object.keys(state)).toEqual(['alice', 'bob'])
    expect(state.alice!.metas.map((m) => m.online_at)).toEqual([1, 2])
  })

  it('replaces an owner’s entry on a second track: the new meta points at the old ref and the old one leaves', () => {
    const registry = new PresenceRegistry()
    const first = registry.track('room', 1, 'alice', { v: 1 }).joins.alice!.metas[0]!
    const second = registry.track('room', 1, 'alice', { v: 2 })
    expect(second.joins.alice!.metas[0]).toMatchObject({ v: 2, phx_ref_prev: first.phx_ref })
    expect(second.leaves.alice!.metas[0]).toEqual(first)
    expect(registry.state('room').alice!.metas).toHaveLength(1)
  })

  it('removes an owner’s entries on untrack and forgets empty topics', () => {
    const registry = new PresenceRegistry()
    registry.track('room', 1, 'alice', {})
    registry.track('room', 1, 'other', {})
    registry.track('room', 2, 'bob', {})
    expect(registry.untrack('room', 9)).toBeUndefined()
    expect(Object.keys(registry.untrack('room', 1)!.leaves)).toEqual(['alice', 'other'])
    expect(Object.keys(registry.state('room'))).toEqual(['bob'])
    registry.untrack('room', 2, 'bob')
    expect(registry.state('room')).toEqual({})
    expect(registry.topicCount()).toBe(0)
  })

  it('keeps topics apart', () => {
    const registry = new PresenceRegistry()
    registry.track('a', 1, 'k', {})
    expect(registry.state('b')).toEqual({})
    expect(registry.tracked('a', 1, 'k')).toBeDefined()
  })
})
