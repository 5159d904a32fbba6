import { describe, expect, it } from 'vitest'
import { insertMention, mentionedUserIds, mentionQueryAt, mentionToken, splitMentions, toEditableText, toStoredContent } from './mentions'

const bob = { name: 'Bob Okafor', userId: '11111111-2222-4333-8444-555555555555' }
const ann = { name: 'Ann', userId: '66666666-2222-4333-8444-555555555555' }
const annLee = { name: 'Ann Lee', userId: '77777777-2222-4333-8444-555555555555' }

describe('mentions', () => {
  it('a token names the person by uuid; brackets in a name cannot end it early', () => {
    expect(mentionToken(bob)).toBe('@[Bob Okafor](11111111-2222-4333-8444-555555555555)')
    expect(mentionToken({ name: 'A [b] c', userId: bob.userId })).toBe(`@[A b c](${bob.userId})`)
  })

  it('splits stored content into text and mentions, and lists who is mentioned once', () => {
    const content = `Hi ${mentionToken(bob)}, see ${mentionToken(bob)} and @[Not a uuid](123)`
    expect(splitMentions(content)).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'mention', ...bob },
      { kind: 'text', text: ', see ' },
      { kind: 'mention', ...bob },
      { kind: 'text', text: ' and @[Not a uuid](123)' },
    ])
    expect(mentionedUserIds(content)).toEqual([bob.userId])
  })

  it('turns tokens into "@Name" for editing and back into the same tokens when saved', () => {
    const stored = `Ask ${mentionToken(bob)} about it`
    const { text, mentions } = toEditableText(stored)
    expect(text).toBe('Ask @Bob Okafor about it')
    expect(toStoredContent(text, mentions)).toBe(stored)
  })

  it('prefers the longer of two names that start alike, and leaves an "@Name" inside a word or e-mail alone', () => {
    expect(toStoredContent('@Ann Lee and @Ann', [ann, annLee])).toBe(`${mentionToken(annLee)} and ${mentionToken(ann)}`)
    expect(toStoredContent('mail ann@Ann or @Annabel', [ann])).toBe('mail ann@Ann or @Annabel')
  })

  it('finds the "@query" being typed before the caret, not one that ended or an e-mail address', () => {
    expect(mentionQueryAt('Hi @bo', 6)).toEqual({ start: 3, query: 'bo' })
    expect(mentionQueryAt('Hi @Bob O', 9)).toEqual({ start: 3, query: 'Bob O' })
    expect(mentionQueryAt('me@host', 7)).toBeNull()
    expect(mentionQueryAt('@bob\nnext', 9)).toBeNull()
    expect(mentionQueryAt('no at sign', 10)).toBeNull()
  })

  it('inserting a mention replaces the query and puts the caret after it', () => {
    expect(insertMention('Hi @bo!', 3, 6, 'Bob Okafor')).toEqual({ text: 'Hi @Bob Okafor !', caret: 15 })
  })
})
