export interface SupabaseConfig {
  url: string
  publishableKey: string
}

export type SupabaseConfigResult = { ok: true; config: SupabaseConfig } | { ok: false; problems: string[] }

/**
 * Checks the two build-time variables before anything calls createClient, which would otherwise throw
 * a bare "supabaseUrl is required." at import time and leave a blank page.
 */
export function readSupabaseConfig(env: Record<string, unknown>): SupabaseConfigResult {
  const url = text(env.VITE_SUPABASE_URL)
  const publishableKey = text(env.VITE_SUPABASE_PUBLISHABLE_KEY)
  const problems: string[] = []

  if (!url) problems.push('VITE_SUPABASE_URL is not set.')
  else if (!isHttpUrl(url)) problems.push(`VITE_SUPABASE_URL is not an http(s) URL: "${url}".`)
  if (!publishableKey) problems.push('VITE_SUPABASE_PUBLISHABLE_KEY is not set.')

  return problems.length > 0 || !url || !publishableKey
    ? { ok: false, problems }
    : { ok: true, config: { url, publishableKey } }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}
