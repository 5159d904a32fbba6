import { describe, expect, it } from 'vitest'
import { formatDate } from './formatDate'

describe('formatDate', () => {
  it('prints a Postgres date as the same calendar day whatever the local time zone', () => {
    expect(formatDate('2025-03-01', 'en-US')).toBe('Mar 1, 2025')
    expect(formatDate('2025-12-31', 'en-GB')).toBe('31 Dec 2025')
  })

  it('returns null for a missing date so the caller decides what an empty cell shows', () => {
    expect(formatDate(null)).toBeNull()
    expect(formatDate('')).toBeNull()
  })

  it('passes through a value that is not a plain date rather than guessing', () => {
    expect(formatDate('sometime', 'en-US')).toBe('sometime')
  })
})
