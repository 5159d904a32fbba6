import { describe, expect, it } from 'vitest'
import { PresenceRegistry } from './presenceRegistry.ts'
import { TopicHub, type ChannelEndpoint } from './topicHub.ts'

function endpoint(id: number, options: { vsn?: '1.0.0' | '2.0.0'; presence?: boolean; broadcast?: boolean } = {}) {
  const text: string[] = []
  const binary: Buffer[] = []
  const channel: ChannelEndpoint = {
    id,
    topic: 'realtime:room',
    vsn: options.vsn ?? '2.0.0',
    isOpen: () => true,
    canReadBroadcast: () => options.broadcast ?? true,
    canReadPresence: () => options.presence ?? true,
    sendText: (frame) => text.push(frame),
    sendBinary: (frame) => binary.push(frame),
  }
  return { channel, text, binary }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('TopicHub', () => {
  it('merges the presence diffs of one turn into one frame that leaves a Phoenix client in the same state', async () => {
    const hub = new TopicHub()
    const registry = new PresenceRegistry()
    const a = endpoint(1)
    hub.join('public:room', a.channel)
    hub.pushPresence('public:room', registry.track('public:room', 10, 'alice', { v: 1 }))
    hub.pushPresence('public:room', registry.track('public:room', 11, 'bob', {}))
    hub.pushPresence('public:room', registry.track('public:room', 10, 'alice', { v: 2 }))
    expect(a.text).toEqual([])
    await tick()
    expect(a.text).toHaveLength(1)
    const [, , , event, diff] = JSON.parse(a.text[0]!) as [null, null, string, string, { joins: any; leaves: any }]
    expect(event).toBe('presence_diff')
    expect(diff.joins.alice.metas.map((m: { v: number }) => m.v)).toEqual([1, 2])
    expect(diff.leaves.alice.metas.map((m: { v: number }) => m.v)).toEqual([1])
    expect(Object.keys(diff.joins.bob.metas[0])).toEqual(['phx_ref'])
  })

  it('sends presence only to channels that may read it, and broadcasts to readers except the sender', async () => {
    const hub = new TopicHub()
    const reader = endpoint(1)
    const blind = endpoint(2, { presence: false, broadcast: false })
    const v1 = endpoint(3, { vsn: '1.0.0' })
    for (const e of [reader, blind, v1]) hub.join('private:room', e.channel)
    hub.pushPresence('private:room', { joins: { k: { metas: [{ phx_ref: 'r' }] } }, leaves: {} })
    await tick()
    expect(blind.text).toEqual([])
    expect(reader.text).toHaveLength(1)
    const delivered = hub.broadcast('private:room', { frame: 'user', event: 'e', encoding: 'json', payload: Buffer.from('{"a":1}') }, reader.channel)
    expect(delivered).toBe(1)
    expect(reader.binary).toEqual([])
    expect(JSON.parse(v1.text.at(-1)!)).toMatchObject({ event: 'broadcast', payload: { type: 'broadcast', event: 'e', payload: { a: 1 } } })
    // binary payloads cannot reach 1.0.0 clients
    expect(hub.broadcast('private:room', { frame: 'user', event: 'e', encoding: 'binary', payload: Buffer.from([1]) })).toBe(1)
  })
})
