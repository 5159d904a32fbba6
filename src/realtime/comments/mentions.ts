/**
 * Mentions are stored in a comment's text as `@[Display Name](<user uuid>)`, the token the database reads to notify
 * the person (private.mentioned_user_ids). The name is only what the author saw; the uuid is who is meant.
 */
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'
export const mentionPattern = new RegExp(`@\\[([^\\]]*)\\]\\((${UUID})\\)`, 'g')

export interface MentionRef {
  name: string
  userId: string
}

export type MentionSegment = { kind: 'text'; text: string } | ({ kind: 'mention' } & MentionRef)

/** The token for one person: brackets in the name are dropped, since `]` would end it early. */
export function mentionToken({ name, userId }: MentionRef): string {
  return `@[${cleanName(name)}](${userId})`
}

function cleanName(name: string): string {
  return name.replace(/[[\]\n\r]/g, '').trim()
}

/** Text and mention tokens, in order. */
export function splitMentions(content: string): MentionSegment[] {
  const segments: MentionSegment[] = []
  let last = 0
  for (const match of content.matchAll(mentionPattern)) {
    const start = match.index
    if (start > last) segments.push({ kind: 'text', text: content.slice(last, start) })
    segments.push({ kind: 'mention', name: match[1] ?? '', userId: (match[2] ?? '').toLowerCase() })
    last = start + match[0].length
  }
  if (last < content.length) segments.push({ kind: 'text', text: content.slice(last) })
  return segments
}

/** Everyone a comment mentions, once each. */
export function mentionedUserIds(content: string): string[] {
  return [...new Set(splitMentions(content).flatMap((segment) => (segment.kind === 'mention' ? [segment.userId] : [])))]
}

/**
 * What the composer shows for stored content: tokens read "@Name", and the people they name, so that saving the
 * text again can turn "@Name" back into the same token.
 */
export function toEditableText(content: string): { text: string; mentions: MentionRef[] } {
  const mentions: MentionRef[] = []
  const text = splitMentions(content)
    .map((segment) => {
      if (segment.kind === 'text') return segment.text
      const ref = { name: cleanName(segment.name), userId: segment.userId }
      if (!mentions.some((known) => known.userId === ref.userId && known.name === ref.name)) mentions.push(ref)
      return `@${ref.name}`
    })
    .join('')
  return { text, mentions }
}

/**
 * The content to store for what the composer shows: every "@Name" of a person picked from the list becomes their
 * token (longer names first, so "@Ann Lee" wins over "@Ann"). A picked person whose "@Name" was deleted is dropped.
 */
export function toStoredContent(text: string, mentions: readonly MentionRef[]): string {
  const picked = [...mentions].filter((ref) => cleanName(ref.name)).sort((a, b) => cleanName(b.name).length - cleanName(a.name).length)
  if (picked.length === 0) return text
  let result = ''
  let index = 0
  outer: while (index < text.length) {
    if (text[index] === '@' && !isWordChar(text[index - 1])) {
      for (const ref of picked) {
        const name = cleanName(ref.name)
        if (text.startsWith(name, index + 1) && !isWordChar(text[index + 1 + name.length])) {
          result += mentionToken(ref)
          index += 1 + name.length
          continue outer
        }
      }
    }
    result += text[index]
    index += 1
  }
  return result
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char)
}

/** The "@query" being typed just before the caret (no line break in it), or null: what the autocomplete filters by. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret)
  const at = before.lastIndexOf('@')
  if (at < 0 || isWordChar(before[at - 1])) return null
  const query = before.slice(at + 1)
  if (/[\n\r@]/.test(query) || query.length > 40 || /\s{2}/.test(query) || query.startsWith(' ')) return null
  return { start: at, query }
}

/** Puts "@Name " in place of the "@query" typed from `start` to the caret; returns the text and the caret after it. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${cleanName(name)} `
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length }
}
