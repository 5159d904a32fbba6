import { Cursor, expectEnd, fieldName, field, identifier } from './grammar'
import type { AggregateFunction, SelectFieldItem, SelectItem, SelectRelationItem } from './types'

// `select=` grammar: fields, `alias:field`, `field::cast`, JSON paths, embeds `alias:rel!hint!inner(...)`,
// spreads `...rel(...)`, and the aggregate forms `count()` / `col.sum()` (parsed so they can be refused).

export function parseSelect(input: string): SelectItem[] {
  const c = new Cursor(input)
  const items = forest(c)
  expectEnd(c)
  return items
}

function forest(c: Cursor): SelectItem[] {
  const items: SelectItem[] = []
  c.skipSpaces()
  if (c.eof || c.peek() === ')') return items
  for (;;) {
    items.push(item(c))
    c.skipSpaces()
    if (!c.eat(',')) return items
    c.skipSpaces()
  }
}

function item(c: Cursor): SelectItem {
  const spread = c.attempt(() => relationHead(c, true))
  if (spread) return withChildren(c, spread)
  const relation = c.attempt(() => relationHead(c, false))
  if (relation) return withChildren(c, relation)
  return fieldItem(c)
}

function withChildren(c: Cursor, rel: SelectRelationItem): SelectRelationItem {
  c.expect('(')
  rel.children = forest(c)
  c.expect(')', '")"')
  return rel
}

function aliasPrefix(c: Cursor): string | undefined {
  return c.attempt(() => {
    const name = fieldName(c)
    if (!(c.peek() === ':' && c.peek(1) !== ':')) c.fail('":"')
    c.pos++
    return name
  })
}

function relationHead(c: Cursor, spread: boolean): SelectRelationItem {
  c.skipSpaces()
  let alias: string | undefined
  if (spread) c.expect('...')
  else alias = aliasPrefix(c)
  const name = fieldName(c)
  if (!spread && name === 'count') c.fail('relation')
  let hint: string | undefined
  let joinType: 'inner' | 'left' | undefined
  for (let i = 0; i < 2 && c.peek() === '!'; i++) {
    c.pos++
    const word = fieldName(c)
    if (word === 'inner' || word === 'left') joinType ??= word
    else hint ??= word
  }
  if (c.peek() !== '(') c.fail('"("')
  const rel: SelectRelationItem = { kind: 'relation', name, spread, children: [] }
  if (alias !== undefined) rel.alias = alias
  if (hint !== undefined) rel.hint = hint
  if (joinType !== undefined) rel.joinType = joinType
  return rel
}

const AGGREGATES: AggregateFunction[] = ['sum', 'avg', 'count', 'max', 'min']

function atFieldEnd(c: Cursor): boolean {
  return c.eof || c.peek() === ')' || c.peek() === ','
}

function fieldItem(c: Cursor): SelectFieldItem {
  c.skipSpaces()
  if (c.peek() === '*') {
    c.pos++
    c.skipSpaces()
    if (!atFieldEnd(c)) c.fail('")", "," or end of input')
    return { kind: 'field', field: { name: '*', jsonPath: [] } }
  }
  const alias = aliasPrefix(c)
  const out: SelectFieldItem = { kind: 'field', field: { name: '*', jsonPath: [] } }
  if (alias !== undefined) out.alias = alias
  if (c.eat('count()')) {
    out.aggregate = 'count'
  } else {
    out.field = field(c)
    if (c.eat('::')) out.cast = identifier(c)
    const agg = c.attempt(() => {
      c.expect('.')
      const found = AGGREGATES.find((a) => c.eat(a))
      if (!found) c.fail('aggregate function')
      c.expect('()')
      return found
    })
    if (agg) out.aggregate = agg
  }
  if (out.aggregate && c.eat('::')) out.aggregateCast = identifier(c)
  c.skipSpaces()
  if (!atFieldEnd(c)) c.fail('"->", "::", ".", ")", "," or end of input')
  return out
}
