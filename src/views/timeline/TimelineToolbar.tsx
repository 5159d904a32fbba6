import { Button } from '../../ui/Button'
import { timelineZooms, type TimelineZoom } from './timelineOptions'

const zoomLabels: Record<TimelineZoom, string> = { day: 'Day', week: 'Week', month: 'Month' }

export interface TimelineToolbarProps {
  zoom: TimelineZoom
  onZoom(zoom: TimelineZoom): void
  onToday(): void
}

export function TimelineToolbar({ zoom, onZoom, onToday }: TimelineToolbarProps) {
  return (
    <div className="cb-timeline__toolbar" role="toolbar" aria-label="Timeline">
      <Button onClick={onToday}>Today</Button>
      <div className="cb-timeline__zoom" role="group" aria-label="Zoom">
        {timelineZooms.map((option) => (
          <Button key={option} variant={option === zoom ? 'primary' : 'secondary'} aria-pressed={option === zoom} onClick={() => onZoom(option)}>
            {zoomLabels[option]}
          </Button>
        ))}
      </div>
    </div>
  )
}
