import { describe, expect, it } from 'vitest'
import { parseMarkdownLight, safeHref } from './markdownLight'

const text = (value: string) => ({ kind: 'text', text: value })

describe('parseMarkdownLight', () => {
  it('reads bold, italic and inline code; markers inside code stay literal', () => {
    expect(parseMarkdownLight('**bold** and *it* or _it_ with `a*b*c`')).toEqual([
      { kind: 'strong', children: [text('bold')] },
      text(' and '),
      { kind: 'em', children: [text('it')] },
      text(' or '),
      { kind: 'em', children: [text('it')] },
      text(' with '),
      { kind: 'code', text: 'a*b*c' },
    ])
  })

  it('leaves snake_case names, lone stars and unclosed markers as text', () => {
    expect(parseMarkdownLight('set my_field_name to 2 * 3 **open')).toEqual([text('set my_field_name to 2 * 3 **open')])
  })

  it('links http and https only, bare or written as [label](url), without trailing punctuation', () => {
    expect(parseMarkdownLight('See [the plan](https://example.com/plan) or http://example.org/a.')).toEqual([
      text('See '),
      { kind: 'link', href: 'https://example.com/plan', children: [text('the plan')] },
      text(' or '),
      { kind: 'link', href: 'http://example.org/a', children: [text('http://example.org/a')] },
      text('.'),
    ])
  })

  it('never links another scheme: javascript: and data: stay text', () => {
    expect(parseMarkdownLight('[x](javascript:alert(1)) [y](data:text/html,hi)')).toEqual([text('[x](javascript:alert(1)) [y](data:text/html,hi)')])
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref('/relative')).toBeNull()
  })

  it('keeps markup as text and line breaks as breaks', () => {
    expect(parseMarkdownLight('<img src=x onerror=alert(1)>\nline two')).toEqual([text('<img src=x onerror=alert(1)>'), { kind: 'break' }, text('line two')])
  })

  it('reads mention tokens as mentions, also inside bold', () => {
    const id = '11111111-2222-4333-8444-555555555555'
    expect(parseMarkdownLight(`**@[Bob](${id})** ok`)).toEqual([
      { kind: 'strong', children: [{ kind: 'mention', name: 'Bob', userId: id }] },
      text(' ok'),
    ])
  })
})
