import { describe, expect, it } from 'vitest'
import { relativeTime } from './relativeTime'

const now = new Date('2025-03-10T12:00:00Z')
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString()

describe('relativeTime', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(relativeTime(ago(10), now, 'en')).toBe('just now')
    expect(relativeTime(ago(5 * 60), now, 'en')).toBe('5 minutes ago')
    expect(relativeTime(ago(3 * 3600), now, 'en')).toBe('3 hours ago')
    expect(relativeTime(ago(26 * 3600), now, 'en')).toBe('yesterday')
    expect(relativeTime(ago(15 * 86400), now, 'en')).toBe('2 weeks ago')
    expect(relativeTime(ago(400 * 86400), now, 'en')).toBe('last year')
  })

  it('shows nothing for a time it cannot read', () => {
    expect(relativeTime('not a date', now, 'en')).toBe('')
  })
})
