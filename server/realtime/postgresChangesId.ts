/**
 * The id a join reply gives each postgres_changes binding. Supabase uses `:erlang.phash2(params)`, an integer in
 * 0..2^27-1; realtime-js only needs an integer it can find again in an event's `ids`. This is a 27-bit FNV-1a
 * of the params with sorted keys, so equal params get equal ids, as they do on Supabase.
 */
export function postgresChangesId(params: Record<string, unknown>): number {
  return stableHash(params)
}

/** 27-bit FNV-1a of a value's canonical JSON (object keys sorted). */
export function stableHash(value: unknown): number {
  let hash = 0x811c9dc5
  for (const byte of Buffer.from(canonicalJson(value), 'utf8')) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash & 0x7ffffff
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
