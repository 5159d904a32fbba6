import { describe, expect, it } from 'vitest'
import { timelineGhosts } from './timelineGhosts'

describe('timelineGhosts', () => {
  it('keeps the spans of bars others drag, and ignores places from other kinds of views', () => {
    const ghosts = timelineGhosts(
      new Map([
        ['r1', { userId: 'bob', name: 'Bob', recordId: 'r1', place: { span: { start: 20_000, end: 20_003 } }, at: 0 }],
        ['r2', { userId: 'bob', name: 'Bob', recordId: 'r2', place: { columnKey: 'done', beforeId: null }, at: 0 }],
      ]),
    )
    expect([...ghosts]).toEqual([['r1', { userId: 'bob', name: 'Bob', span: { start: 20_000, end: 20_003 } }]])
  })
})
