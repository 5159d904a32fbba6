import { describe, expect, it } from 'vitest'
import { formatCurrency } from './formatCurrency'

describe('formatCurrency', () => {
  it('drops the cents of a whole amount and keeps them otherwise', () => {
    expect(formatCurrency(250000, 'GBP', 'en-GB')).toBe('£250,000')
    expect(formatCurrency(1234.5, 'USD', 'en-US')).toBe('$1,234.50')
  })

  it('accepts a numeric sent as text', () => {
    expect(formatCurrency('98000.00', 'EUR', 'en-US')).toBe('€98,000')
  })

  it('without a currency, shows the plain amount rather than guessing a symbol', () => {
    expect(formatCurrency(180000.5, null, 'en-US')).toBe('180,000.50')
  })

  it('returns null when there is no amount', () => {
    expect(formatCurrency(null, 'USD')).toBeNull()
  })
})
