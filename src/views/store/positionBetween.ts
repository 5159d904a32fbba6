import { generateKeyBetween } from 'fractional-indexing'

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/**
 * A manual-order key that sorts strictly between `before` and `after` in byte order (Postgres "C" collation, and
 * JavaScript's `<` on ASCII), so a drag writes one row. null means "start" or "end" of the list.
 *
 * Keys from fractional-indexing are preferred; keys it rejects (hand-written or seeded ones such as `a0010`, whose
 * trailing zero it forbids) still get a correct, if longer, key from a plain string midpoint.
 */
export function positionBetween(before: string | null | undefined, after: string | null | undefined): string {
  const lo = before ?? null
  const hi = after ?? null
  if (lo !== null && hi !== null && lo >= hi) {
    // Neighbours out of order (a concurrent move landed in between): place after `before`, the visible anchor.
    return stringBetween(lo, null)
  }
  try {
    const key = generateKeyBetween(lo, hi)
    if ((lo === null || lo < key) && (hi === null || key < hi)) return key
  } catch {
    // fall through to the plain string midpoint
  }
  return stringBetween(lo, hi)
}

/** Any string strictly between lo and hi (lo < hi), over the base-62 alphabet; `lo + 'V'` when nothing shorter fits. */
function stringBetween(lo: string | null, hi: string | null): string {
  if (hi === null) return (lo ?? '') + 'V'
  const low = lo ?? ''
  if (!hi.startsWith(low)) return low + 'V' // they differ inside `low`, so anything extending `low` stays below `hi`
  const rest = hi.slice(low.length)
  return low + below(rest)
}

/** A non-empty string below `upper` (non-empty). */
function below(upper: string): string {
  const first = upper[0] ?? ''
  const index = DIGITS.indexOf(first)
  if (index > 1) return DIGITS[Math.floor(index / 2)] as string
  if (index === 1) return '0V' // '0V' < '1...'
  if (upper.length > 1) return first + below(upper.slice(1))
  // Nothing in the alphabet sorts between '' and '0': go under the alphabet with a character that still sorts first.
  return ' '
}
