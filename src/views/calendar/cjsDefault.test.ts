import { describe, expect, it } from 'vitest'
import { cjsDefault } from './cjsDefault'

describe('cjsDefault', () => {
  const component = () => null

  it('returns the export itself when the tool already unwrapped it', () => {
    expect(cjsDefault(component)).toBe(component)
  })

  it('unwraps module.exports when the tool handed over the whole module (Node semantics)', () => {
    expect(cjsDefault({ default: component })).toBe(component)
  })
})
