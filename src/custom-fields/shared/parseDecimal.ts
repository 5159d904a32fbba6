import type { ParseResult } from '../FieldType'

/**
 * A number as people type or paste it: "1,234.50", "-12", "1 000", "+3.5e3". Thousands separators are commas,
 * spaces or underscores; the decimal mark is a dot.
 */
export function parseDecimal(text: string): ParseResult<number> {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  const compact = trimmed.replace(/[\s,_\u00a0\u202f]/g, '')
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(compact)) {
    return { ok: false, value: null, error: `"${trimmed}" is not a number` }
  }
  const value = Number(compact)
  if (!Number.isFinite(value)) return { ok: false, value: null, error: `"${trimmed}" is too large` }
  return { ok: true, value: Object.is(value, -0) ? 0 : value }
}

/** Bounds and whole-number checks shared by the numeric types; null when the value is fine. */
export function numberProblem(value: number, bounds: { min?: number | null; max?: number | null; integer?: boolean }): string | null {
  if (bounds.integer && !Number.isInteger(value)) return 'Must be a whole number'
  if (bounds.min !== null && bounds.min !== undefined && value < bounds.min) return `Must be at least ${bounds.min}`
  if (bounds.max !== null && bounds.max !== undefined && value > bounds.max) return `Must be at most ${bounds.max}`
  return null
}
