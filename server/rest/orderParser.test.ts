import { describe, expect, it } from 'vitest'
import { ParseError } from './errors'
import { parseOrder } from './orderParser'

describe('parseOrder', () => {
  it('reads directions and null placement for several columns', () => {
    expect(parseOrder('created_at.desc.nullslast,id.asc,name,rank.nullsfirst')).toEqual([
      { field: { name: 'created_at', jsonPath: [] }, direction: 'desc', nulls: 'last' },
      { field: { name: 'id', jsonPath: [] }, direction: 'asc' },
      { field: { name: 'name', jsonPath: [] } },
      { field: { name: 'rank', jsonPath: [] }, nulls: 'first' },
    ])
  })

  it('reads JSON paths and related-resource terms', () => {
    expect(parseOrder('data->>color.desc,clients(name).asc')).toEqual([
      { field: { name: 'data', jsonPath: [{ arrow: '->>', key: 'color', index: false }] }, direction: 'desc' },
      { relation: 'clients', field: { name: 'name', jsonPath: [] }, direction: 'asc' },
    ])
  })

  it.each([['id.ac'], ['id.descc'], ['id.asc.nlsfst'], ['id;drop table x'], [''], ['clients(a,b)']])(
    'rejects %s',
    (input) => {
      expect(() => parseOrder(input)).toThrow(ParseError)
    },
  )
})
