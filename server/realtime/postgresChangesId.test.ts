import { describe, expect, it } from 'vitest'
import { postgresChangesId } from './postgresChangesId.ts'

describe('postgresChangesId', () => {
  it('gives equal params the same 27-bit integer whatever the key order, and different params different ids', () => {
    const a = postgresChangesId({ event: '*', schema: 'public', table: 'todos', filter: 'id=eq.1' })
    const b = postgresChangesId({ table: 'todos', filter: 'id=eq.1', schema: 'public', event: '*' })
    const c = postgresChangesId({ event: 'INSERT', schema: 'public', table: 'todos', filter: 'id=eq.1' })
    expect(a).toBe(b)
    expect(a).not.toBe(c)
    expect(Number.isInteger(a) && a >= 0 && a < 2 ** 27).toBe(true)
  })
})
