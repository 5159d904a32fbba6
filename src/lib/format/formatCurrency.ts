import { numberFormat } from './numberFormat'

/**
 * Formats an amount of money, or returns null when there is none. Without a currency the amount is shown
 * as a plain number rather than with a guessed symbol. PostgREST sends `numeric` as a JSON number, but a
 * string is accepted too because a numeric wider than a double may arrive as text.
 * Whole amounts drop the cents (budgets are planned in round figures); others keep them.
 */
export function formatCurrency(value: number | string | null, currency: string | null, locale?: string): string | null {
  if (value === null || value === '') return null
  const amount = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(amount)) return String(value)
  const fractionDigits = Number.isInteger(amount) ? 0 : 2
  return numberFormat(locale, {
    ...(currency ? { style: 'currency', currency } : { style: 'decimal' }),
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: 2,
  }).format(amount)
}
