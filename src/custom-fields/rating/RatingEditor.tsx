import { useState, type KeyboardEvent } from 'react'
import type { EditorProps } from '../FieldType'
import type { RatingConfig } from './ratingFieldType'
import '../shared/editors.css'

/**
 * A radio group of stars: arrows move, Enter commits, Escape cancels, a click commits at once, and clicking the
 * current star clears it.
 */
export function RatingEditor({ value, field, onCommit, onCancel, autoFocus = true }: EditorProps<number, RatingConfig>) {
  const max = field.config.max
  const [draft, setDraft] = useState<number | null>(value)
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') onCancel()
    else if (event.key === 'Enter') onCommit(draft)
    else if (event.key === 'ArrowRight' || event.key === 'ArrowUp') setDraft(Math.min((draft ?? 0) + 1, max))
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') setDraft((draft ?? 1) - 1 || null)
    else if (/^[0-9]$/.test(event.key) && Number(event.key) <= max) setDraft(Number(event.key) || null)
    else return
    event.preventDefault()
  }
  return (
    <div className="cf-editor cf-rating-editor" role="radiogroup" aria-label={field.label} tabIndex={0} autoFocus={autoFocus} onKeyDown={onKeyDown}>
      <span>
        {Array.from({ length: max }, (_, i) => {
          const n = i + 1
          return (
            <button
              key={n}
              type="button"
              role="radio"
              aria-checked={draft === n}
              aria-label={`${n} of ${max}`}
              tabIndex={-1}
              onClick={() => onCommit(value === n ? null : n)}
            >
              {draft !== null && n <= draft ? '★' : '☆'}
            </button>
          )
        })}
      </span>
    </div>
  )
}
