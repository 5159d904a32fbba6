import type { PointerEvent } from 'react'
import type { UnscheduledRecord } from './useTimelineRows'

export interface UnscheduledListProps {
  items: UnscheduledRecord[]
  editable: boolean
  onPointerDown(event: PointerEvent, item: UnscheduledRecord): void
  onClick(item: UnscheduledRecord): void
}

/** Beyond this the list says how many more there are: a side list of thousands helps no one. */
const MAX_SHOWN = 200

/** Records without a start date, beside the timeline: drag one onto it to schedule it, click to open it. */
export function UnscheduledList({ items, editable, onPointerDown, onClick }: UnscheduledListProps) {
  if (items.length === 0) return null
  const shown = items.slice(0, MAX_SHOWN)
  return (
    <aside className="cb-timeline__unscheduled" aria-label="Not scheduled">
      <h3 className="cb-timeline__unscheduled-title">
        Not scheduled <span className="cb-timeline__count">{items.length}</span>
      </h3>
      <p className="cb-timeline__hint">{editable ? 'Drag onto the timeline to schedule.' : 'These have no dates yet.'}</p>
      <ul className="cb-timeline__unscheduled-list">
        {shown.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={`cb-timeline__unscheduled-item${editable ? ' cb-timeline__unscheduled-item--draggable' : ''}`}
              onPointerDown={editable ? (event) => onPointerDown(event, item) : undefined}
              onClick={() => onClick(item)}
            >
              {item.title}
            </button>
          </li>
        ))}
      </ul>
      {items.length > shown.length && <p className="cb-timeline__hint">and {items.length - shown.length} more</p>}
    </aside>
  )
}
