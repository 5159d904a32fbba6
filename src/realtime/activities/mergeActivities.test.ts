import { describe, expect, it } from 'vitest'
import { matchesActivityFilter, noActivityFilter, parseActivityEvent, type ActivityRow } from './activitySchema'
import { mergeActivities } from './mergeActivities'

const row = (id: string, created_at: string, overrides: Partial<ActivityRow> = {}): ActivityRow => ({
  id, workspace_id: 'ws', user_id: 'bob', action: 'updated', entity_type: 'project_tasks', entity_id: 'r1', changes: null, metadata: {}, created_at, ...overrides,
})

describe('activities', () => {
  it('merges a live row and a page newest first, once each', () => {
    const merged = mergeActivities([row('b', '2025-03-02')], [row('a', '2025-03-01'), row('b', '2025-03-02'), row('c', '2025-03-03')])
    expect(merged.map((r) => r.id)).toEqual(['c', 'b', 'a'])
  })

  it('matches the feed filters in memory as the query would', () => {
    const r = row('a', '2025-03-01')
    expect(matchesActivityFilter(r, noActivityFilter)).toBe(true)
    expect(matchesActivityFilter(r, { ...noActivityFilter, userId: 'carol' })).toBe(false)
    expect(matchesActivityFilter(r, { userId: 'bob', entityType: 'project_tasks', action: 'updated' })).toBe(true)
    expect(matchesActivityFilter(r, { ...noActivityFilter, action: 'created' })).toBe(false)
  })

  it('reads the activity topic payload and ignores a malformed one', () => {
    expect(parseActivityEvent({ record: row('a', '2025-03-01') })?.id).toBe('a')
    expect(parseActivityEvent({ record: { id: 'a' } })).toBeNull()
    expect(parseActivityEvent(null)).toBeNull()
  })
})
