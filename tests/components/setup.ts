import { afterAll, afterEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { server } from './support/server'
import { SUPABASE_TEST_KEY, SUPABASE_TEST_URL } from './support/supabaseTestEnv'

// Set before any test file imports src/lib/supabase/client.ts, which reads them once at import.
vi.stubEnv('VITE_SUPABASE_URL', SUPABASE_TEST_URL)
vi.stubEnv('VITE_SUPABASE_PUBLISHABLE_KEY', SUPABASE_TEST_KEY)

// Render as main.tsx does, so effects that break when mounted twice fail here first.
configure({ reactStrictMode: true })

// Views load their renderer's chunk on first use (React.lazy), which the first test of a file pays for in
// transform time; findBy* waits for that rather than the default second. The bounds are only where a wait gives
// up: a passing test never waits for them, and on two loaded cores the first render of a file took over 8 s.
configure({ asyncUtilTimeout: 20_000 })
vi.setConfig({ testTimeout: 60_000 })

// jsdom lays nothing out, so every element measures 0×0 and a virtualized list would render no rows. Scroll
// containers of virtualized lists (marked data-virtual-scroller) report a desktop-sized viewport instead.
for (const [property, size] of [['clientHeight', 800], ['clientWidth', 1200]] as const) {
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-virtual-scroller') ? size : 0
    },
  })
}

// Listening patches fetch and WebSocket; it must happen before a test file imports src/lib/supabase/client.ts,
// whose realtime client takes the WebSocket constructor when it is created.
server.listen({ onUnhandledRequest: 'error' })

afterEach(() => {
  cleanup()
  server.resetHandlers()
  // supabase-js keeps the session in localStorage; clearing it signs the next test out.
  window.localStorage.clear()
  window.history.replaceState(null, '', '/')
})

afterAll(() => server.close())
