import { render, screen } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { App } from '../../../src/app/App'
import { buildDemoData } from './demoData'
import { collaborationHandlers } from './collaborationHandlers'
import { fakeSupabaseHandlers } from './fakeSupabase'
import { realtimeSocket as realtime, server } from './server'

type Demo = ReturnType<typeof buildDemoData>

/**
 * Starts the app at `path` (a string, or built from the demo rows) against a fake Supabase serving
 * fresh demo data. Returns the rows so tests can name them, and a user-event instance.
 */
export function renderApp(path: string | ((demo: Demo) => string) = '/') {
  const demo = buildDemoData()
  // Comments, reactions and their RPCs before the generic table handlers, as every open view asks for comment counts.
  server.use(...collaborationHandlers(demo.data), ...fakeSupabaseHandlers(demo.data))
  window.history.replaceState(null, '', typeof path === 'function' ? path(demo) : path)
  const user = userEvent.setup()
  render(<App />)
  return { user, realtime, ...demo }
}

export async function signIn(user: UserEvent, email: string, password = 'callboard-demo') {
  await user.type(await screen.findByLabelText('Email'), email)
  await user.type(screen.getByLabelText('Password'), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}
