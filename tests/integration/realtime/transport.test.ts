import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SupabaseClient } from '@supabase/supabase-js'
import type { Backend } from '../../../server/startBackend.ts'
import { createSupabaseTransport } from '../../../src/realtime/supabaseTransport.ts'
import type { PresenceEntry } from '../../../src/realtime/RealtimeTransport.ts'
import { workspaceTopic } from '../../../src/realtime/topics.ts'
import { ids, signedInClient, startTestBackend } from '../../support/testBackend.ts'

// The app's transport over the real supabase-js client and the embedded backend's private channels.

let backend: Backend
let alice: SupabaseClient
let bob: SupabaseClient

beforeAll(async () => {
  backend = await startTestBackend()
  alice = await signedInClient(backend, 'alice')
  bob = await signedInClient(backend, 'bob')
}, 60_000)

afterAll(async () => {
  await alice?.removeAllChannels()
  await bob?.removeAllChannels()
  await backend?.close()
})

async function until(condition: () => boolean, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('the supabase transport', () => {
  it('shows a tracked state to others, replaces it when tracked again (no ghost), and takes it away when stopped', async () => {
    const a = createSupabaseTransport(alice, { presenceKey: ids.alice })
    const b = createSupabaseTransport(bob, { presenceKey: ids.bob })
    const topic = workspaceTopic(ids.mainStage)
    let seen: PresenceEntry[] = []
    const stopListening = a.onPresence(topic, (entries) => (seen = entries))
    try {
      const first = b.trackPresence(topic, { step: 1 })
      await until(() => seen.some((entry) => entry.key === ids.bob && entry.state.step === 1), 'the first state')
      const second = b.trackPresence(topic, { step: 2 })
      first()
      await until(() => seen.some((entry) => entry.key === ids.bob && entry.state.step === 2), 'the second state')
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(seen.filter((entry) => entry.key === ids.bob).map((entry) => entry.state.step)).toEqual([2])

      second()
      await until(() => !seen.some((entry) => entry.key === ids.bob && entry.state.step === 2), 'the state to go')
    } finally {
      stopListening()
      a.close()
      b.close()
    }
  })

  it('delivers what one client sends to the others on the topic, not back to itself', async () => {
    const a = createSupabaseTransport(alice, { presenceKey: ids.alice })
    const b = createSupabaseTransport(bob, { presenceKey: ids.bob })
    const topic = workspaceTopic(ids.mainStage)
    const atAlice: unknown[] = []
    const atBob: unknown[] = []
    const stops = [a.subscribe(topic, 'drag', (payload) => atAlice.push(payload)), b.subscribe(topic, 'drag', (payload) => atBob.push(payload))]
    try {
      // A broadcast reaches only the channels joined when it is sent, so bob sends again until alice has one: the
      // test waits on her receiving, never on a guess of how long joining takes.
      await until(() => {
        if (atAlice.length === 0) b.send(topic, 'drag', { recordId: 'r1' })
        return atAlice.length > 0
      }, 'alice to receive')
      expect(atAlice[0]).toEqual({ recordId: 'r1' })
      expect(atBob).toEqual([])
    } finally {
      for (const stop of stops) stop()
      a.close()
      b.close()
    }
  })
})
