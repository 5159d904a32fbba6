import { describe, expect, it } from 'vitest'
import { ParseError } from './errors'
import { parseLogicKey, parseLogicTree, parseOpExpr, parseTreePath } from './filterParser'

describe('parseOpExpr', () => {
  it.each([
    ['eq.1', { kind: 'quant', op: 'eq', value: '1' }],
    ['neq.x y', { kind: 'simple', op: 'neq', value: 'x y' }],
    ['gt.1', { kind: 'quant', op: 'gt', value: '1' }],
    ['gte.2', { kind: 'quant', op: 'gte', value: '2' }],
    ['lt.9', { kind: 'quant', op: 'lt', value: '9' }],
    ['lte.8', { kind: 'quant', op: 'lte', value: '8' }],
    ['like.%a*b%', { kind: 'quant', op: 'like', value: '%a*b%' }],
    ['ilike.A%', { kind: 'quant', op: 'ilike', value: 'A%' }],
    ['match.^a', { kind: 'quant', op: 'match', value: '^a' }],
    ['imatch.^A', { kind: 'quant', op: 'imatch', value: '^A' }],
    ['cs.{x,y}', { kind: 'simple', op: 'cs', value: '{x,y}' }],
    ['cd.{"a":1}', { kind: 'simple', op: 'cd', value: '{"a":1}' }],
    ['ov.{1,2}', { kind: 'simple', op: 'ov', value: '{1,2}' }],
    ['sl.[1,2)', { kind: 'simple', op: 'sl', value: '[1,2)' }],
    ['adj.(1,2)', { kind: 'simple', op: 'adj', value: '(1,2)' }],
    ['isdistinct.x', { kind: 'isdistinct', value: 'x' }],
    ['is.null', { kind: 'is', value: 'null' }],
    ['is.NULL', { kind: 'is', value: 'null' }],
    ['is.true', { kind: 'is', value: 'true' }],
    ['is.unknown', { kind: 'is', value: 'unknown' }],
    ['fts.cat', { kind: 'fts', op: 'fts', value: 'cat' }],
    ["wfts(english).fat & 'cat'", { kind: 'fts', op: 'wfts', language: 'english', value: "fat & 'cat'" }],
    ['plfts.a b', { kind: 'fts', op: 'plfts', value: 'a b' }],
    ['phfts(simple).a b', { kind: 'fts', op: 'phfts', language: 'simple', value: 'a b' }],
    ['eq(any).{1,2}', { kind: 'quant', op: 'eq', quantifier: 'any', value: '{1,2}' }],
    ['like(all).{a*,*b}', { kind: 'quant', op: 'like', quantifier: 'all', value: '{a*,*b}' }],
    ['eq.', { kind: 'quant', op: 'eq', value: '' }],
    ['eq.a.b.c', { kind: 'quant', op: 'eq', value: 'a.b.c' }],
  ])('reads %s', (input, operation) => {
    expect(parseOpExpr(input)).toEqual({ negated: false, operation })
  })

  it('reads the not. prefix', () => {
    expect(parseOpExpr('not.is.null')).toEqual({ negated: true, operation: { kind: 'is', value: 'null' } })
  })

  it('reads in lists with quoted values holding commas, parentheses and quotes', () => {
    expect(parseOpExpr('in.(1,2,"a,b","c)d","e\\"f")')).toEqual({
      negated: false,
      operation: { kind: 'in', values: ['1', '2', 'a,b', 'c)d', 'e"f'] },
    })
  })

  it('reads an empty in list as one empty value', () => {
    expect(parseOpExpr('in.()')).toEqual({ negated: false, operation: { kind: 'in', values: [''] } })
  })

  it.each([['foo.1'], ['eq'], ['1'], ['in.1,2'], ['in.(1,2'], ['is.maybe'], ['fts().x'], ['not.xyz']])(
    'rejects %s',
    (input) => {
      expect(() => parseOpExpr(input)).toThrow(ParseError)
    },
  )
})

describe('parseLogicTree', () => {
  it('reads nested and/or with negation', () => {
    expect(parseLogicTree('or', false, '(a.eq.1,and(b.gt.2,c.not.lt.3),not.and(d.is.null,e.eq.x))')).toEqual({
      kind: 'expr',
      negated: false,
      op: 'or',
      children: [
        { kind: 'filter', filter: { field: { name: 'a', jsonPath: [] }, expr: { negated: false, operation: { kind: 'quant', op: 'eq', value: '1' } } } },
        {
          kind: 'expr',
          negated: false,
          op: 'and',
          children: [
            { kind: 'filter', filter: { field: { name: 'b', jsonPath: [] }, expr: { negated: false, operation: { kind: 'quant', op: 'gt', value: '2' } } } },
            { kind: 'filter', filter: { field: { name: 'c', jsonPath: [] }, expr: { negated: true, operation: { kind: 'quant', op: 'lt', value: '3' } } } },
          ],
        },
        {
          kind: 'expr',
          negated: true,
          op: 'and',
          children: [
            { kind: 'filter', filter: { field: { name: 'd', jsonPath: [] }, expr: { negated: false, operation: { kind: 'is', value: 'null' } } } },
            { kind: 'filter', filter: { field: { name: 'e', jsonPath: [] }, expr: { negated: false, operation: { kind: 'quant', op: 'eq', value: 'x' } } } },
          ],
        },
      ],
    })
  })

  it('reads quoted values, array literals, in lists and JSON paths inside the tree', () => {
    const tree = parseLogicTree('and', true, '(name.eq."a,b",tags.cs.{x,y},id.in.(1,2),data->>k.eq.v)')
    expect(tree).toMatchObject({ kind: 'expr', negated: true, op: 'and' })
    const values = (tree.kind === 'expr' ? tree.children : []).map((c) => (c.kind === 'filter' ? c.filter.expr.operation : null))
    expect(values).toEqual([
      { kind: 'quant', op: 'eq', value: 'a,b' },
      { kind: 'simple', op: 'cs', value: '{x,y}' },
      { kind: 'in', values: ['1', '2'] },
      { kind: 'quant', op: 'eq', value: 'v' },
    ])
  })

  it.each([['()'], ['(a.eq.1'], ['a.eq.1)'], ['(a.eq.1,xor(b.eq.2))'], ['(a.eq.1))'], ['(a.nope.1)'], ['(not.a.eq.1)']])(
    'rejects %s',
    (value) => {
      expect(() => parseLogicTree('or', false, value)).toThrow(ParseError)
    },
  )
})

describe('parseTreePath and parseLogicKey', () => {
  it('splits embed paths from the column and its JSON path', () => {
    expect(parseTreePath('clients.projects.data->>name')).toEqual({
      path: ['clients', 'projects'],
      field: { name: 'data', jsonPath: [{ arrow: '->>', key: 'name', index: false }] },
    })
  })

  it('rejects keys with characters outside identifiers', () => {
    expect(() => parseTreePath('id;drop table x')).toThrow(ParseError)
    expect(() => parseTreePath("id' or '1")).toThrow(ParseError)
  })

  it('reads negated and embedded logic keys', () => {
    expect(parseLogicKey('not.or')).toEqual({ path: [], negated: true, op: 'or' })
    expect(parseLogicKey('projects.and')).toEqual({ path: ['projects'], negated: false, op: 'and' })
    expect(parseLogicKey('projects.not.or')).toEqual({ path: ['projects'], negated: true, op: 'or' })
  })
})
