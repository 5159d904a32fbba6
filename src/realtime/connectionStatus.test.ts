import { describe, expect, it } from 'vitest'
import { connectionStatus } from './connectionStatus'

const base = { browserOnline: true, lostForMs: null, offlineAfterMs: 15_000 }

describe('connectionStatus', () => {
  it('is online with every channel joined, or none open', () => {
    expect(connectionStatus(['joined', 'joined'], base)).toBe('online')
    expect(connectionStatus([], base)).toBe('online')
  })
  it('is connecting while a channel joins for the first time', () => {
    expect(connectionStatus(['joined', 'joining'], base)).toBe('connecting')
  })
  it('is reconnecting when a joined channel was lost, and offline once that lasts', () => {
    expect(connectionStatus(['joined', 'rejoining'], { ...base, lostForMs: 2_000 })).toBe('reconnecting')
    expect(connectionStatus(['rejoining'], { ...base, lostForMs: 15_000 })).toBe('offline')
  })
  it('is offline whenever the browser says the network is gone', () => {
    expect(connectionStatus(['joined'], { ...base, browserOnline: false })).toBe('offline')
  })
})
