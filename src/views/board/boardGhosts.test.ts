import { describe, expect, it } from 'vitest'
import { ghostsByColumn } from './boardGhosts'

describe('ghostsByColumn', () => {
  it('puts each ghost in the column it hovers and ignores places that are not a board’s', () => {
    const ghost = (recordId: string, place: unknown) => [recordId, { userId: 'bob', name: 'Bob', recordId, place, at: 0 }] as const
    const byColumn = ghostsByColumn(new Map([ghost('r1', { columnKey: 'done', beforeId: null }), ghost('r2', { start: '2026-11-23' }), ghost('r3', { columnKey: 'done', beforeId: 'r9' })]))
    expect([...byColumn.keys()]).toEqual(['done'])
    expect(byColumn.get('done')?.map((g) => [g.recordId, g.place.beforeId])).toEqual([['r1', null], ['r3', 'r9']])
  })
})
