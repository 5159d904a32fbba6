import { setupServer } from 'msw/node'
import { fakeRealtimeSocket } from './fakeRealtimeSocket'

/**
 * The realtime socket of the fake Supabase. It outlives handler resets: the app's one supabase-js client keeps its
 * socket open across the tests of a file, as a browser tab would across views.
 */
export const realtimeSocket = fakeRealtimeSocket()

/**
 * One msw server for the component tests, started in ../setup.ts. Tests install the fake Supabase
 * (or a failing endpoint) with `server.use(...)`; unhandled requests fail the test.
 */
export const server = setupServer(realtimeSocket.handler)
