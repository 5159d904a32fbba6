import '../../src/ui/theme.css'
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { tasksModule } from '../../src/modules/tasksModule'
import { WEEK_STARTS_ON } from '../../src/views/calendar/calendarLocale'
import { fetchRange, type DateRange } from '../../src/views/calendar/visibleRange'
import { loadRenderer } from '../../src/views/engine/registry'
import type { ViewQuery } from '../../src/views/store/ViewQuery'
import type { BenchApi } from './benchApi'
import { BareCalendar } from './BareCalendar'
import { BenchProviders } from './benchProviders'
import { benchView } from './benchView'
import { calendarRows } from './calendarRows'
import { memoryViewStore } from './memoryViewStore'
import { runCalendarFigures } from './runCalendarFigures'

// calendar.html?subject=renderer|baseline: 1,000 events a month; the app's calendar renderer (its store answering
// each range it reports at once, as an instant server would) or react-big-calendar alone with the same events.
const noop = () => {}
const container = document.getElementById('root') as HTMLElement
const rows = calendarRows()
const baseline = new URLSearchParams(location.search).get('subject') === 'baseline'

let mount: () => void
if (baseline) {
  mount = () => createRoot(container).render(<BareCalendar rows={rows} />)
} else {
  const renderer = await loadRenderer('calendar')
  const options = renderer.defaultOptions(tasksModule)
  const view = benchView('calendar', 'Bench calendar', { options })
  const fields = tasksModule.fields
  const queryFor = (range: DateRange): ViewQuery => ({
    fields,
    filter: null,
    sorts: [],
    groupBy: null,
    range: { startField: 'start_date', endField: 'due_date', start: range.start, end: range.end },
  })
  let shown = fetchRange(new Date(), 'month', WEEK_STARTS_ON)
  const store = memoryViewStore(tasksModule, rows, queryFor(shown))
  const onRangeChange = (range: DateRange) => {
    if (range.start.getTime() === shown.start.getTime() && range.end.getTime() === shown.end.getTime()) return
    shown = range
    store.configure(queryFor(range))
  }
  function Bench() {
    const [parsed] = useState(() => renderer.optionsSchema.parse(view.options))
    return (
      <BenchProviders>
        <renderer.Component module={tasksModule} fields={fields} view={view} options={parsed} store={store} canEdit onOpenRecord={noop} onOptionsChange={noop} onRangeChange={onRangeChange} />
      </BenchProviders>
    )
  }
  mount = () => createRoot(container).render(<Bench />)
}

const api: BenchApi = { ready: true, run: () => runCalendarFigures(mount) }
window.__bench = api
