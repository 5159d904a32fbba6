import { describe, expect, it } from 'vitest'
import { visibleRowRange } from './rowWindow'

describe('visibleRowRange', () => {
  it('renders the rows in view plus the overscan', () => {
    expect(visibleRowRange(0, 360, 36, 1000, 5)).toEqual({ first: 0, last: 15 })
    expect(visibleRowRange(3600, 360, 36, 1000, 5)).toEqual({ first: 95, last: 115 })
  })

  it('stops at the last row', () => {
    expect(visibleRowRange(36_000, 360, 36, 1000, 5)).toEqual({ first: 995, last: 1000 })
    expect(visibleRowRange(0, 360, 36, 0, 5)).toEqual({ first: 0, last: 0 })
  })
})
