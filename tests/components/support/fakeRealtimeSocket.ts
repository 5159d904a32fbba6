import { ws } from 'msw'
import { SUPABASE_TEST_URL } from './supabaseTestEnv'

type Frame = [string | null, string | null, string, string, unknown]

interface Connection {
  send(data: string): void
  /** Topic -> the join_ref the client joined it with. */
  topics: Map<string, string | null>
}

/**
 * The realtime socket of the fake Supabase, through msw's WebSocket interception: it answers the Phoenix protocol
 * as realtime-js 2.109 speaks it (serializer 2.0.0 text frames: joins, heartbeats, presence pushes, leaves) and lets a
 * test play the database, broadcasting on a topic as a trigger's `realtime.send` would.
 */
export function fakeRealtimeSocket() {
  const link = ws.link(`${SUPABASE_TEST_URL.replace(/^http/, 'ws')}/realtime/v1/websocket`)
  const connections = new Set<Connection>()
  const joins: string[] = []

  const handler = link.addEventListener('connection', ({ client }) => {
    const connection: Connection = { send: (data) => client.send(data), topics: new Map() }
    connections.add(connection)
    client.addEventListener('close', () => connections.delete(connection))
    client.addEventListener('message', (message) => {
      if (typeof message.data !== 'string') return // binary broadcast pushes: nobody listens in these tests
      const [joinRef, ref, wireTopic, event, payload] = JSON.parse(message.data) as Frame
      // realtime-js puts `realtime:` before the topic the app names.
      const topic = wireTopic.replace(/^realtime:/, '')
      const reply = (response: unknown = {}) => client.send(JSON.stringify([joinRef, ref, wireTopic, 'phx_reply', { status: 'ok', response }]))
      if (event === 'phx_join') {
        connection.topics.set(topic, joinRef)
        joins.push(topic)
        const postgresChanges = (payload as { config?: { postgres_changes?: unknown[] } }).config?.postgres_changes ?? []
        reply({ postgres_changes: postgresChanges.map((filter, index) => ({ ...(filter as object), id: index + 1 })) })
      } else if (event === 'phx_leave') {
        connection.topics.delete(topic)
        reply()
      } else {
        reply() // heartbeat, access_token, presence track/untrack
      }
    })
  })

  return {
    handler,
    /** Topics clients joined, in order (a topic twice when it was joined twice). */
    joins,
    isJoined: (topic: string) => [...connections].some((connection) => connection.topics.has(topic)),
    /** A broadcast from the server to every client on the topic. */
    broadcast(topic: string, event: string, payload: unknown) {
      for (const connection of connections) {
        if (!connection.topics.has(topic)) continue
        connection.send(JSON.stringify([null, null, `realtime:${topic}`, 'broadcast', { type: 'broadcast', event, payload }]))
      }
    },
  }
}
