import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { useWorkspaceMembers, type WorkspaceMember } from '../../../custom-fields/person/WorkspaceMembersProvider'
import { insertMention, mentionQueryAt, toEditableText, toStoredContent, type MentionRef } from '../../../realtime/comments/mentions'
import { Button } from '../../../ui/Button'
import { MentionMenu } from './MentionMenu'

export interface CommentComposerProps {
  label: string
  submitLabel: string
  /** Stored content to edit: its mention tokens show as "@Name". */
  initialContent?: string
  autoFocus?: boolean
  /** Resolves true when saved (the composer then empties). */
  onSubmit(content: string): Promise<boolean>
  onCancel?(): void
}

const maxSuggestions = 6

/**
 * A comment's text, with "@" suggesting workspace members (arrows move, Enter or Tab picks, Escape closes). A picked
 * person shows as "@Name" and is saved as the mention token the database notifies by. Ctrl/Cmd+Enter sends.
 */
export function CommentComposer({ label, submitLabel, initialContent = '', autoFocus, onSubmit, onCancel }: CommentComposerProps) {
  const initial = useMemo(() => toEditableText(initialContent), [initialContent])
  const [text, setText] = useState(initial.text)
  const [mentions, setMentions] = useState<MentionRef[]>(initial.mentions)
  const [caret, setCaret] = useState<number | null>(null)
  const [active, setActive] = useState(0)
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const inputRef = useRef<HTMLTextAreaElement>(null)
  const { members } = useWorkspaceMembers()
  const id = useId()

  const query = caret === null ? null : mentionQueryAt(text, caret)
  const suggestions: WorkspaceMember[] =
    query && query.start !== dismissedAt
      ? members.filter((member) => matches(member, query.query)).slice(0, maxSuggestions)
      : []
  const menuOpen = suggestions.length > 0
  const activeIndex = Math.min(active, suggestions.length - 1)

  function pick(member: WorkspaceMember) {
    if (!query || caret === null) return
    const next = insertMention(text, query.start, caret, member.name)
    // Commit the new text now and place the caret in the same turn: a keystroke that follows at once (fast typing,
    // a paste, an input method) must land after the mention, and React moves a controlled caret to the end.
    flushSync(() => {
      setText(next.text)
      setMentions((known) => (known.some((ref) => ref.userId === member.id) ? known : [...known, { name: member.name, userId: member.id }]))
      setCaret(next.caret)
      setActive(0)
    })
    inputRef.current?.setSelectionRange(next.caret, next.caret)
  }

  async function submit() {
    const content = toStoredContent(text.trim(), mentions)
    if (!content || busy) return
    setBusy(true)
    const saved = await onSubmit(content)
    setBusy(false)
    if (saved && !initialContent) {
      setText('')
      setMentions([])
      setCaret(0)
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (menuOpen) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault()
        const step = event.key === 'ArrowDown' ? 1 : -1
        setActive((activeIndex + step + suggestions.length) % suggestions.length)
        return
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault()
        pick(suggestions[activeIndex]!)
        return
      }
      if (event.key === 'Escape') {
        // Closes the list only, not the drawer around it.
        event.preventDefault()
        event.stopPropagation()
        setDismissedAt(query?.start ?? null)
        return
      }
    }
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault()
      void submit()
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault()
      onCancel()
    }
  }

  return (
    <form className="comment-composer" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <label className="ui-visually-hidden" htmlFor={`${id}-input`}>
        {label}
      </label>
      <textarea
        ref={inputRef}
        id={`${id}-input`}
        className="comment-composer__input"
        value={text}
        rows={3}
        placeholder="Write a comment… Type @ to mention someone"
        autoFocus={autoFocus}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={menuOpen}
        aria-controls={`${id}-mentions`}
        aria-activedescendant={menuOpen ? `${id}-mention-${activeIndex}` : undefined}
        onChange={(event) => {
          setText(event.target.value)
          setCaret(event.target.selectionStart)
          setActive(0)
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      <MentionMenu id={`${id}-mentions`} open={menuOpen} members={suggestions} activeIndex={activeIndex} optionId={(index) => `${id}-mention-${index}`} onPick={pick} onHover={setActive} />
      <div className="comment-composer__actions">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" variant="primary" busy={busy} disabled={!text.trim()}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}

function matches(member: WorkspaceMember, query: string): boolean {
  const needle = query.trim().toLowerCase()
  if (!needle) return true
  return member.name.toLowerCase().includes(needle) || (member.email ?? '').toLowerCase().startsWith(needle)
}
