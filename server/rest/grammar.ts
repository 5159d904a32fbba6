import { ParseError } from './errors'
import type { Field, JsonStep } from './types'

// Shared pieces of PostgREST's query grammar (ApiRequest/QueryParams.hs), written as a tiny cursor parser.
// Every parser either advances the cursor or throws ParseError; callers turn that into PGRST100.

export class Cursor {
  pos = 0
  constructor(readonly input: string) {}

  get eof(): boolean {
    return this.pos >= this.input.length
  }
  peek(offset = 0): string {
    return this.input.charAt(this.pos + offset)
  }
  startsWith(s: string): boolean {
    return this.input.startsWith(s, this.pos)
  }
  /** Consumes `s` when it is next; returns whether it did. */
  eat(s: string): boolean {
    if (!this.startsWith(s)) return false
    this.pos += s.length
    return true
  }
  expect(s: string, what = `"${s}"`): void {
    if (!this.eat(s)) this.fail(what)
  }
  skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++
  }
  fail(expecting: string): never {
    const unexpected = this.eof ? 'end of input' : `"${this.peek()}"`
    throw new ParseError(this.pos + 1, `unexpected ${unexpected} expecting ${expecting}`)
  }
  /** Runs `parse`, restoring the position and returning undefined when it fails. */
  attempt<T>(parse: () => T): T | undefined {
    const start = this.pos
    try {
      return parse()
    } catch (e) {
      if (!(e instanceof ParseError)) throw e
      this.pos = start
      return undefined
    }
  }
}

const IDENT_CHAR = /[\p{L}\p{N}_$ ]/u

/** `"quoted \" value"`: backslash escapes any character. */
export function quotedValue(c: Cursor): string {
  c.expect('"')
  let out = ''
  for (;;) {
    if (c.eof) c.fail('"\\"" (closing quote)')
    const ch = c.peek()
    if (ch === '"') break
    if (ch === '\\') {
      c.pos++
      if (c.eof) c.fail('any character')
    }
    out += c.peek()
    c.pos++
  }
  c.pos++
  return out
}

/** Runs of identifier characters joined by '-' (but not the '-' of '->'), trimmed like PostgREST does. */
function sepByDash(c: Cursor, isChar: (ch: string) => boolean, what: string): string {
  const parts: string[] = []
  for (;;) {
    const start = c.pos
    while (!c.eof && isChar(c.peek())) c.pos++
    if (c.pos === start) c.fail(what)
    parts.push(c.input.slice(start, c.pos).trim())
    if (c.peek() === '-' && c.peek(1) !== '>' && isChar(c.peek(1))) {
      c.pos++
      continue
    }
    return parts.join('-')
  }
}

export function fieldName(c: Cursor): string {
  if (c.peek() === '"') return quotedValue(c)
  return sepByDash(c, (ch) => IDENT_CHAR.test(ch), 'field name (* or [a..z0..9_$])')
}

/** Type names for casts: letters, digits, '_', '$' and spaces (so `double precision` works). */
export function identifier(c: Cursor): string {
  const start = c.pos
  while (!c.eof && IDENT_CHAR.test(c.peek())) c.pos++
  if (c.pos === start) c.fail('letter or digit')
  return c.input.slice(start, c.pos).trim()
}

function jsonKey(c: Cursor): string {
  if (c.peek() === '"') return quotedValue(c)
  return sepByDash(c, (ch) => !'(-:.,>)'.includes(ch), 'any non reserved character different from: .,>()')
}

function atJsonIndexEnd(c: Cursor): boolean {
  return c.eof || c.startsWith('->') || c.startsWith('::') || c.startsWith('.') || c.startsWith(',')
}

export function jsonPath(c: Cursor): JsonStep[] {
  const steps: JsonStep[] = []
  for (;;) {
    let arrow: JsonStep['arrow']
    if (c.eat('->>')) arrow = '->>'
    else if (c.eat('->')) arrow = '->'
    else return steps
    const index = c.attempt(() => {
      const m = /^-?\d+/.exec(c.input.slice(c.pos))
      if (!m) c.fail('digit')
      c.pos += m[0].length
      if (!atJsonIndexEnd(c)) c.fail('"->", "::", ".", "," or end of input')
      return m[0]
    })
    if (index !== undefined) steps.push({ arrow, key: index, index: true })
    else steps.push({ arrow, key: jsonKey(c), index: false })
  }
}

/** A column name with an optional JSON path, surrounded by optional spaces. */
export function field(c: Cursor): Field {
  c.skipSpaces()
  const name = fieldName(c)
  const path = jsonPath(c)
  c.skipSpaces()
  return { name, jsonPath: path }
}

export function expectEnd(c: Cursor): void {
  if (!c.eof) c.fail('end of input')
}
