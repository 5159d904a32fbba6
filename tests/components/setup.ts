import { afterAll, afterEach, beforeAll, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { server } from './support/server'
import { SUPABASE_TEST_KEY, SUPABASE_TEST_URL } from './support/supabaseTestEnv'

// Set before any test file imports src/lib/supabase/client.ts, which reads them once at import.
vi.stubEnv('VITE_SUPABASE_URL', SUPABASE_TEST_URL)
vi.stubEnv('VITE_SUPABASE_PUBLISHABLE_KEY', SUPABASE_TEST_KEY)

// Render as main.tsx does, so effects that break when mounted twice fail here first.
configure({ reactStrictMode: true })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))

afterEach(() => {
  cleanup()
  server.resetHandlers()
  // supabase-js keeps the session in localStorage; clearing it signs the next test out.
  window.localStorage.clear()
  window.history.replaceState(null, '', '/')
})

afterAll(() => server.close())
