import { Cursor, field, fieldName } from './grammar'
import type { OrderTerm } from './types'

// `order=col.asc|desc[.nullsfirst|.nullslast],json->path.desc,rel(col).asc`

export function parseOrder(input: string): OrderTerm[] {
  const c = new Cursor(input)
  const terms: OrderTerm[] = []
  for (;;) {
    c.skipSpaces()
    const related = c.attempt(() => {
      const relation = fieldName(c)
      c.expect('(')
      const f = field(c)
      c.expect(')')
      return { relation, field: f }
    })
    const term: OrderTerm = related ?? { field: field(c) }
    if (c.eat('.asc')) term.direction = 'asc'
    else if (c.eat('.desc')) term.direction = 'desc'
    if (c.eat('.nullsfirst')) term.nulls = 'first'
    else if (c.eat('.nullslast')) term.nulls = 'last'
    c.skipSpaces()
    if (!(c.eof || c.peek() === ',')) {
      c.fail(c.peek() === '.' ? '"asc", "desc", "nullsfirst" or "nullslast"' : '"," or end of input')
    }
    terms.push(term)
    if (!c.eat(',')) return terms
  }
}
