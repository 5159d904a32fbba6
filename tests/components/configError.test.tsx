import { render, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { SUPABASE_TEST_KEY } from './support/supabaseTestEnv'

afterEach(() => {
  vi.stubEnv('VITE_SUPABASE_PUBLISHABLE_KEY', SUPABASE_TEST_KEY)
  vi.resetModules()
})

it('when the build has no Supabase key, a config error screen names the missing variable instead of a blank page', async () => {
  vi.stubEnv('VITE_SUPABASE_PUBLISHABLE_KEY', '')
  vi.resetModules() // the client module reads import.meta.env once, at import
  const { Root } = await import('../../src/app/Root')

  render(<Root />)

  const alert = screen.getByRole('alert')
  expect(alert.textContent).toContain('not connected to a Supabase backend')
  expect(alert.textContent).toContain('VITE_SUPABASE_PUBLISHABLE_KEY is not set.')
  expect(screen.queryByLabelText('Email')).toBeNull()
})
