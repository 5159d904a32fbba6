import { ParseError } from './errors'
import { Cursor, expectEnd, field, fieldName, identifier, jsonPath, quotedValue } from './grammar'
import type {
  EmbedPath,
  Field,
  FtsOperator,
  IsValue,
  LogicTree,
  OpExpr,
  Operation,
  QuantOperator,
  SimpleOperator,
} from './types'

// Horizontal filtering: `col=[not.]op.value`, the `in.(…)` list, `is.`, full-text search with a language,
// `(any|all)` quantifiers, and the `or=(…)`/`and=(…)` logic trees with nested `and(…)`/`not.or(…)`.

const SIMPLE_OPS: SimpleOperator[] = ['neq', 'cs', 'cd', 'ov', 'sl', 'sr', 'nxr', 'nxl', 'adj']
// Longer names first so `gte` is not read as `gt` followed by `e`.
const QUANT_OPS: QuantOperator[] = ['eq', 'gte', 'gt', 'lte', 'lt', 'like', 'ilike', 'match', 'imatch']
const FTS_OPS: FtsOperator[] = ['fts', 'plfts', 'phfts', 'wfts']
const IS_VALUES: IsValue[] = ['null', 'not_null', 'true', 'false', 'unknown']
const OPERATOR = 'operator (eq, gt, ...)'

type ValueParser = (c: Cursor) => string

const restOfInput: ValueParser = (c) => {
  const v = c.input.slice(c.pos)
  c.pos = c.input.length
  return v
}

/** Inside a logic tree a value ends at ',' or ')' unless it is quoted or a `{…}` array literal. */
const logicValue: ValueParser = (c) => {
  if (c.peek() === '"') {
    const quoted = c.attempt(() => {
      const v = quotedValue(c)
      if (!(c.eof || c.peek() === ',' || c.peek() === ')')) c.fail('"," or ")"')
      return v
    })
    if (quoted !== undefined) return quoted
  }
  if (c.peek() === '{') {
    const end = c.input.indexOf('}', c.pos)
    const inner = end < 0 ? '' : c.input.slice(c.pos + 1, end)
    if (end >= 0 && !inner.includes('{')) {
      const v = c.input.slice(c.pos, end + 1)
      c.pos = end + 1
      return v
    }
  }
  return untilDelimiter(c)
}

function untilDelimiter(c: Cursor): string {
  const start = c.pos
  while (!c.eof && c.peek() !== ',' && c.peek() !== ')') c.pos++
  return c.input.slice(start, c.pos)
}

function listValue(c: Cursor): string[] {
  c.skipSpaces()
  c.expect('(')
  c.skipSpaces()
  const values: string[] = []
  for (;;) {
    let v: string | undefined
    if (c.peek() === '"') {
      v = c.attempt(() => {
        const q = quotedValue(c)
        if (!(c.peek() === ',' || c.peek() === ')')) c.fail('"," or ")"')
        return q
      })
    }
    values.push(v ?? untilDelimiter(c))
    if (!c.eat(',')) break
  }
  c.skipSpaces()
  c.expect(')', '")"')
  c.skipSpaces()
  return values
}

function startsWord(c: Cursor, word: string): boolean {
  return c.startsWith(word + '.') || c.startsWith(word + '(')
}

function operation(c: Cursor, value: ValueParser): Operation {
  if (c.eat('in.')) return { kind: 'in', values: listValue(c) }
  if (c.eat('is.')) {
    const rest = c.input.slice(c.pos).toLowerCase()
    const v = IS_VALUES.find((x) => rest.startsWith(x))
    if (!v) c.fail('isVal: (null, not_null, true, false, unknown)')
    c.pos += v.length
    return { kind: 'is', value: v }
  }
  if (c.eat('isdistinct.')) return { kind: 'isdistinct', value: value(c) }
  const fts = FTS_OPS.find((op) => startsWord(c, op))
  if (fts) {
    c.pos += fts.length
    let language: string | undefined
    if (c.eat('(')) {
      language = identifier(c)
      c.expect(')')
    }
    c.expect('.', 'delimiter (.)')
    const op: Operation = { kind: 'fts', op: fts, value: value(c) }
    if (language !== undefined) op.language = language
    return op
  }
  const simple = SIMPLE_OPS.find((op) => c.startsWith(op + '.'))
  if (simple) {
    c.pos += simple.length + 1
    return { kind: 'simple', op: simple, value: value(c) }
  }
  const quant = [...QUANT_OPS].sort((a, b) => b.length - a.length).find((op) => startsWord(c, op))
  if (quant) {
    c.pos += quant.length
    let quantifier: 'any' | 'all' | undefined
    if (c.eat('(any)')) quantifier = 'any'
    else if (c.eat('(all)')) quantifier = 'all'
    c.expect('.', 'delimiter (.)')
    const op: Operation = { kind: 'quant', op: quant, value: value(c) }
    if (quantifier) op.quantifier = quantifier
    return op
  }
  c.fail(`"not" or ${OPERATOR}`)
}

function opExpr(c: Cursor, value: ValueParser): OpExpr {
  const negated = c.eat('not.')
  return { negated, operation: operation(c, value) }
}

/** The value of a filter parameter, e.g. `not.in.(1,2)`. */
export function parseOpExpr(input: string): OpExpr {
  return opExpr(new Cursor(input), restOfInput)
}

/** A filter key: `col`, `col->json->>path`, `embed.col`, `a.b.col`. */
export function parseTreePath(input: string): { path: EmbedPath; field: Field } {
  const c = new Cursor(input)
  const names = [fieldName(c)]
  while (c.eat('.')) names.push(fieldName(c))
  const path = jsonPath(c)
  expectEnd(c)
  const name = names.pop() as string
  return { path: names, field: { name, jsonPath: path } }
}

/** `or`, `not.and`, `embed.or`, `embed.not.or`: returns the embed path and the operator with its negation. */
export function parseLogicKey(input: string): { path: EmbedPath; negated: boolean; op: 'and' | 'or' } {
  const parts = input.split('.')
  const op = parts.pop()
  if (op !== 'and' && op !== 'or') throw new ParseError(1, 'expecting logic operator (and, or)')
  return { path: parts.filter((p) => p !== 'not'), negated: parts.includes('not'), op }
}

function logicTree(c: Cursor): LogicTree {
  c.skipSpaces()
  const stmt = c.attempt((): LogicTree => {
    const f = field(c)
    c.expect('.', 'delimiter (.)')
    return { kind: 'filter', filter: { field: f, expr: opExpr(c, logicValue) } }
  })
  if (stmt) return stmt
  const negated = c.eat('not.')
  let op: 'and' | 'or'
  if (c.eat('and')) op = 'and'
  else if (c.eat('or')) op = 'or'
  else c.fail('field name (* or [a..z0..9_$]), negation operator (not) or logic operator (and, or)')
  c.skipSpaces()
  c.expect('(')
  const children: LogicTree[] = []
  for (;;) {
    children.push(logicTree(c))
    c.skipSpaces()
    if (!c.eat(',')) break
  }
  c.expect(')', '")"')
  c.skipSpaces()
  return { kind: 'expr', negated, op, children }
}

/** The value of `or=`/`and=`; `negated`/`op` come from the key (`not.or`). */
export function parseLogicTree(op: 'and' | 'or', negated: boolean, value: string): LogicTree {
  const c = new Cursor((negated ? 'not.' : '') + op + value)
  const tree = logicTree(c)
  expectEnd(c)
  return tree
}
