import { describe, expect, it } from 'vitest'
import { FixedWindowLimit, WindowCounter } from './windowCounter.ts'

describe('WindowCounter', () => {
  it('allows up to the limit per window and refuses the rest, then recovers as the window slides', () => {
    const counter = new WindowCounter(10, 1000)
    let allowed = 0
    for (let i = 0; i < 20; i++) if (counter.hit(1000 + i)) allowed++
    expect(allowed).toBe(10)
    expect(counter.hit(1500)).toBe(false)
    expect(counter.hit(3100)).toBe(true)
  })

  it('lets a steady rate under the limit through indefinitely', () => {
    const counter = new WindowCounter(100, 1000)
    for (let t = 0; t < 10_000; t += 20) expect(counter.hit(t)).toBe(true)
  })
})

describe('FixedWindowLimit', () => {
  it('allows max calls per window from the first call', () => {
    const limit = new FixedWindowLimit(5, 30_000)
    const results = [0, 1, 2, 3, 4, 5].map((i) => limit.hit(i))
    expect(results).toEqual([true, true, true, true, true, false])
    expect(limit.hit(30_001)).toBe(true)
  })
})
