import { personColor } from '../../ui/Avatar'
import { dayToX, PX_PER_DAY, type DayWindow } from './timeScale'
import type { TimelineGhost } from './timelineGhosts'
import { LABEL_WIDTH, MIN_BAR_WIDTH } from './timelineLayout'
import type { TimelineZoom } from './timelineOptions'

/** Someone else's bar in flight: a dashed outline in their colour at the span they are dragging it to. */
export function TimelineGhostBar({ ghost, title, window, zoom }: { ghost: TimelineGhost; title: string; window: DayWindow; zoom: TimelineZoom }) {
  const left = LABEL_WIDTH + dayToX(ghost.span.start, window, zoom)
  const width = Math.max(MIN_BAR_WIDTH, (ghost.span.end - ghost.span.start) * PX_PER_DAY[zoom])
  return (
    <div className="cb-timeline-ghost" style={{ left, width, borderColor: personColor(ghost.userId) }} role="status" aria-label={`${ghost.name} is moving “${title}”`}>
      <span className="cb-timeline-ghost__who" style={{ color: personColor(ghost.userId) }}>{ghost.name}</span>
    </div>
  )
}
