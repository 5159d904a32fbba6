import { describe, expect, it } from 'vitest'
import { parseRowChange } from './recordEvents'

describe('parseRowChange', () => {
  it('reads an insert or update as the new row, and a delete as the old row’s id', () => {
    expect(parseRowChange({ operation: 'UPDATE', table: 'events', schema: 'public', record: { id: 'e1', title: 'Load-in' }, old_record: { id: 'e1' } }))
      .toEqual({ kind: 'upsert', table: 'events', row: { id: 'e1', title: 'Load-in' } })
    expect(parseRowChange({ operation: 'DELETE', table: 'events', schema: 'public', record: null, old_record: { id: 'e1' } }))
      .toEqual({ kind: 'delete', table: 'events', id: 'e1' })
  })
  it('refuses malformed payloads instead of throwing', () => {
    expect(parseRowChange(null)).toBeNull()
    expect(parseRowChange({ operation: 'TRUNCATE', table: 'events' })).toBeNull()
    expect(parseRowChange({ operation: 'INSERT', table: 'events', record: { title: 'no id' } })).toBeNull()
    expect(parseRowChange({ operation: 'INSERT', table: 'events', record: null })).toBeNull()
  })
})
