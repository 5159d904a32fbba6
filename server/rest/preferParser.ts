// The `Prefer` header (RFC 7240) as PostgREST reads it (ApiRequest/Preferences.hs): comma-separated,
// the first value of each kind wins, unknown ones are collected so `handling=strict` can reject them.

export interface Preferences {
  resolution?: 'merge-duplicates' | 'ignore-duplicates'
  representation?: 'representation' | 'minimal' | 'headers-only'
  count?: 'exact' | 'planned' | 'estimated'
  transaction?: 'commit' | 'rollback'
  missing?: 'default' | 'null'
  handling?: 'strict' | 'lenient'
  timezone?: string
  maxAffected?: number
  invalid: string[]
}

const KINDS: Array<[keyof Preferences, string, string[]]> = [
  ['resolution', 'resolution', ['merge-duplicates', 'ignore-duplicates']],
  ['representation', 'return', ['representation', 'minimal', 'headers-only']],
  ['count', 'count', ['exact', 'planned', 'estimated']],
  ['transaction', 'tx', ['commit', 'rollback']],
  ['missing', 'missing', ['default', 'null']],
  ['handling', 'handling', ['strict', 'lenient']],
]

export function parsePrefer(header: string | undefined): Preferences {
  const prefs: Preferences = { invalid: [] }
  if (!header) return prefs
  const record = prefs as unknown as Record<string, unknown>
  for (const raw of header.split(',')) {
    const p = raw.trim()
    if (p === '') continue
    const eq = p.indexOf('=')
    const key = eq < 0 ? p : p.slice(0, eq)
    const value = eq < 0 ? '' : p.slice(eq + 1)
    const kind = KINDS.find(([, k, values]) => k === key && values.includes(value))
    if (kind) {
      if (record[kind[0]] === undefined) record[kind[0]] = value
    } else if (key === 'timezone' && eq >= 0) {
      prefs.timezone ??= value
    } else if (key === 'max-affected' && eq >= 0) {
      const n = /^\d+$/.test(value) ? Number(value) : NaN
      if (prefs.maxAffected === undefined && Number.isSafeInteger(n)) prefs.maxAffected = n
    } else {
      prefs.invalid.push(p)
    }
  }
  return prefs
}

export type AppliedKind = 'read' | 'insert' | 'update' | 'upsert' | 'delete' | 'rpc'

/**
 * The `Preference-Applied` value, in PostgREST's order: resolution (inserts with a key to conflict on),
 * missing (insert/update), return (mutations), count, tx, handling, timezone, max-affected (strict only).
 */
export function preferenceApplied(prefs: Preferences, kind: AppliedKind, resolutionApplies: boolean): string | undefined {
  const out: string[] = []
  const mutation = kind === 'insert' || kind === 'update' || kind === 'upsert' || kind === 'delete'
  if (kind === 'insert' && resolutionApplies && prefs.resolution) out.push(`resolution=${prefs.resolution}`)
  if ((kind === 'insert' || kind === 'update') && prefs.missing) out.push(`missing=${prefs.missing}`)
  if (mutation && prefs.representation) out.push(`return=${prefs.representation}`)
  if (prefs.count) out.push(`count=${prefs.count}`)
  if (prefs.transaction) out.push(`tx=${prefs.transaction}`)
  if (prefs.handling) out.push(`handling=${prefs.handling}`)
  if (prefs.timezone !== undefined) out.push(`timezone=${prefs.timezone}`)
  if (
    (kind === 'update' || kind === 'delete' || kind === 'rpc') &&
    prefs.handling === 'strict' &&
    prefs.maxAffected !== undefined
  ) {
    out.push(`max-affected=${prefs.maxAffected}`)
  }
  return out.length ? out.join(', ') : undefined
}
