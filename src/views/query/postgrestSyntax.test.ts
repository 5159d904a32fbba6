import { describe, expect, it } from 'vitest'
import { logicElement, paramValue, quoteValue, simplify, toQueryParams } from './postgrestSyntax'

describe('PostgREST syntax', () => {
  it('quotes logic-tree values, escaping backslashes and double quotes', () => {
    expect(quoteValue('a "b", (c)\\d')).toBe('"a \\"b\\", (c)\\\\d"')
  })

  it('leaves a query parameter’s value as it is (it runs to the end), but quotes in() items and never is.null', () => {
    expect(paramValue({ path: 'title', op: 'eq', value: 'Hang "the" rig, (fast)' })).toBe('eq.Hang "the" rig, (fast)')
    expect(paramValue({ path: 'status', op: 'in', value: ['a,b', 'c"d'] })).toBe('in.("a,b","c\\"d")')
    expect(paramValue({ path: 'x', op: 'not.is', value: 'null' })).toBe('not.is.null')
  })

  it('writes nested groups as or(...)/and(...) with every value quoted', () => {
    expect(
      logicElement({
        any: [
          { path: 'a', op: 'eq', value: '1' },
          { all: [{ path: 'b', op: 'is', value: 'null' }, { path: 'custom_fields->>c', op: 'ilike', value: '*x*' }] },
        ],
      }),
    ).toBe('or(a.eq."1",and(b.is.null,custom_fields->>c.ilike."*x*"))')
  })

  it('flattens same-kind groups, unwraps single children and folds constants', () => {
    const a = { path: 'a', op: 'eq', value: '1' }
    const b = { path: 'b', op: 'eq', value: '2' }
    expect(simplify({ all: [{ all: [a] }, { all: [b, { all: [] }] }] })).toEqual({ all: [a, b] })
    expect(simplify({ any: [a, { all: [] }] })).toEqual({ all: [] })
    expect(simplify({ all: [a, { any: [] }] })).toEqual({ any: [] })
  })

  it('turns a top-level AND into one parameter per part, and OR groups into or=()', () => {
    const a = { path: 'a', op: 'eq', value: '1' }
    const b = { path: 'b', op: 'eq', value: '2' }
    expect(toQueryParams({ all: [a, { any: [a, b] }] })).toEqual([
      ['a', 'eq.1'],
      ['or', '(a.eq."1",b.eq."2")'],
    ])
    expect(toQueryParams({ any: [a, b] })).toEqual([['or', '(a.eq."1",b.eq."2")']])
    expect(toQueryParams({ all: [] })).toEqual([])
    expect(toQueryParams({ any: [] })).toEqual([['id', 'is.null']])
  })
})
