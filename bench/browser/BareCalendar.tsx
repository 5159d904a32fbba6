import { useState } from 'react'
import { format, getDay, startOfWeek } from 'date-fns'
import { enUS } from 'date-fns/locale'
import CalendarModule from 'react-big-calendar/lib/Calendar'
import dateFnsLocalizerModule from 'react-big-calendar/lib/localizers/date-fns'
import 'react-big-calendar/lib/css/react-big-calendar.css'
import { cjsDefault } from '../../src/views/calendar/cjsDefault'
import type { RecordRow } from '../../src/views/store/ViewStore'

// The bare-library baseline: react-big-calendar's month view (no drag and drop, no store, no field types) given the
// same tasks as plain events, three months at a time as the renderer's store holds them.

const Calendar = cjsDefault(CalendarModule)
const localizer = cjsDefault(dateFnsLocalizerModule)({ format, startOfWeek, getDay, locales: { 'en-US': enUS } })

interface BareEvent {
  title: string
  start: Date
  end: Date
  allDay: boolean
}

const day = (value: unknown) => {
  const [y, m, d] = String(value).split('-').map(Number)
  return new Date(y as number, (m as number) - 1, d)
}

export function BareCalendar({ rows }: { rows: readonly RecordRow[] }) {
  const [all] = useState(() =>
    rows.map((row): BareEvent => {
      const start = day(row.start_date)
      const end = day(row.due_date)
      end.setDate(end.getDate() + 1)
      return { title: String(row.title), start, end, allDay: true }
    }),
  )
  const around = (date: Date) => {
    const from = new Date(date.getFullYear(), date.getMonth() - 1, 1).getTime()
    const to = new Date(date.getFullYear(), date.getMonth() + 2, 1).getTime()
    return all.filter((event) => event.start.getTime() < to && event.end.getTime() >= from)
  }
  const [state, setState] = useState(() => ({ date: new Date(), events: around(new Date()) }))
  return (
    <div style={{ height: 720, display: 'flex', flexDirection: 'column' }}>
      <Calendar
        localizer={localizer}
        events={state.events}
        date={state.date}
        view="month"
        views={['month']}
        onNavigate={(date) => setState({ date, events: around(date) })}
        popup
        culture="en-US"
      />
    </div>
  )
}
