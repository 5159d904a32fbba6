import { describe, expect, it } from 'vitest'
import { RestError } from './errors'
import { formDecode, parseQueryParams, splitQuery } from './queryParams'

describe('formDecode and splitQuery', () => {
  it('decodes + as a space and percent escapes as UTF-8', () => {
    expect(formDecode('a+b%20c%C3%A9')).toBe('a b cé')
  })

  it('keeps malformed escapes literally in lenient mode (paths)', () => {
    expect(formDecode('%zz%4')).toBe('%zz%4')
    expect(formDecode('%E0%A4')).toBe('\uFFFD')
  })

  it('refuses malformed escapes and invalid UTF-8 in query strings with PGRST100', () => {
    expect(() => splitQuery('name=eq.%zz')).toThrow(RestError)
    expect(() => splitQuery('name=eq.%E0%A4')).toThrow(RestError)
  })

  it('splits on & only, keeps ; as data and ignores keys without =', () => {
    expect(splitQuery('a=1&b=x=y;c&e&d=')).toEqual([
      ['a', '1'],
      ['b', 'x=y;c'],
      ['d', ''],
    ])
  })
})

describe('parseQueryParams', () => {
  it('sorts parameters into select, filters, logic, order, ranges, columns and on_conflict', () => {
    const qp = parseQueryParams(
      'select=id,rel(x)&id=eq.1&rel.x=gt.2&or=(a.eq.1,b.eq.2)&rel.or=(x.eq.1)&order=id.desc&rel.order=x' +
        '&limit=10&offset=5&rel.limit=2&columns="a","b"&on_conflict=a',
      false,
    )
    expect(qp.select).toHaveLength(2)
    expect(qp.filters.map((f) => [f.path, f.filter.field.name])).toEqual([
      [[], 'id'],
      [['rel'], 'x'],
    ])
    expect(qp.logic.map((l) => l.path)).toEqual([[], ['rel']])
    expect(qp.order.map((o) => o.path)).toEqual([[], ['rel']])
    expect(qp.ranges.get('')).toEqual({ offset: 5, limit: 10 })
    expect(qp.ranges.get('rel')).toEqual({ offset: 0, limit: 2 })
    expect(qp.columns).toEqual(['a', 'b'])
    expect(qp.onConflict).toEqual(['a'])
    expect(qp.rootFilterFields).toEqual(['id'])
  })

  it('defaults select to *', () => {
    expect(parseQueryParams('', false).select).toEqual([{ kind: 'field', field: { name: '*', jsonPath: [] } }])
  })

  it('treats operator-less parameters as RPC arguments on GET /rpc', () => {
    const qp = parseQueryParams('q=hello+world&ids={1,2}&id=gt.3', true)
    expect(qp.rpcArgs).toEqual([
      ['q', 'hello world'],
      ['ids', '{1,2}'],
    ])
    expect(qp.filters.map((f) => f.filter.field.name)).toEqual(['id'])
  })

  it('reports parse failures as PGRST100 with the parameter in the message', () => {
    try {
      parseQueryParams('id=foo.1', false)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(RestError)
      expect(e).toMatchObject({ status: 400, code: 'PGRST100' })
      expect((e as RestError).message).toContain('failed to parse filter (foo.1)')
    }
  })

  it('refuses non-numeric limit and offset with PGRST100 (PostgREST would ignore them)', () => {
    expect(() => parseQueryParams('limit=abc', false)).toThrow(RestError)
    expect(() => parseQueryParams('rel.offset=x', false)).toThrow(RestError)
    expect(parseQueryParams('limit=5&offset=10', false).ranges.get('')).toEqual({ offset: 10, limit: 5 })
  })
})
