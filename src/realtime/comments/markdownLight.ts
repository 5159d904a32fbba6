import { mentionPattern } from './mentions'

/**
 * Comment text as a small tree: bold, italic, inline code, http(s) links, mentions and line breaks. Anything else
 * is plain text: the renderer builds React elements from this tree, so no markup in a comment ever reaches the DOM.
 */
export type InlineNode =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: InlineNode[] }
  | { kind: 'em'; children: InlineNode[] }
  | { kind: 'link'; href: string; children: InlineNode[] }
  | { kind: 'mention'; name: string; userId: string }
  | { kind: 'break' }

const mentionAt = new RegExp(mentionPattern.source, 'y')
const linkAt = /\[([^\]\n]+)\]\(([^)\s]+)\)/y
const urlAt = /https?:\/\/[^\s<>"]+/y

/** A URL safe to link to: absolute http or https, nothing else (no javascript:, data:, relative paths). */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

export function parseMarkdownLight(content: string): InlineNode[] {
  const nodes: InlineNode[] = []
  content.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) nodes.push({ kind: 'break' })
    nodes.push(...parseInline(line, true))
  })
  return merge(nodes)
}

function parseInline(text: string, linksAllowed: boolean): InlineNode[] {
  const nodes: InlineNode[] = []
  let plain = ''
  const flush = () => {
    if (plain) nodes.push({ kind: 'text', text: plain })
    plain = ''
  }
  let i = 0
  while (i < text.length) {
    const char = text[i]!
    const rest = (pattern: RegExp) => {
      pattern.lastIndex = i
      return pattern.exec(text)
    }
    if (char === '`') {
      const end = text.indexOf('`', i + 1)
      if (end > i + 1) {
        flush()
        nodes.push({ kind: 'code', text: text.slice(i + 1, end) })
        i = end + 1
        continue
      }
    }
    if (char === '@') {
      const match = rest(mentionAt)
      if (match) {
        flush()
        nodes.push({ kind: 'mention', name: match[1] ?? '', userId: (match[2] ?? '').toLowerCase() })
        i += match[0].length
        continue
      }
    }
    if (char === '[' && linksAllowed) {
      const match = rest(linkAt)
      const href = match ? safeHref(match[2] ?? '') : null
      if (match && href) {
        flush()
        nodes.push({ kind: 'link', href, children: parseInline(match[1] ?? '', false) })
        i += match[0].length
        continue
      }
    }
    if (char === 'h' && linksAllowed && !isWordChar(text[i - 1])) {
      const match = rest(urlAt)
      if (match) {
        // Sentence punctuation after a bare URL is not part of it.
        const url = match[0].replace(/[.,;:!?)\]]+$/, '')
        const href = safeHref(url)
        if (href) {
          flush()
          nodes.push({ kind: 'link', href, children: [{ kind: 'text', text: url }] })
          i += url.length
          continue
        }
      }
    }
    if (text.startsWith('**', i)) {
      const end = text.indexOf('**', i + 2)
      if (end > i + 2 && text[i + 2] !== ' ') {
        flush()
        nodes.push({ kind: 'strong', children: parseInline(text.slice(i + 2, end), linksAllowed) })
        i = end + 2
        continue
      }
    }
    if ((char === '*' || char === '_') && !isWordChar(text[i - 1]) && text[i + 1] !== ' ' && text[i + 1] !== char) {
      const end = findClosing(text, char, i + 1)
      if (end > i + 1) {
        flush()
        nodes.push({ kind: 'em', children: parseInline(text.slice(i + 1, end), linksAllowed) })
        i = end + 1
        continue
      }
    }
    plain += char
    i += 1
  }
  flush()
  return nodes
}

/** The closing `*` or `_` of an emphasis: not doubled, not after a space, and for `_` not inside a word (snake_case). */
function findClosing(text: string, marker: string, from: number): number {
  for (let end = text.indexOf(marker, from); end >= 0; end = text.indexOf(marker, end + 1)) {
    if (text[end - 1] === ' ' || text[end + 1] === marker) continue
    if (marker === '_' && isWordChar(text[end + 1])) continue
    return end
  }
  return -1
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char)
}

function merge(nodes: InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = []
  for (const node of nodes) {
    const last = merged[merged.length - 1]
    if (node.kind === 'text' && last?.kind === 'text') merged[merged.length - 1] = { kind: 'text', text: last.text + node.text }
    else merged.push(node)
  }
  return merged
}
