// Text as Postgres sees it in Callboard's databases (PGlite, and Supabase with the C / C.UTF-8 collation): ordering
// is by code point, ILIKE lowers both sides one code point at a time (simple case mapping, no "ß" → "ss").

const lowerCache = new Map<string, string>()

/** Lower-cases code point by code point, keeping one code point each ("İ" → "i", final sigma stays "σ"), as lower() does. */
export function lowerCodePoints(text: string): string {
  let out = ''
  for (const ch of text) {
    let lowered = lowerCache.get(ch)
    if (lowered === undefined) {
      const full = ch.toLowerCase()
      lowered = String.fromCodePoint(full.codePointAt(0) ?? 0)
      if (full.length === 0) lowered = ch
      lowerCache.set(ch, lowered)
    }
    out += lowered
  }
  return out
}

/** Code point order (UTF-8 byte order), which is what the "C" collation sorts by; UTF-16 order differs above U+FFFF. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    // A surrogate (a code point above U+FFFF) outranks every BMP code unit from U+E000 up.
    const xs = x >= 0xd800 && x <= 0xdfff
    const ys = y >= 0xd800 && y <= 0xdfff
    if (xs !== ys) return xs ? (y >= 0xe000 ? 1 : x - y) : x >= 0xe000 ? -1 : x - y
    return x - y
  }
  return a.length - b.length
}

/** The sort key of text-like values: the text itself (compared by code point, as compareCodePoints does). */
export function textSortKey(value: unknown): string {
  return String(value)
}

/** Escapes LIKE's wildcards and its escape character so the text matches itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** Escapes every regular-expression metacharacter of Postgres' ARE syntax. */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`)
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === ''
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * Text a query can carry unchanged: Postgres text cannot hold NUL, and a lone surrogate becomes U+FFFD in a URL, so
 * either would make the database and the in-memory matcher disagree. Operands failing this are incomplete.
 */
export function isQueryableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text)
}
