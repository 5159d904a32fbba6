import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import type { Database } from './database.types'
import { readSupabaseConfig } from './readSupabaseConfig'

export type CallboardClient = SupabaseClient<Database>

const result = readSupabaseConfig(import.meta.env)

/** What is wrong with the build-time Supabase settings, or null when the client is usable. */
export const supabaseConfigProblems: readonly string[] | null = result.ok ? null : result.problems

/**
 * The one Supabase client of the app. The embedded backend writes VITE_SUPABASE_URL and
 * VITE_SUPABASE_PUBLISHABLE_KEY into .env.local on start; against hosted Supabase they come from the
 * project settings. When they are missing the app root shows the config error screen instead of the app,
 * so the stand-in below only exists to turn a stray use into a clear message rather than a null crash.
 */
export const supabase: CallboardClient = result.ok
  ? createClient<Database>(result.config.url, result.config.publishableKey)
  : unconfiguredClient(result.problems)

function unconfiguredClient(problems: readonly string[]): CallboardClient {
  return new Proxy({} as CallboardClient, {
    get() {
      throw new Error(`Supabase is not configured: ${problems.join(' ')}`)
    },
  })
}
