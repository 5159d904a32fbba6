import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { AuthHandler } from '../auth/createAuthHandler.ts'
import type { JwtKeys } from '../auth/jwt.ts'
import type { RealtimeService } from '../realtime/createRealtime.ts'
import type { RestHandler } from '../rest/createRestHandler.ts'
import { corsHeaders } from './cors.ts'
import { BodyTooLargeError, readRawBody } from './readBody.ts'
import { resolveRestAuth } from './resolveRestAuth.ts'
import type { HttpResponse, ServiceRequest } from './types.ts'
import { jsonResponse } from './types.ts'

export interface HttpServices {
  auth: AuthHandler
  rest: RestHandler
  /** /realtime/v1: the WebSocket and the broadcast API. */
  realtime?: RealtimeService
  jwt: JwtKeys
  /** Keys the gateway accepts in `apikey`, as Supabase's API gateway does. */
  apiKeys: readonly string[]
  corsOrigins: readonly string[]
  maxBodyBytes: number
  log?: (message: string) => void
}

/** The API gateway: Supabase's URL layout (/auth/v1, /rest/v1, /realtime/v1) on one port, with its key check and CORS. */
export function createHttpServer(services: HttpServices): Server {
  const server = createServer((req, res) => {
    handle(services, req, res).catch((error: unknown) => {
      services.log?.(`internal error on ${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`)
      send(res, jsonResponse(500, { code: 'internal_error', message: 'Internal server error' }), {})
    })
  })
  // Realtime checks the api key (and the rest) itself, since the answer must be written on the raw socket.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (services.realtime && parseUrl(req.url)?.pathname === '/realtime/v1/websocket') {
      services.realtime.handleUpgrade(req, socket, head)
      return
    }
    socket.on('error', () => undefined)
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
  })
  return server
}

async function handle(services: HttpServices, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cors = corsHeaders(req, services.corsOrigins)
  if (req.method === 'OPTIONS') return send(res, { status: 204, headers: {} }, cors)
  const url = parseUrl(req.url)
  if (!url) return send(res, jsonResponse(400, { message: 'Malformed request URL' }), cors)

  const service = /^\/(auth|rest|realtime)\/v1(\/.*)?$/.exec(url.pathname)
  if (!service) {
    if (url.pathname === '/' || url.pathname === '/health') return send(res, jsonResponse(200, { status: 'ok' }), cors)
    return send(res, jsonResponse(404, { message: 'no Route matched with those values' }), cors)
  }

  const headers = lowerCaseHeaders(req)
  const apiKey = headers.apikey ?? url.searchParams.get('apikey') ?? undefined
  if (!apiKey) return send(res, jsonResponse(401, { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' }), cors)
  if (!services.apiKeys.includes(apiKey)) {
    return send(res, jsonResponse(401, { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' }), cors)
  }

  let raw: Buffer | undefined
  try {
    raw = await readRawBody(req, services.maxBodyBytes)
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error
    res.setHeader('connection', 'close')
    return send(res, jsonResponse(413, { code: 'PGRST413', details: null, hint: null, message: error.message }), cors)
  }

  const request: ServiceRequest = {
    method: req.method ?? 'GET',
    path: service[2] ?? '/',
    search: url.search.replace(/^\?/, ''),
    headers: { ...headers, apikey: apiKey },
    body: raw?.toString('utf8'),
  }
  if (service[1] === 'realtime') {
    if (!services.realtime) return send(res, jsonResponse(404, { message: 'no Route matched with those values' }), cors)
    // The broadcast API also takes application/octet-stream, so realtime gets the bytes.
    return send(res, await services.realtime.handleHttp({ ...request, body: raw }), cors)
  }
  if (service[1] === 'auth') return send(res, await services.auth.handle(request), cors)

  const auth = await resolveRestAuth(request.headers, services.jwt)
  if ('status' in auth) return send(res, auth, cors)
  return send(res, await services.rest.handle({ ...request, auth }), cors)
}

function parseUrl(raw: string | undefined): URL | undefined {
  try {
    return new URL(raw ?? '/', 'http://localhost')
  } catch {
    return undefined
  }
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(req.headers)) out[name] = Array.isArray(value) ? value.join(', ') : value
  return out
}

function send(res: ServerResponse, response: HttpResponse, cors: Record<string, string>): void {
  if (res.headersSent) return
  res.writeHead(response.status, { ...cors, ...response.headers })
  res.end(response.body)
}
