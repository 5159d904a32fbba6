import { onTestFinished } from 'vitest'
import { server } from './server'

export interface RecordedRequest {
  method: string
  url: URL
  headers: Headers
}

/** Collects every request the app sends during the current test, for asserting what went over the wire. */
export function recordRequests(): RecordedRequest[] {
  const requests: RecordedRequest[] = []
  const listener = ({ request }: { request: Request }) => {
    requests.push({ method: request.method, url: new URL(request.url), headers: request.headers })
  }
  server.events.on('request:start', listener)
  onTestFinished(() => {
    server.events.removeListener('request:start', listener)
  })
  return requests
}
