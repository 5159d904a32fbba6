import { describe, expect, it } from 'vitest'
import { workspaceCurrency } from './workspaceCurrency'

describe('workspaceCurrency', () => {
  it('reads the ISO code from the workspace settings', () => {
    expect(workspaceCurrency({ timezone: 'Europe/London', currency: 'GBP' })).toBe('GBP')
  })

  it('returns null when the settings name no currency, or something that is not an ISO code', () => {
    expect(workspaceCurrency({})).toBeNull()
    expect(workspaceCurrency({ currency: 'pounds' })).toBeNull()
    expect(workspaceCurrency(null)).toBeNull()
    expect(workspaceCurrency(['GBP'])).toBeNull()
  })
})
