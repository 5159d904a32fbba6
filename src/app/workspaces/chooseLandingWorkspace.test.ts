import { describe, expect, it } from 'vitest'
import { chooseLandingWorkspace } from './chooseLandingWorkspace'

const a = { id: 'a' }
const b = { id: 'b' }

describe('chooseLandingWorkspace', () => {
  it('opens the workspace opened last time when it is still visible', () => {
    expect(chooseLandingWorkspace([a, b], 'b')).toBe('b')
  })

  it('shows the picker when the remembered workspace is gone and there is a choice', () => {
    expect(chooseLandingWorkspace([a, b], 'gone')).toBeNull()
    expect(chooseLandingWorkspace([a, b], null)).toBeNull()
  })

  it('opens the only workspace there is', () => {
    expect(chooseLandingWorkspace([a], null)).toBe('a')
    expect(chooseLandingWorkspace([a], 'gone')).toBe('a')
  })

  it('shows the picker when there is no workspace at all', () => {
    expect(chooseLandingWorkspace([], 'a')).toBeNull()
  })
})
