import { memo } from 'react'
import { dayToX, PX_PER_DAY, type DayWindow, type Scale, type ScaleTick } from './timeScale'
import { LABEL_WIDTH } from './timelineLayout'
import type { TimelineZoom } from './timelineOptions'

export interface TimelineHeaderProps {
  scale: Scale
  window: DayWindow
  zoom: TimelineZoom
  width: number
  corner: string
}

/** The two-row time scale, sticky at the top of the scroller. */
export const TimelineHeader = memo(function TimelineHeader({ scale, window, zoom, width, corner }: TimelineHeaderProps) {
  const place = (tick: ScaleTick) => ({
    left: LABEL_WIDTH + dayToX(tick.startDay, window, zoom),
    width: (tick.endDay - tick.startDay) * PX_PER_DAY[zoom],
  })
  return (
    <div className="cb-timeline__header" style={{ width }}>
      <div className="cb-timeline__corner">{corner}</div>
      {scale.major.map((tick) => (
        <div key={`M${tick.startDay}`} className="cb-timeline__tick cb-timeline__tick--major" style={place(tick)}>
          <span className="cb-timeline__tick-label">{tick.label}</span>
        </div>
      ))}
      {scale.minor.map((tick) => (
        <div key={`m${tick.startDay}`} className="cb-timeline__tick cb-timeline__tick--minor" style={place(tick)}>
          {tick.label}
        </div>
      ))}
    </div>
  )
})
