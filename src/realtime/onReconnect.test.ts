import { describe, expect, it } from 'vitest'
import { createFakeRealtimeHub } from './fakeTransport'
import { onReconnect } from './onReconnect'

describe('onReconnect', () => {
  it('refetches once each time the connection comes back, never on a first connect or while online', () => {
    const hub = createFakeRealtimeHub()
    let refetches = 0
    const stop = onReconnect(hub.transport('alice'), () => refetches++)
    hub.setStatus('online')
    expect(refetches).toBe(0)
    hub.setStatus('reconnecting')
    hub.setStatus('offline')
    hub.setStatus('online')
    hub.setStatus('online')
    expect(refetches).toBe(1)
    hub.setStatus('reconnecting')
    hub.setStatus('online')
    expect(refetches).toBe(2)
    stop()
    hub.setStatus('offline')
    hub.setStatus('online')
    expect(refetches).toBe(2)
  })
})
