import { describe, expect, it } from 'vitest'
import { readSupabaseConfig } from './readSupabaseConfig'

describe('readSupabaseConfig', () => {
  it('when both variables are set, returns them trimmed', () => {
    expect(
      readSupabaseConfig({ VITE_SUPABASE_URL: ' http://127.0.0.1:54321 ', VITE_SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_x' }),
    ).toEqual({ ok: true, config: { url: 'http://127.0.0.1:54321', publishableKey: 'sb_publishable_x' } })
  })

  it('when both variables are missing, names each one', () => {
    expect(readSupabaseConfig({})).toEqual({
      ok: false,
      problems: ['VITE_SUPABASE_URL is not set.', 'VITE_SUPABASE_PUBLISHABLE_KEY is not set.'],
    })
  })

  it('when the URL is not http(s), says so instead of letting createClient throw', () => {
    const result = readSupabaseConfig({ VITE_SUPABASE_URL: '127.0.0.1:54321', VITE_SUPABASE_PUBLISHABLE_KEY: 'x' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems[0]).toMatch(/not an http\(s\) URL/)
  })
})
