import './TimelineView.css'

const rows = [0.1, 0.3, 0.2, 0.45, 0.15, 0.35]

/** Rows of placeholder bars while the timeline chunk and the records load. */
export function TimelineSkeleton() {
  return (
    <div className="cb-timeline-skeleton" role="status" aria-busy="true" aria-label="Loading timeline">
      {rows.map((offset, index) => (
        <div key={index} className="cb-timeline-skeleton__row">
          <span className="cb-timeline-skeleton__bar" style={{ marginLeft: `${offset * 100}%`, width: `${20 + ((index * 7) % 25)}%` }} />
        </div>
      ))}
    </div>
  )
}
