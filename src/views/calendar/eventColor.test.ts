import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { groupValueColor } from './eventColor'

function field(type: string, config: unknown): FieldDefinition {
  return { key: 'status', label: 'Status', type, config, source: 'column', required: false, readOnly: false }
}

const options = {
  options: [
    { value: 'go', label: 'Go', color: 'green' },
    { value: 'hex', label: 'Hex', color: '#112233' },
    { value: 'plain', label: 'Plain' },
  ],
}

describe('groupValueColor', () => {
  it('a single select value takes its option\'s palette colour', () => {
    expect(groupValueColor(field('single_select', options), 'go')).toEqual({ palette: 'green' })
  })

  it('an explicit CSS colour is used as it is', () => {
    expect(groupValueColor(field('single_select', options), 'hex')).toEqual({ css: '#112233' })
  })

  it('no value, a stale option or an option without colour keeps the default', () => {
    expect(groupValueColor(field('single_select', options), null)).toBeNull()
    expect(groupValueColor(field('single_select', options), 'deleted')).toBeNull()
    expect(groupValueColor(field('single_select', options), 'plain')).toBeNull()
  })

  it('a multi select takes the colour of its first value', () => {
    expect(groupValueColor(field('multi_select', options), ['go', 'hex'])).toEqual({ palette: 'green' })
  })

  it('a field that does not group (text) has no colour', () => {
    expect(groupValueColor(field('text', {}), 'go')).toBeNull()
  })
})
