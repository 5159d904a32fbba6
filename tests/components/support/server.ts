import { setupServer } from 'msw/node'

/**
 * One msw server for the component tests, started in ../setup.ts. Tests install the fake Supabase
 * (or a failing endpoint) with `server.use(...)`; unhandled requests fail the test.
 */
export const server = setupServer()
