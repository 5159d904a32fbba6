import { describe, expect, it } from 'vitest'
import { ParseError } from './errors'
import { parseSelect } from './selectParser'

describe('parseSelect', () => {
  it('reads plain columns and the star', () => {
    expect(parseSelect('id,name')).toEqual([
      { kind: 'field', field: { name: 'id', jsonPath: [] } },
      { kind: 'field', field: { name: 'name', jsonPath: [] } },
    ])
    expect(parseSelect('*')).toEqual([{ kind: 'field', field: { name: '*', jsonPath: [] } }])
  })

  it('reads an empty select as no items', () => {
    expect(parseSelect('')).toEqual([])
  })

  it('reads aliases, casts and JSON paths together', () => {
    expect(parseSelect('total:amount::text,color:data->>color,first:data->items->0')).toEqual([
      { kind: 'field', alias: 'total', cast: 'text', field: { name: 'amount', jsonPath: [] } },
      {
        kind: 'field',
        alias: 'color',
        field: { name: 'data', jsonPath: [{ arrow: '->>', key: 'color', index: false }] },
      },
      {
        kind: 'field',
        alias: 'first',
        field: {
          name: 'data',
          jsonPath: [
            { arrow: '->', key: 'items', index: false },
            { arrow: '->', key: '0', index: true },
          ],
        },
      },
    ])
  })

  it('accepts casts with spaces such as double precision', () => {
    expect(parseSelect('n::double precision')).toEqual([
      { kind: 'field', cast: 'double precision', field: { name: 'n', jsonPath: [] } },
    ])
  })

  it('reads embeds with alias, hint, inner join and nested embeds', () => {
    expect(parseSelect('id,owner:profiles!tasks_owner_fkey!inner(id,name,org:orgs(*))')).toEqual([
      { kind: 'field', field: { name: 'id', jsonPath: [] } },
      {
        kind: 'relation',
        name: 'profiles',
        alias: 'owner',
        hint: 'tasks_owner_fkey',
        joinType: 'inner',
        spread: false,
        children: [
          { kind: 'field', field: { name: 'id', jsonPath: [] } },
          { kind: 'field', field: { name: 'name', jsonPath: [] } },
          {
            kind: 'relation',
            name: 'orgs',
            alias: 'org',
            spread: false,
            children: [{ kind: 'field', field: { name: '*', jsonPath: [] } }],
          },
        ],
      },
    ])
  })

  it('reads the join type before the hint too', () => {
    const [rel] = parseSelect('clients!inner!client_id(*)')
    expect(rel).toMatchObject({ kind: 'relation', name: 'clients', hint: 'client_id', joinType: 'inner' })
  })

  it('reads spreads and empty embeds', () => {
    expect(parseSelect('...projects(name),tags()')).toEqual([
      {
        kind: 'relation',
        name: 'projects',
        spread: true,
        children: [{ kind: 'field', field: { name: 'name', jsonPath: [] } }],
      },
      { kind: 'relation', name: 'tags', spread: false, children: [] },
    ])
  })

  it('reads aggregates so the planner can refuse them', () => {
    expect(parseSelect('count(),amount.sum()')).toEqual([
      { kind: 'field', aggregate: 'count', field: { name: '*', jsonPath: [] } },
      { kind: 'field', aggregate: 'sum', field: { name: 'amount', jsonPath: [] } },
    ])
  })

  it('reads quoted names with commas, parentheses and escaped quotes', () => {
    expect(parseSelect('"a,b","c\\"d"')).toEqual([
      { kind: 'field', field: { name: 'a,b', jsonPath: [] } },
      { kind: 'field', field: { name: 'c"d', jsonPath: [] } },
    ])
  })

  it('keeps dashes inside names but not the JSON arrow', () => {
    expect(parseSelect('first-name,data->a-b')).toEqual([
      { kind: 'field', field: { name: 'first-name', jsonPath: [] } },
      { kind: 'field', field: { name: 'data', jsonPath: [{ arrow: '->', key: 'a-b', index: false }] } },
    ])
  })

  it('tolerates spaces around items', () => {
    expect(parseSelect(' id , name ')).toHaveLength(2)
  })

  it.each([
    ['id;drop table x'],
    ['id)'],
    ['rel(id'],
    ['name::'],
    ['id,,name'],
    ['"unterminated'],
    ['a!hint'],
    ['*!x'],
  ])('rejects %s with a parse error', (input) => {
    expect(() => parseSelect(input)).toThrow(ParseError)
  })
})
