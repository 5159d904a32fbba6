import { describe, expect, it } from 'vitest'
import { createFilterContext } from './filterContext'

describe('createFilterContext', () => {
  it('takes today in the workspace’s zone, not the browser’s', () => {
    const now = new Date('2026-06-30T23:30:00Z')
    expect(createFilterContext({ now, timeZone: 'Europe/London', userId: 'u' })).toEqual({
      today: '2026-07-01',
      now: '2026-06-30T23:30:00.000Z',
      timeZone: 'Europe/London',
      userId: 'u',
    })
    expect(createFilterContext({ now, timeZone: 'America/New_York' }).today).toBe('2026-06-30')
  })

  it('falls back to the local zone for a zone it does not know', () => {
    const local = Intl.DateTimeFormat().resolvedOptions().timeZone
    expect(createFilterContext({ timeZone: 'Mars/Olympus' }).timeZone).toBe(local)
    expect(createFilterContext().userId).toBeNull()
  })
})
