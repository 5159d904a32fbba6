import './CalendarView.css'

const cells = Array.from({ length: 35 }, (_, index) => index)

/** A month grid's outline while the calendar chunk and the records load. */
export function CalendarSkeleton() {
  return (
    <div className="cb-calendar-skeleton" aria-busy="true" aria-label="Loading calendar" role="status">
      {cells.map((cell) => (
        <div key={cell} className="cb-calendar-skeleton__cell" />
      ))}
    </div>
  )
}
