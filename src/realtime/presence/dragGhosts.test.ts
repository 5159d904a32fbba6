import { describe, expect, it } from 'vitest'
import { applyDragEvent, GHOST_TTL_MS, type DragGhost } from './dragGhosts'

const drag = (recordId: string, place: unknown, viewId = 'v1') => ({ userId: 'bob', name: 'Bob', viewId, recordId, place })

describe('applyDragEvent', () => {
  it('shows a ghost where the other person drags, moves it, and removes it when the drag ends', () => {
    let ghosts: ReadonlyMap<string, DragGhost> = new Map()
    ghosts = applyDragEvent(ghosts, drag('r1', { groupKey: 'todo', index: 0 }), 'v1', 1_000)
    ghosts = applyDragEvent(ghosts, drag('r1', { groupKey: 'done', index: 2 }), 'v1', 1_030)
    expect([...ghosts.values()]).toEqual([{ userId: 'bob', name: 'Bob', recordId: 'r1', place: { groupKey: 'done', index: 2 }, at: 1_030 }])
    ghosts = applyDragEvent(ghosts, drag('r1', null), 'v1', 1_060)
    expect(ghosts.size).toBe(0)
  })

  it('ignores drags in other views and forgets ghosts that went quiet', () => {
    const ghosts = applyDragEvent(new Map(), drag('r1', { x: 1 }), 'v1', 0)
    expect(applyDragEvent(ghosts, drag('r2', { x: 1 }, 'v2'), 'v1', 10)).toBe(ghosts)
    expect([...applyDragEvent(ghosts, drag('r2', { x: 2 }), 'v1', GHOST_TTL_MS + 1).keys()]).toEqual(['r2'])
  })
})
