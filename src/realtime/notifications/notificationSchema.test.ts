import { describe, expect, it } from 'vitest'
import { parseNotificationEvent } from './notificationSchema'

const record = {
  id: 'n1', user_id: 'u1', workspace_id: 'w1', type: 'mention', title: 'Alice mentioned you', message: 'hi',
  entity_type: 'project_tasks', entity_id: 't1', actor_id: 'u2', read_at: null, action_url: null,
  created_at: '2025-03-01T10:00:00.123456+00:00',
}

describe('parseNotificationEvent', () => {
  it('reads what the database trigger broadcasts', () => {
    expect(parseNotificationEvent({ operation: 'INSERT', record })).toEqual({ operation: 'INSERT', record })
  })

  it('ignores malformed payloads instead of throwing', () => {
    expect(parseNotificationEvent(null)).toBeNull()
    expect(parseNotificationEvent({ operation: 'DELETE', record })).toBeNull()
    expect(parseNotificationEvent({ operation: 'UPDATE', record: { ...record, title: 5 } })).toBeNull()
    expect(parseNotificationEvent({ operation: 'UPDATE' })).toBeNull()
  })
})
